using System.Net;
using System.Xml.Linq;
using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Features.Echo;

/// <summary>
/// The Echo security scenarios of the EWP validator (digest section 4.3, rows 1-18 and 27), each with GET
/// and POST, through real Kestrel on 127.0.0.1 with a registry catalogue of freshly generated keys.
/// </summary>
public sealed class EchoSecurityTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private static readonly XNamespace EchoNs = "https://github.com/erasmus-without-paper/ewp-specs-api-echo/tree/stable-v2";
    private static readonly KeyValuePair<string, string>[] EchoParameters = [new("echo", "a"), new("echo", "b&c"), new("echo", "a")];

    public static TheoryData<string> Methods => new() { "GET", "POST" };

    private TestNetwork Network => gateway.Network;

    private EwpRequest Signed(string method, TestKey? key = null) => new()
    {
        Method = method,
        Path = "/ewp/echo",
        Parameters = EchoParameters,
        Key = key ?? Network.ValidatorClient,
        Time = TimeProvider.System.GetUtcNow(),
    };

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Echo_NoClientAuthentication_401WithChallenge(string method)
    {
        var response = await gateway.SendAsync(Signed(method) with { Key = null }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Signature" && h.Parameter == "realm=\"EWP\"");
        Assert.Contains("SHA-256", string.Join(",", response.Headers.GetValues("Want-Digest")));
        XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Echo_KeyUnknownToRegistry_403(string method)
    {
        var response = await gateway.SendAsync(Signed(method, Network.Unregistered), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Echo_InvalidSignature_400(string method)
    {
        var response = await gateway.SendAsync(Signed(method) with { CorruptSignature = true }, TestContext.Current.CancellationToken);

        await AssertRejectedAsync(response, HttpStatusCode.BadRequest, "signature");
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Echo_SignedHeaderMissingFromRequest_400(string method)
    {
        var request = Signed(method) with
        {
            SignedHeaders = ["(request-target)", "host", "date", "digest", "x-request-id", "some-custom-header"],
        };

        var response = await gateway.SendAsync(request, TestContext.Current.CancellationToken);

        await AssertRejectedAsync(response, HttpStatusCode.BadRequest, "some-custom-header");
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Echo_OriginalDateInsteadOfDate_200(string method)
    {
        var request = Signed(method) with
        {
            UseOriginalDate = true,
            SignedHeaders = ["(request-target)", "host", "original-date", "digest", "x-request-id"],
        };

        await AssertEchoedAsync(request);
    }

    public static TheoryData<string, string> RequiredHeaders()
    {
        var data = new TheoryData<string, string>();
        foreach (var method in new[] { "GET", "POST" })
        {
            foreach (var header in new[] { "(request-target)", "host", "date", "digest", "x-request-id" })
            {
                data.Add(method, header);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RequiredHeaders))]
    public async Task Echo_RequiredHeaderNotSigned_400(string method, string header)
    {
        var request = Signed(method) with
        {
            SignedHeaders = new[] { "(request-target)", "host", "date", "digest", "x-request-id" }.Where(h => h != header).ToArray(),
        };

        var response = await gateway.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized, $"got {response.StatusCode}");
        var message = XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains(header, message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Echo_SignedHeadersInAnotherOrder_200(string method)
    {
        var request = Signed(method) with { SignedHeaders = ["x-request-id", "digest", "date", "host", "(request-target)"] };

        await AssertEchoedAsync(request);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Echo_ExtraSignedHeader_200(string method)
    {
        var request = Signed(method) with
        {
            ExtraHeaders = new Dictionary<string, string> { ["some-custom-header"] = "Value of some custom header" },
            SignedHeaders = ["(request-target)", "host", "date", "digest", "x-request-id", "some-custom-header"],
        };

        await AssertEchoedAsync(request);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Echo_SignedWithServerKeyOfTheClient_403(string method)
    {
        var response = await gateway.SendAsync(Signed(method, Network.ValidatorServer), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Echo_ClockOutOfSync_400(string method)
    {
        var request = Signed(method) with { Time = TimeProvider.System.GetUtcNow().AddMinutes(-20) };

        var response = await gateway.SendAsync(request, TestContext.Current.CancellationToken);

        await AssertRejectedAsync(response, HttpStatusCode.BadRequest, "date");
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Echo_NonCanonicalRequestId_400(string method)
    {
        var request = Signed(method) with { RequestId = Guid.NewGuid().ToString("D").ToUpperInvariant() };

        var response = await gateway.SendAsync(request, TestContext.Current.CancellationToken);

        await AssertRejectedAsync(response, HttpStatusCode.BadRequest, "x-request-id");
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Echo_WrongDigest_400(string method)
    {
        var request = Signed(method) with { Digest = _ => "SHA-256=" + Convert.ToBase64String(new byte[32]) };

        var response = await gateway.SendAsync(request, TestContext.Current.CancellationToken);

        await AssertRejectedAsync(response, HttpStatusCode.BadRequest, "digest");
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Echo_SeveralDigestsOneCorrect_200(string method)
    {
        var request = Signed(method) with
        {
            Digest = correct => "SHA=" + Convert.ToBase64String(new byte[20]) + "," + correct + ",MD5=" + Convert.ToBase64String(new byte[16]),
        };

        await AssertEchoedAsync(request);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Echo_OnlySha1Digest_400(string method)
    {
        var request = Signed(method) with { Digest = _ => "SHA=" + Convert.ToBase64String(new byte[20]) };

        var response = await gateway.SendAsync(request, TestContext.Current.CancellationToken);

        await AssertRejectedAsync(response, HttpStatusCode.BadRequest, "digest");
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Echo_DigestAlgorithmInMixedCase_200(string method)
    {
        var request = Signed(method) with { Digest = correct => correct.Replace("SHA-256=", "shA-256=", StringComparison.Ordinal) };

        await AssertEchoedAsync(request);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Echo_AcceptSignatureWithNoKnownAlgorithm_UnsignedResponse(string method)
    {
        var request = Signed(method) with { AcceptSignature = "unknown-algorithm" };

        var response = await gateway.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Signature"));
        XmlAssert.Valid(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), XmlAssert.EchoXsd);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Echo_AcceptSignatureWithKnownAndUnknownAlgorithm_SignedResponse(string method)
    {
        var request = Signed(method) with { AcceptSignature = "rsa-sha256, unknown-algorithm" };

        await AssertEchoedAsync(request);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Echo_RequestIdWithSignedResponse_EchoedAndSigned(string method)
    {
        var request = Signed(method);

        var response = await gateway.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(request.RequestId, response.Headers.GetValues("X-Request-Id").Single());
        Assert.Contains("x-request-id", response.Headers.GetValues("Signature").Single(), StringComparison.Ordinal);
        Assert.Null(await SignedResponse.ProblemAsync(response, Network.GatewayServer, request.RequestId, request.SentSignature, TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Echo_ValidRequest_EchoesValuesInOrderAndCallerHeis(string method)
    {
        await AssertEchoedAsync(Signed(method));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Echo_ReplayedRequestId_400(string method)
    {
        var request = Signed(method);
        using var first = await gateway.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var replay = await gateway.SendAsync(request, TestContext.Current.CancellationToken);

        await AssertRejectedAsync(replay, HttpStatusCode.BadRequest, "x-request-id");
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Echo_OtherMethods_405(string method)
    {
        var response = await gateway.SendAsync(Signed(method), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        var message = XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains(method, message, StringComparison.Ordinal);
    }

    private async Task AssertEchoedAsync(EwpRequest request)
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await gateway.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {body}");
        var doc = XmlAssert.Valid(body, XmlAssert.EchoXsd);
        Assert.Equal(TestNetwork.ValidatorHeiIds.Order(), doc.Root!.Elements(EchoNs + "hei-id").Select(e => e.Value).Order());
        Assert.Equal(EchoParameters.Select(p => p.Value), doc.Root.Elements(EchoNs + "echo").Select(e => e.Value));
        Assert.Null(await SignedResponse.ProblemAsync(response, Network.GatewayServer, request.RequestId, request.SentSignature, ct));
    }

    private async Task AssertRejectedAsync(HttpResponseMessage response, HttpStatusCode expected, string mentioned)
    {
        var ct = TestContext.Current.CancellationToken;
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == expected, $"expected {expected}, got {response.StatusCode}: {body}");
        var message = XmlAssert.ErrorResponse(body);
        Assert.Contains(mentioned, message, StringComparison.OrdinalIgnoreCase);

        // Errors are signed like any other response when the caller asked for it.
        Assert.Null(await SignedResponse.ProblemAsync(response, Network.GatewayServer, response.Headers.Contains("X-Request-Id") ? response.Headers.GetValues("X-Request-Id").Single() : null, null, ct));
    }
}
