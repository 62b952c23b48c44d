namespace EwpGateway.Infrastructure.Protocol;

/// <summary>
/// Reads an <c>application/x-www-form-urlencoded</c> body for <see cref="EwpParameters"/>, refusing what ASP.NET Core's
/// form reader would silently accept or turn into an exception (a 500): more than <see cref="MaxBytes"/> (413), bytes
/// that are not UTF-8 once percent-decoded (400; the reader would make them U+FFFD), and what the reader refuses
/// (over 1024 values, names over 2048 characters, U+0000: 400).
/// </summary>
internal static class EwpFormBody
{
    /// <summary>The largest form body read (1 MiB, the default limit of signed bodies, also for certificate callers).</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The form, or the error the caller should get.</summary>
    public static async Task<(IFormCollection? Form, EwpErrorResult? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return (null, TooLarge());
        }

        // The raw bytes are checked before the form reader turns invalid UTF-8 into U+FFFD; buffering lets it read them again.
        request.EnableBuffering();
        request.Body.Position = 0;
        var raw = new byte[Math.Min(MaxBytes, (int)(request.ContentLength ?? 16 * 1024)) + 1];
        var length = 0;
        int read;
        while ((read = await request.Body.ReadAsync(raw.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
            if (length > MaxBytes)
            {
                return (null, TooLarge());
            }

            if (length == raw.Length)
            {
                Array.Resize(ref raw, Math.Min(MaxBytes + 1, raw.Length * 2));
            }
        }

        if (!EwpParameterText.IsValidUtf8(raw.AsSpan(0, length)))
        {
            return (null, EwpErrorResult.BadRequest("The form body is not valid UTF-8 once percent-decoded."));
        }

        request.Body.Position = 0;
        try
        {
            return (await request.ReadFormAsync(cancellationToken), null);
        }
        catch (InvalidDataException ex)
        {
            // The form reader refuses some characters itself (U+0000): name the parameter as for the others.
            return (null, EwpParameterText.FirstNonXmlParameter(raw.AsSpan(0, length)) is { } bad
                ? EwpParameters.NonXmlCharacter(bad.Name, bad.Character)
                : EwpErrorResult.BadRequest("The form body cannot be read (over a limit of the form reader, or malformed): " + ex.Message));
        }

        static EwpErrorResult TooLarge() =>
            new(StatusCodes.Status413PayloadTooLarge, $"The form body is larger than {MaxBytes} bytes.");
    }
}
