using Microsoft.Extensions.Primitives;

namespace EwpGateway.Infrastructure.Protocol;

/// <summary>
/// The parameters of an EWP request: the query string of a GET, or the
/// <c>application/x-www-form-urlencoded</c> body of a POST (read APIs must accept both).
/// </summary>
internal sealed class EwpParameters
{
    private readonly Dictionary<string, StringValues> _values;

    private EwpParameters(Dictionary<string, StringValues> values) => _values = values;

    /// <summary>The parameter names present in the request.</summary>
    public IEnumerable<string> Names => _values.Keys;

    /// <summary>Reads the parameters, or returns the error the caller should get (415 for a body that is not a form).</summary>
    public static async Task<(EwpParameters? Parameters, EwpErrorResult? Error)> ReadAsync(
        HttpRequest request, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            return (From(request.Query), null);
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            return (From(form), null);
        }

        if (request.ContentLength is null or 0 && string.IsNullOrEmpty(request.ContentType))
        {
            return (new EwpParameters(new Dictionary<string, StringValues>(StringComparer.Ordinal)), null);
        }

        return (null, new EwpErrorResult(
            StatusCodes.Status415UnsupportedMediaType,
            $"POST parameters must be sent as application/x-www-form-urlencoded; got Content-Type '{request.ContentType}'."));
    }

    /// <summary>Every value of a (possibly repeated) parameter, in request order.</summary>
    public IReadOnlyList<string> GetAll(string name) =>
        _values.TryGetValue(name, out var values) ? values.Select(v => v ?? string.Empty).ToArray() : [];

    private static EwpParameters From(IEnumerable<KeyValuePair<string, StringValues>> source)
    {
        var values = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var (key, value) in source)
        {
            values[key] = value;
        }

        return new EwpParameters(values);
    }
}
