using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>SHA-256 of a create request's content, ignoring what the store assigns (id, version, timestamps).</summary>
internal static class RequestHash
{
    private static readonly HashSet<string> s_ignored = new(StringComparer.Ordinal)
    {
        "Id", "Version", "FirstSeen", "LastSeen", "LastModified",
    };

    private static readonly JsonSerializerOptions s_options = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                info =>
                {
                    for (var i = info.Properties.Count - 1; i >= 0; i--)
                    {
                        if (s_ignored.Contains(info.Properties[i].Name))
                        {
                            info.Properties.RemoveAt(i);
                        }
                    }
                },
            },
        },
    };

    public static string Of<T>(T request) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request, s_options)));
}
