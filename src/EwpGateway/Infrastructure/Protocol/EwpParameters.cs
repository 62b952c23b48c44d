using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

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

    /// <summary>
    /// Reads the parameters, or returns the error the caller should get: 415 for a body that is not
    /// <c>application/x-www-form-urlencoded</c>, 413 for a form over <see cref="EwpFormBody.MaxBytes"/>, 400 for text that is
    /// not UTF-8 once percent-decoded, for characters XML 1.0 cannot carry, and for a form over the form reader's limits
    /// (1024 values, 2048-character names). See <see cref="EwpFormBody"/>.
    /// </summary>
    public static async Task<(EwpParameters? Parameters, EwpErrorResult? Error)> ReadAsync(
        HttpRequest request, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            return EwpParameterText.IsValidUtf8(request.QueryString.Value)
                ? Checked(From(request.Query))
                : (null, EwpErrorResult.BadRequest("The query string is not valid UTF-8 once percent-decoded."));
        }

        if (IsUrlEncodedForm(request.ContentType))
        {
            var (form, error) = await EwpFormBody.ReadAsync(request, cancellationToken);
            return form is null ? (null, error) : Checked(From(form));
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

    /// <summary>
    /// A required, repeatable id parameter (e.g. <c>iia_id</c>) with at most <paramref name="max"/> values.
    /// Duplicates count towards the maximum, as the validator sends exactly max copies of one id.
    /// </summary>
    public (IReadOnlyList<string> Values, EwpErrorResult? Error) RequiredIds(string name, int max)
    {
        var values = GetAll(name);
        if (values.Count == 0)
        {
            return ([], EwpErrorResult.BadRequest($"Missing required parameter '{name}'."));
        }

        if (values.Count > max)
        {
            return ([], EwpErrorResult.BadRequest($"Too many '{name}' values: {values.Count} given, at most {max} allowed (see max-* in our manifest)."));
        }

        return (values, null);
    }

    /// <summary>An optional parameter that may be given at most once.</summary>
    public (string? Value, EwpErrorResult? Error) OptionalSingle(string name)
    {
        var values = GetAll(name);
        return values.Count switch
        {
            0 => (null, null),
            1 => (values[0], null),
            _ => (null, EwpErrorResult.BadRequest($"Parameter '{name}' must not be given more than once ({values.Count} given).")),
        };
    }

    /// <summary>An error naming the parameters that are not in <paramref name="allowed"/>, or <see langword="null"/>.</summary>
    public EwpErrorResult? RejectUnknown(params string[] allowed)
    {
        var unknown = Names.Where(n => !allowed.Contains(n, StringComparer.Ordinal)).Order(StringComparer.Ordinal).ToList();
        return unknown.Count == 0
            ? null
            : EwpErrorResult.BadRequest(
                $"Unknown parameter(s): {string.Join(", ", unknown.Select(u => $"'{u}'"))}. This endpoint accepts: {string.Join(", ", allowed)}.");
    }

    /// <summary>The optional <c>modified_since</c> (an <c>xs:dateTime</c>; without a zone it is taken as UTC).</summary>
    public (DateTimeOffset? Value, EwpErrorResult? Error) ModifiedSince(string name = "modified_since")
    {
        var (text, error) = OptionalSingle(name);
        if (error is not null || text is null)
        {
            return (null, error);
        }

        return EwpFormats.TryParseDateTime(text, out var value)
            ? (value, null)
            : (null, EwpErrorResult.BadRequest(
                $"Parameter '{name}' must be an xs:dateTime with a time, e.g. 2004-02-12T15:19:21+01:00; got '{text}'."));
    }

    /// <summary>Every value of a repeatable academic-year parameter (<c>YYYY/YYYY</c>).</summary>
    public (IReadOnlyList<string> Values, EwpErrorResult? Error) AcademicYears(string name, bool repeatable)
    {
        var values = GetAll(name);
        if (!repeatable && values.Count > 1)
        {
            return ([], EwpErrorResult.BadRequest($"Parameter '{name}' must not be given more than once ({values.Count} given)."));
        }

        var bad = values.FirstOrDefault(v => !EwpFormats.IsAcademicYearId(v));
        return bad is null
            ? (values, null)
            : ([], EwpErrorResult.BadRequest(
                $"Parameter '{name}' must be an academic year id like 2023/2024 (or 2024/2024 in the southern hemisphere); got '{bad}'."));
    }

    private static (EwpParameters? Parameters, EwpErrorResult? Error) Checked(EwpParameters parameters)
    {
        foreach (var (name, values) in parameters._values)
        {
            var bad = EwpParameterText.FirstNonXmlCharacter(name)
                ?? values.Select(v => EwpParameterText.FirstNonXmlCharacter(v ?? "")).FirstOrDefault(c => c is not null);
            if (bad is not null)
            {
                return (null, NonXmlCharacter(name, bad));
            }
        }

        return (parameters, null);
    }

    /// <summary>The 400 for a parameter holding a character no EWP value can hold.</summary>
    internal static EwpErrorResult NonXmlCharacter(string name, string character) => EwpErrorResult.BadRequest(
        $"Parameter '{EwpParameterText.XmlSafe(name)}' contains {character}, a character XML 1.0 cannot carry; no EWP value can hold it.");

    private static bool IsUrlEncodedForm(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

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
