using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using EwpGateway.Contracts.V1;

namespace EwpGateway.Infrastructure.Grpc;

/// <summary>
/// Collects the field violations of one request, with the formats EWP uses (SCHAC ids, academic years, ISCED-F,
/// EQF, CEFR, dates, e-mail addresses). Fields are named by their proto path, e.g.
/// <c>agreement.cooperation_conditions[1].receiving_first_academic_year_id</c>.
/// </summary>
internal sealed partial class RequestViolations
{
    public const int MaxIdempotencyKeyLength = 128;

    private readonly List<FieldViolation> _violations = [];

    public IReadOnlyList<FieldViolation> Items => _violations;

    public void Add(string field, string description) => _violations.Add(new FieldViolation(field, description));

    /// <summary>Throws <see cref="RequestValidationException"/> when any violation was found.</summary>
    public void ThrowIfAny()
    {
        if (_violations.Count > 0)
        {
            throw new RequestValidationException(_violations);
        }
    }

    /// <summary>Throws InvalidArgument naming <paramref name="field"/> when the id a read names is empty.</summary>
    public static void ThrowIfMissing(string field, string value)
    {
        var violations = new RequestViolations();
        violations.Required(field, value);
        violations.ThrowIfAny();
    }

    public bool Required(string field, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "is required");
            return false;
        }

        return true;
    }

    public bool Required(string field, object? message)
    {
        if (message is null)
        {
            Add(field, "is required");
            return false;
        }

        return true;
    }

    public void IdempotencyKey(string field, string value)
    {
        if (Required(field, value) && value.Length > MaxIdempotencyKeyLength)
        {
            Add(field, $"must be at most {MaxIdempotencyKeyLength} characters");
        }
    }

    /// <summary>An update names the version it read: positive.</summary>
    public void ExpectedVersion(string field, long value)
    {
        if (value <= 0)
        {
            Add(field, "must be the positive version last read");
        }
    }

    public void SchacId(string field, string value, bool required = true)
    {
        if (Present(field, value, required) && !SchacIdPattern().IsMatch(value))
        {
            Add(field, "must be a SCHAC id: a lower-case internet domain such as inp-toulouse.fr");
        }
    }

    public void AcademicYear(string field, string value, bool required = true)
    {
        if (Present(field, value, required) && ParseAcademicYear(value) is null)
        {
            Add(field, "must be an academic year YYYY/YYYY with equal or consecutive years, e.g. 2025/2026");
        }
    }

    /// <summary>Both years valid and the first not after the last (the violation is reported on the first).</summary>
    public void AcademicYearRange(string firstField, string first, string lastField, string last)
    {
        AcademicYear(firstField, first);
        AcademicYear(lastField, last);
        if (ParseAcademicYear(first) is { } from && ParseAcademicYear(last) is { } to && from > to)
        {
            Add(firstField, $"must not be after {lastField.Split('.')[^1]} ({last})");
        }
    }

    public void Date(string field, string value, bool required = false)
    {
        if (Present(field, value, required) && ParseDate(value) is null)
        {
            Add(field, "must be a date YYYY-MM-DD");
        }
    }

    /// <summary>Both dates valid when given, and the start not after the end.</summary>
    public void DateRange(string startField, string start, string endField, string end)
    {
        Date(startField, start);
        Date(endField, end);
        if (ParseDate(start) is { } from && ParseDate(end) is { } to && from > to)
        {
            Add(startField, $"must not be after {endField.Split('.')[^1]} ({end})");
        }
    }

    public void Email(string field, string value, bool required = false)
    {
        if (Present(field, value, required)
            && (!MailAddress.TryCreate(value, out var address) || address.Address != value || !address.Host.Contains('.', StringComparison.Ordinal)))
        {
            Add(field, "must be an e-mail address such as name@example.org");
        }
    }

    public void IscedF(string field, string value, bool required = true)
    {
        if (Present(field, value, required) && !IscedFPattern().IsMatch(value))
        {
            Add(field, "must be an ISCED-F code: 4 digits with an optional suffix, e.g. 0613 or 0613-software");
        }
    }

    public void Eqf(string field, int value, bool required = true)
    {
        if ((required || value != 0) && value is < 1 or > 8)
        {
            Add(field, "must be an EQF level from 1 to 8");
        }
    }

    public void Cefr(string field, CefrLevel value)
    {
        if (value == CefrLevel.Unspecified || !Enum.IsDefined(value))
        {
            Add(field, "must be a CEFR level A1, A2, B1, B2, C1 or C2");
        }
    }

    /// <summary>0 means "not set"; otherwise the number must be positive and finite.</summary>
    public void PositiveOrUnset(string field, double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || value < 0)
        {
            Add(field, "must be positive (or 0 when not set)");
        }
    }

    public void Positive(string field, double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || value <= 0)
        {
            Add(field, "must be positive");
        }
    }

    public void LanguageTag(string field, string value)
    {
        if (Required(field, value) && !LanguageTagPattern().IsMatch(value))
        {
            Add(field, "must be a language code such as en or pt-BR");
        }
    }

    public void AbsoluteHttpUrl(string field, string value)
    {
        if (!string.IsNullOrEmpty(value)
            && (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
        {
            Add(field, "must be an absolute http(s) URL");
        }
    }

    public static int? ParseAcademicYear(string value)
    {
        var match = AcademicYearPattern().Match(value);
        if (!match.Success)
        {
            return null;
        }

        var first = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var second = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return second == first || second == first + 1 ? first : null;
    }

    public static DateOnly? ParseDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private bool Present(string field, string value, bool required) =>
        required ? Required(field, value) : !string.IsNullOrEmpty(value);

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$", RegexOptions.CultureInvariant)]
    private static partial Regex SchacIdPattern();

    [GeneratedRegex("^([0-9]{4})/([0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex AcademicYearPattern();

    [GeneratedRegex("^[0-9]{4}(-?[A-Za-z0-9][A-Za-z0-9-]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IscedFPattern();

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTagPattern();
}
