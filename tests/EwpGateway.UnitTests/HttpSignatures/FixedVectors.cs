namespace EwpGateway.UnitTests.HttpSignatures;

/// <summary>
/// A fixed request and its expected signing string and signature, computed independently with
/// <c>printf '...' | openssl dgst -sha256 -sign TestData/client-test-key.pem | base64 -w0</c>.
/// </summary>
internal static class FixedVectors
{
    public const string Method = "POST";
    public const string PathAndQuery = "/rest/echo?echo=a&echo=b";
    public const string Host = "ewp.example.org";
    public const string Date = "Tue, 07 Oct 2025 10:00:00 GMT";
    public const string Body = "echo=hello";

    // printf 'echo=hello' | openssl dgst -sha256 -binary | base64
    public const string Digest = "SHA-256=e+BQq5EbOL4ItNXBFJ0OWXE9zVgpowo5zQD/5i+/+Xg=";

    // printf '' | openssl dgst -sha256 -binary | base64
    public const string EmptyDigest = "SHA-256=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

    public const string RequestId = "b9a8f7e6-5d4c-4b3a-9f8e-7d6c5b4a3f2e";

    public const string SigningString =
        "(request-target): post /rest/echo?echo=a&echo=b\n" +
        "host: ewp.example.org\n" +
        "date: Tue, 07 Oct 2025 10:00:00 GMT\n" +
        "digest: SHA-256=e+BQq5EbOL4ItNXBFJ0OWXE9zVgpowo5zQD/5i+/+Xg=\n" +
        "x-request-id: b9a8f7e6-5d4c-4b3a-9f8e-7d6c5b4a3f2e";

    public const string Signature =
        "SZEDiVVDrzrbfGfTjtIp5QGvIz5rtBRAcoVHPO2USPbKEWW+piO+CfZCYFF/RC41FpJqY717JqpvPFcokF69LGUzEFEz9z5+2VUqz/7FNaXeFYY779sthGkRM3IAQvZWk25Y6TENWLvcmWlXMq10Kqj9srkbwF/NWlhdHBUpBWwZA8PjMCskF4twxmSLvenVKz9pzheKCNgC29B+/I3oFxv8BSNIpkaMZiqOLUHhTNR1N96E6v7ESxJ2Yc9ufe2svce1scAXsq3S60J9aU4zm04zkFjuckZ6sLx1BcPrRen11j4n7Mr6D48rZay0FK+EKPbp5JCA1JMN78rggmm4zQ==";

    public static readonly DateTimeOffset Now = new(2025, 10, 7, 10, 0, 0, TimeSpan.Zero);

    public static string? GetHeader(string name) => name switch
    {
        "host" => Host,
        "date" => Date,
        "digest" => Digest,
        "x-request-id" => RequestId,
        _ => null,
    };
}
