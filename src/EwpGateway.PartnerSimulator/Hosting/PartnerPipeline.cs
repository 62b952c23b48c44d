using System.Security.Cryptography;
using System.Text;
using EwpGateway.HttpSignatures;
using EwpGateway.PartnerSimulator.Faults;
using EwpGateway.PartnerSimulator.Xml;
using Microsoft.Extensions.Logging;

namespace EwpGateway.PartnerSimulator.Hosting;

/// <summary>
/// What a simulated partner does with one request: verify the gateway's signature, answer the endpoint, bend the
/// answer by the faults drawn, sign it when asked, and record it in the partner's <see cref="RequestLog"/>.
/// </summary>
internal sealed class PartnerPipeline(SimulatedPartner partner, SimulatorOptions options, IReadOnlyDictionary<string, RSA> trustedKeys, ILogger logger)
{
    private readonly HttpSignatureVerifier _verifier = new(options.TimeProvider, EwpHttpSignatureDefaults.MinimumClockSkew);
    private readonly IiaApis _iias = new(partner, options);
    private readonly MobilityApis _mobilities = new(partner, options, options.TimeProvider);

    public async Task<(int Status, Dictionary<string, string> Headers, byte[] Body)> HandleAsync(Exchange exchange)
    {
        var request = exchange.Request;
        var check = request.Endpoint == SimEndpoint.Manifest
            ? new SignatureCheck(false, 200, null, null)
            : await SignatureCheck.VerifyAsync(request, trustedKeys, _verifier, exchange.Aborted);
        var refused = request.Endpoint != SimEndpoint.Manifest && !check.Valid;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "application/xml; charset=utf-8" };
        SimResponse response;
        if (refused)
        {
            SimulatorLog.SignatureRefused(logger, partner.HeiId, request.Endpoint, check.Error);
            response = SimResponse.Error(check.Status, check.Error ?? "The request is not signed by a gateway client key.");
            if (check.Status == 401)
            {
                headers["WWW-Authenticate"] = "Signature realm=\"EWP\"";
                headers["Want-Digest"] = "SHA-256";
            }
        }
        else
        {
            response = Answer(request, [options.GatewayHeiId]);
        }

        var faults = exchange.Faults;
        if (faults.FirstOrDefault(f => f.Kind == SimFaultKind.ServerError) is { } serverError)
        {
            response = SimResponse.Error(serverError.StatusCode, "Simulated server error.");
        }
        else if (response.Status == 200)
        {
            BodyFaults.Apply(response.Body, request.Endpoint, faults);
        }

        var body = BodyFaults.Cut(XmlBytes.Of(response.Body), faults);
        if (ResponseSigner.IsRequested(request))
        {
            var key = partner.Faults.UnlistedSigningKey ? partner.Keys.Unlisted : partner.Keys.Server;
            foreach (var (name, value) in ResponseSigner.Sign(request, body, key, options.TimeProvider.GetUtcNow(), faults))
            {
                headers[name] = value;
            }
        }

        var fault = faults.Count > 0 ? faults[0].Kind : (SimFaultKind?)null;
        partner.Requests.Add(Record(exchange, check, response.Status, fault));
        SimulatorLog.RequestHandled(logger, partner.HeiId, request.Endpoint, request.Method, response.Status, check.Valid, fault);
        return (response.Status, headers, body);
    }

    public static RecordedRequest Record(Exchange exchange, SignatureCheck? check, int status, SimFaultKind? fault) => new()
    {
        At = exchange.At,
        Endpoint = exchange.Request.Endpoint,
        Method = exchange.Request.Method,
        PathAndQuery = exchange.Request.RequestTarget,
        Parameters = exchange.Request.Parameters,
        Body = Encoding.UTF8.GetString(exchange.Request.Body),
        SignatureValid = check?.Valid ?? false,
        SignatureError = check is null ? "not checked" : check.Error,
        KeyId = check?.KeyId,
        Status = status,
        Fault = fault,
    };

    private SimResponse Answer(SimRequest request, IReadOnlyList<string> callerHeis)
    {
        var endpoint = request.Endpoint;
        var allowed = endpoint switch
        {
            SimEndpoint.Manifest => request.Method == "GET",
            SimEndpoint.OmobilitiesUpdate => request.Method == "POST",
            _ when SimRoutes.IsCnr(endpoint) => request.Method == "POST",
            _ => request.Method is "GET" or "POST",
        };
        if (!allowed)
        {
            return SimResponse.Error(405, $"{request.Method} is not allowed on {endpoint}.");
        }

        return endpoint switch
        {
            SimEndpoint.Manifest => SimResponse.Ok(ManifestXml.Of(partner, options.MaxIds)),
            SimEndpoint.Echo => _iias.Echo(request, callerHeis),
            SimEndpoint.Institutions => _iias.Institutions(request),
            SimEndpoint.IiasGet => _iias.IiasGet(request),
            SimEndpoint.IiasIndex => _iias.IiasIndex(request),
            SimEndpoint.IiasApproval => _iias.Approval(request),
            SimEndpoint.OmobilitiesGet => _mobilities.OmobilitiesGet(request, callerHeis),
            SimEndpoint.OmobilitiesIndex => _mobilities.OmobilitiesIndex(request, callerHeis),
            SimEndpoint.OmobilitiesUpdate => _mobilities.OmobilitiesUpdate(request, callerHeis),
            SimEndpoint.TorsGet => _mobilities.TorsGet(request, callerHeis),
            SimEndpoint.TorsIndex => _mobilities.TorsIndex(request, callerHeis),
            _ => MobilityApis.Cnr(request, options.MaxIds),
        };
    }
}
