namespace EwpGateway.Features.Sync;

/// <summary>What one outbox pass did.</summary>
/// <param name="Leased">Rows leased (due rows and their pending duplicates).</param>
/// <param name="Sent">Rows marked sent (delivered, or merged into a delivered row).</param>
/// <param name="Retried">Rows that failed transiently and wait for their next attempt.</param>
/// <param name="Failed">Rows failed for good (permanent failure or past the give-up horizon).</param>
/// <param name="Postponed">Rows not attempted because their partner had just failed; due again with it.</param>
internal sealed record OutboxPassResult(int Leased, int Sent, int Retried, int Failed, int Postponed);
