using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace EwpGateway.PartnerSimulator.Hosting;

/// <summary>A request as an endpoint sees it: method, target, headers, body and the query and form parameters.</summary>
internal sealed class SimRequest
{
    public SimRequest(SimEndpoint endpoint, string method, string path, string rawQuery, IReadOnlyDictionary<string, string> headers, byte[] body)
    {
        Endpoint = endpoint;
        Method = method.ToUpperInvariant();
        RequestTarget = path + rawQuery;
        Headers = headers;
        Body = body;
        var parameters = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        Add(parameters, rawQuery);
        if (headers.TryGetValue("Content-Type", out var type) && type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            Add(parameters, Encoding.UTF8.GetString(body));
        }

        Parameters = parameters.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);
    }

    public SimEndpoint Endpoint { get; }

    public string Method { get; }

    /// <summary>Gets the path and query exactly as received (the signature's <c>(request-target)</c>).</summary>
    public string RequestTarget { get; }

    public IReadOnlyDictionary<string, string> Headers { get; }

    public byte[] Body { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Parameters { get; }

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public IReadOnlyList<string> All(string name) => Parameters.TryGetValue(name, out var values) ? values : [];

    /// <summary>The names of parameters outside <paramref name="allowed"/>, if any.</summary>
    public string? Unknown(params string[] allowed) =>
        Parameters.Keys.Where(k => !allowed.Contains(k, StringComparer.Ordinal)).Order(StringComparer.Ordinal).FirstOrDefault();

    private static void Add(Dictionary<string, List<string>> parameters, string text)
    {
        foreach (var (name, value) in QueryHelpers.ParseQuery(text))
        {
            if (!parameters.TryGetValue(name, out var list))
            {
                parameters[name] = list = [];
            }

            list.AddRange(value.Select(v => v ?? ""));
        }
    }
}
