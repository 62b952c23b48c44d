using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace EwpGateway.IntegrationTests.Security;

/// <summary>
/// Malformed or forged <c>Authorization</c> headers on a change-notification receiver, every other header of the request
/// correct: other schemes (401 with the challenge), unparsable parameter lists (400), a signature that is not one (400), a
/// key nobody registered (403). Each answer is an <c>error-response</c> and no notification is recorded.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed partial class MalformedAuthorizationTests(SecurityGateway gateway)
{
    private const string Path = "/ewp/iia-cnr";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Each forgery: a change applied to the valid Authorization value, and the status it must get.</summary>
    public static TheoryData<string, int> Forgeries => new()
    {
        { "Bearer token", 401 },
        { "Basic dXNlcjpwYXNz", 401 },
        { "Signature", 401 },
        { "Signature keyId=", 400 },
        { "Signature keyId=\"unterminated", 400 },
        { "Signature ,,,,", 400 },
        { "Signature keyId=\"a\";signature=\"b\"", 400 },
        { "keyId upper case", 400 },
        { "keyId of another length", 400 },
        { "keyId of 20000 characters", 400 },
        { "keyId nobody registered", 403 },
        { "signature not base64", 400 },
        { "signature cut short", 400 },
        { "signature empty", 400 },
        { "signature of another request", 400 },
        { "algorithm hmac-sha256", 400 },
        { "algorithm missing", 400 },
        { "headers list of 3000 names", 400 },
        { "headers without digest", 400 },
        { "parameter repeated", 400 },
        { "escaped quotes in keyId", 400 },
    };

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task Post_ForgedAuthorization_RefusedWithErrorResponseAndNothingStored(string forgery, int status)
    {
        var before = await gateway.SnapshotAsync(Ct);
        var request = SignedRaw.Form(gateway, Path, "iia_id=" + Guid.NewGuid());
        var headers = request.RawHeaders();
        var index = headers.FindIndex(h => h.Name == "Authorization");
        var valid = Encoding.ASCII.GetString(headers[index].Value);
        headers[index] = ("Authorization", Encoding.ASCII.GetBytes(Forge(forgery, valid)));

        var response = await RawHttp.SendAsync(gateway.BaseAddress, "POST", Path, headers, RawHttp.Body(request.Body), Ct);

        Refusal.Assert(response, (HttpStatusCode)status);
        if (status == 401)
        {
            Assert.Equal("Signature realm=\"EWP\"", response.Headers["WWW-Authenticate"]);
        }

        Assert.Equal(before, await gateway.SnapshotAsync(Ct));
    }

    private string Forge(string forgery, string valid)
    {
        var keyId = gateway.Network.ValidatorClient.KeyId;
        var signature = SignatureValue().Match(valid).Groups[1].Value;
        return forgery switch
        {
            "keyId upper case" => valid.Replace(keyId, keyId.ToUpperInvariant(), StringComparison.Ordinal),
            "keyId of another length" => valid.Replace(keyId, keyId[..63], StringComparison.Ordinal),
            "keyId of 20000 characters" => valid.Replace(keyId, new string('a', 20_000), StringComparison.Ordinal),
            "keyId nobody registered" => valid.Replace(keyId, gateway.Network.Unregistered.KeyId, StringComparison.Ordinal),
            "signature not base64" => valid.Replace(signature, "not*base64!", StringComparison.Ordinal),
            "signature cut short" => valid.Replace(signature, signature[..40], StringComparison.Ordinal),
            "signature empty" => valid.Replace(signature, "", StringComparison.Ordinal),
            "signature of another request" => valid.Replace(
                signature, SignatureValue().Match(Encoding.ASCII.GetString(SignedRaw.Form(gateway, Path, "iia_id=other").RawHeaders()
                    .Single(h => h.Name == "Authorization").Value)).Groups[1].Value, StringComparison.Ordinal),
            "algorithm hmac-sha256" => valid.Replace("rsa-sha256", "hmac-sha256", StringComparison.Ordinal),
            "algorithm missing" => valid.Replace("algorithm=\"rsa-sha256\",", "", StringComparison.Ordinal),
            "headers list of 3000 names" => valid.Replace(
                "headers=\"", "headers=\"" + string.Join(' ', Enumerable.Range(0, 3000).Select(i => "x-h" + i)) + " ", StringComparison.Ordinal),
            "headers without digest" => valid.Replace(" digest ", " ", StringComparison.Ordinal),
            "parameter repeated" => valid + ",algorithm=\"rsa-sha256\"",
            "escaped quotes in keyId" => valid.Replace(keyId, "a\\\"b\\\\", StringComparison.Ordinal),
            _ => forgery,
        };
    }

    [GeneratedRegex("signature=\"([^\"]*)\"")]
    private static partial Regex SignatureValue();
}
