using System.Security.Cryptography;
using System.Text;

namespace EwpGateway.UnitTests.Features.Registry;

/// <summary>Builds a small, schema-valid registry catalogue around freshly generated RSA keys.</summary>
internal sealed class TestCatalogue
{
    private static readonly Lazy<TestCatalogue> s_shared = new(() => new TestCatalogue());

    private TestCatalogue()
    {
    }

    /// <summary>One set of keys per test run: generating 2048-bit keys is slow, and the keys are never mutated.</summary>
    public static TestCatalogue Shared => s_shared.Value;

    public const string IiasV7Ns = "https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v7/manifest-entry.xsd";
    public const string IiasV6Ns = "https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v6/manifest-entry.xsd";
    public const string EchoNs = "https://github.com/erasmus-without-paper/ewp-specs-api-echo/blob/stable-v2/manifest-entry.xsd";
    public const string CertificateFingerprint = "0b9e993d1d4a4e1be879bc5be19c1c0b9073d7bfe1556e015c069c6df6231b7f";

    public RSA ClientKey { get; } = RSA.Create(2048);

    public RSA ServerKey { get; } = RSA.Create(2048);

    public RSA OtherHostKey { get; } = RSA.Create(2048);

    /// <summary>In <c>binaries</c> with a wrong stated fingerprint, and listed as a client key of host 1.</summary>
    public RSA TamperedKey { get; } = RSA.Create(2048);

    public string ClientFingerprint => Fingerprint(ClientKey);

    public string ServerFingerprint => Fingerprint(ServerKey);

    public string OtherHostFingerprint => Fingerprint(OtherHostKey);

    public string TamperedStatedFingerprint => new('a', 64);

    public static string Fingerprint(RSA key) => Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()));

    /// <summary>Host 1 (utwente.nl, itg.be) on https://ewp.utwente.example/, host 2 (gtu.ge) on https://ewp.gtu.example/.</summary>
    public string ToXml(string extraInstitutionName = "University of Twente") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <catalogue xmlns="https://github.com/erasmus-without-paper/ewp-specs-api-registry/tree/stable-v1"
                   xmlns:ewp="https://github.com/erasmus-without-paper/ewp-specs-architecture/blob/stable-v1/common-types.xsd"
                   xmlns:ia6="{IiasV6Ns}" xmlns:ia7="{IiasV7Ns}" xmlns:e2="{EchoNs}">
          <host>
            <ewp:admin-email>admin@utwente.example</ewp:admin-email>
            <apis-implemented>
              <ia6:iias version="6.3.0"><ia6:get-url>https://ewp.utwente.example/iias6/get</ia6:get-url></ia6:iias>
              <ia7:iias version="7.0.0">
                <ia7:get-url>https://ewp.utwente.example/iias/get</ia7:get-url>
                <ia7:index-url>https://ewp.utwente.example/iias/index</ia7:index-url>
                <ia7:max-iia-ids>5</ia7:max-iia-ids>
                <ia7:max-iia-codes>3</ia7:max-iia-codes>
              </ia7:iias>
              <e2:echo version="2.0.1"><e2:url>https://ewp.utwente.example/echo</e2:url></e2:echo>
            </apis-implemented>
            <institutions-covered><hei-id>utwente.nl</hei-id><hei-id>itg.be</hei-id></institutions-covered>
            <client-credentials-in-use>
              <certificate sha-256="{CertificateFingerprint}"/>
              <rsa-public-key sha-256="{ClientFingerprint}"/>
              <rsa-public-key sha-256="{TamperedStatedFingerprint}"/>
            </client-credentials-in-use>
            <server-credentials-in-use><rsa-public-key sha-256="{ServerFingerprint}"/></server-credentials-in-use>
          </host>
          <host>
            <apis-implemented>
              <e2:echo version="2.0.1"><e2:url>https://ewp.gtu.example/echo</e2:url></e2:echo>
            </apis-implemented>
            <institutions-covered><hei-id>gtu.ge</hei-id></institutions-covered>
            <client-credentials-in-use><rsa-public-key sha-256="{OtherHostFingerprint}"/></client-credentials-in-use>
            <server-credentials-in-use><rsa-public-key sha-256="{OtherHostFingerprint}"/></server-credentials-in-use>
          </host>
          <institutions>
            <hei id="utwente.nl">
              <other-id type="erasmus">NL ENSCHED01</other-id>
              <name xml:lang="en">{extraInstitutionName}</name>
            </hei>
            <hei id="gtu.ge"><name xml:lang="en">Georgian Technical University</name></hei>
          </institutions>
          <binaries>
            {Binary(ClientKey)}
            {Binary(ServerKey)}
            {Binary(OtherHostKey)}
            <rsa-public-key sha-256="{TamperedStatedFingerprint}">{Convert.ToBase64String(TamperedKey.ExportSubjectPublicKeyInfo())}</rsa-public-key>
          </binaries>
        </catalogue>
        """;

    public byte[] ToBytes(string extraInstitutionName = "University of Twente") => Encoding.UTF8.GetBytes(ToXml(extraInstitutionName));

    private static string Binary(RSA key) =>
        $"<rsa-public-key sha-256=\"{Fingerprint(key)}\">\n{Convert.ToBase64String(key.ExportSubjectPublicKeyInfo(), Base64FormattingOptions.InsertLineBreaks)}\n</rsa-public-key>";
}
