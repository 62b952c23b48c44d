using EwpGateway.Features.Manifest;
using EwpGateway.Features.Nominations;
using EwpGateway.Infrastructure.Authentication;
using EwpGateway.Infrastructure.Hosting;
using EwpGateway.Infrastructure.Partners;
using EwpGateway.Infrastructure.Protocol;
using EwpGateway.Infrastructure.Xml;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Transcripts;

/// <summary>
/// IMobility ToRs v2 (we are the receiving HEI): <c>get</c> and <c>index</c> (GET and POST), plus the ToR CNR v2
/// receiver. A caller sees only the transcripts whose sending HEI its key covers; <c>get</c> and <c>index</c> agree on
/// that through <see cref="TorQueries"/>. An unknown <c>receiving_hei_id</c> gives 200 empty (digest 8.5).
/// </summary>
internal static class TorsEndpoints
{
    public const string GetPath = "ewp/imobility-tors/get";
    public const string IndexPath = "ewp/imobility-tors/index";

    private const string ReceivingHeiParameter = "receiving_hei_id";
    private const string SendingHeiParameter = "sending_hei_id";
    private const string IdParameter = "omobility_id";
    private const string ModifiedSinceParameter = "modified_since";

    /// <summary>
    /// Adds the options (<c>Ewp:Tors</c>, validated at start), the queries, the ELMO signer, the manifest entry, the CNR
    /// receiver, and the partner source the sync engine pulls our students' transcripts with (<see cref="PartnerTorSource"/>,
    /// grade conversion options <c>Ewp:Tors:GradeConversion</c>).
    /// </summary>
    public static IServiceCollection AddTors(this IServiceCollection services)
    {
        services.AddOptions<TorsOptions>().BindConfiguration(TorsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<TorQueries>();
        services.TryAddSingleton<ElmoSigner>();
        services.AddSingleton<IManifestApiEntry, TorsManifestEntry>();
        services.AddTorCnrReceiver();

        // What the sync engine pulls: the partners' transcripts of our outgoing students, grades converted.
        services.AddOptions<GradeConversionOptions>().BindConfiguration(GradeConversionOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GradeConversionOptions>, GradeConversionOptionsValidator>());
        services.TryAddSingleton<GradeConverter>();
        services.AddEwpSchemas();
        services.TryAddSingleton<PayloadIssueRecorder>();
        services.TryAddSingleton<PartnerResponseReader>();
        services.AddScoped<IPartnerObjectSource, PartnerTorSource>();
        return services;
    }

    public static IEndpointRouteBuilder MapTors(this IEndpointRouteBuilder endpoints)
    {
        // Resolved once at start, so that a bad signing key stops the gateway instead of the first request.
        endpoints.ServiceProvider.GetRequiredService<ElmoSigner>();
        endpoints.MapMethods("/" + GetPath, [HttpMethods.Get, HttpMethods.Post], GetAsync)
            .RequireAuthorization(EwpAuthorization.PolicyName).WithName("EwpTorsGet");
        endpoints.MapMethods("/" + IndexPath, [HttpMethods.Get, HttpMethods.Post], IndexAsync)
            .RequireAuthorization(EwpAuthorization.PolicyName).WithName("EwpTorsIndex");
        endpoints.MapTorCnrReceiver();
        return endpoints;
    }

    private static async Task<IResult> GetAsync(
        HttpContext context, TorQueries queries, ElmoSigner signer, IOptions<TorsOptions> options, IOptions<EwpHostOptions> host, CancellationToken ct)
    {
        var (parameters, error) = await EwpParameters.ReadAsync(context.Request, ct);
        if (error is not null)
        {
            return error;
        }

        var unknown = parameters!.RejectUnknown(ReceivingHeiParameter, IdParameter);
        if (unknown is not null)
        {
            return unknown;
        }

        var (receivingHeiId, heiError) = RequiredSingle(parameters, ReceivingHeiParameter);
        if (heiError is not null)
        {
            return heiError;
        }

        var (ids, idsError) = parameters.RequiredIds(IdParameter, options.Value.MaxOmobilityIds);
        if (idsError is not null)
        {
            return idsError;
        }

        var transcripts = await queries.VisibleAsync(EwpCaller.HeiIds(context.User), receivingHeiId!, [.. ids], ct);
        return new TorsGetResult(transcripts, ElmoIssuer.From(host.Value), signer);
    }

    private static async Task<IResult> IndexAsync(HttpContext context, TorQueries queries, CancellationToken ct)
    {
        var (parameters, error) = await EwpParameters.ReadAsync(context.Request, ct);
        if (error is not null)
        {
            return error;
        }

        var unknown = parameters!.RejectUnknown(ReceivingHeiParameter, SendingHeiParameter, ModifiedSinceParameter);
        if (unknown is not null)
        {
            return unknown;
        }

        var (receivingHeiId, heiError) = RequiredSingle(parameters, ReceivingHeiParameter);
        if (heiError is not null)
        {
            return heiError;
        }

        var (since, sinceError) = parameters.ModifiedSince(ModifiedSinceParameter);
        if (sinceError is not null)
        {
            return sinceError;
        }

        var sending = parameters.GetAll(SendingHeiParameter);
        var transcripts = await queries.VisibleAsync(EwpCaller.HeiIds(context.User), receivingHeiId!, null, ct);
        return new EwpIdListResult("imobility-tors-index-response", EwpNamespaces.ImobilityTorsIndexResponse, "omobility-id", [.. transcripts
            .Where(t => sending.Count == 0 || sending.Contains(t.SendingHeiId, StringComparer.OrdinalIgnoreCase))
            .Where(t => since is null || t.Provenance.LastModified > since)
            .Select(t => t.OmobilityId)]);
    }

    /// <summary>A required parameter given exactly once (digest 8.5: twice, even with the same value, is 400).</summary>
    private static (string? Value, EwpErrorResult? Error) RequiredSingle(EwpParameters parameters, string name)
    {
        var (value, error) = parameters.OptionalSingle(name);
        return error is null && value is null
            ? (null, EwpErrorResult.BadRequest($"Missing required parameter '{name}'."))
            : (value, error);
    }
}
