using System.Text;

namespace EwpGateway.Benchmarks.Hosting;

/// <summary>
/// A registry catalogue for the end-to-end and transcript-serving runs: the gateway's host (its client and server keys)
/// and one partner host covering <see cref="PartnerHeiId"/>, whose client key signs the benchmark's requests.
/// </summary>
internal static class BenchCatalogue
{
    public const string GatewayHeiId = "inp-toulouse.fr";

    /// <summary>The partner of the sample data whose agreement and transcript the benchmark requests.</summary>
    public const string PartnerHeiId = "validator-hei01.developers.erasmuswithoutpaper.eu";

    public static string Write(string folder, BenchKey gatewayClient, BenchKey gatewayServer, BenchKey partnerClient)
    {
        var xml = new StringBuilder();
        xml.Append($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <catalogue xmlns="https://github.com/erasmus-without-paper/ewp-specs-api-registry/tree/stable-v1"
                xmlns:ewp="https://github.com/erasmus-without-paper/ewp-specs-architecture/blob/stable-v1/common-types.xsd">
              <host>
                <ewp:admin-email>admin@inp-toulouse.fr</ewp:admin-email>
                <institutions-covered><hei-id>{GatewayHeiId}</hei-id></institutions-covered>
                <client-credentials-in-use><rsa-public-key sha-256="{gatewayClient.KeyId}"/></client-credentials-in-use>
                <server-credentials-in-use><rsa-public-key sha-256="{gatewayServer.KeyId}"/></server-credentials-in-use>
              </host>
              <host>
                <ewp:admin-email>admin@developers.erasmuswithoutpaper.eu</ewp:admin-email>
                <institutions-covered><hei-id>{PartnerHeiId}</hei-id></institutions-covered>
                <client-credentials-in-use><rsa-public-key sha-256="{partnerClient.KeyId}"/></client-credentials-in-use>
              </host>
              <institutions>
                <hei id="{GatewayHeiId}"><name xml:lang="en">Toulouse INP</name></hei>
                <hei id="{PartnerHeiId}"><name xml:lang="en">Validator HEI 01</name></hei>
              </institutions>
              <binaries>

            """);
        foreach (var key in new[] { gatewayClient, gatewayServer, partnerClient })
        {
            xml.Append($"    <rsa-public-key sha-256=\"{key.KeyId}\">{key.PublicKeyBase64}</rsa-public-key>\n");
        }

        xml.Append("  </binaries>\n</catalogue>\n");
        var path = Path.Combine(folder, "catalogue.xml");
        File.WriteAllText(path, xml.ToString());
        return path;
    }
}
