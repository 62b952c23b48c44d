using System.Net;
using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Security;

/// <summary>The shape of every refusal: the expected 4xx and an <c>error-response</c> valid against common-types.xsd.</summary>
internal static class Refusal
{
    /// <returns>The developer message.</returns>
    public static async Task<string> AssertAsync(HttpResponseMessage response, HttpStatusCode expected, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        Xunit.Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return XmlAssert.ErrorResponse(body);
    }

    /// <returns>The developer message.</returns>
    public static string Assert(RawResponse response, HttpStatusCode expected)
    {
        Xunit.Assert.True(response.Status == (int)expected, $"Expected {(int)expected}, got {response.Status}: {response.Body}");
        return XmlAssert.ErrorResponse(response.Body);
    }
}
