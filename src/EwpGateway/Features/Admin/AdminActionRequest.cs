namespace EwpGateway.Features.Admin;

/// <summary>The JSON body of an admin API action (may be <c>{}</c>); its content type is what keeps cross-site forms out.</summary>
/// <param name="Reason">Why the administrator acts (logged with the action).</param>
internal sealed record AdminActionRequest(string? Reason);
