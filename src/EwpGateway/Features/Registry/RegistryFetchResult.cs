namespace EwpGateway.Features.Registry;

/// <summary>What one download of the catalogue gave.</summary>
/// <param name="Content">The document, or <see langword="null"/> when the registry answered 304 Not Modified.</param>
/// <param name="ETag">The <c>ETag</c> to send back as <c>If-None-Match</c>.</param>
/// <param name="LastModified">The <c>Last-Modified</c> to send back as <c>If-Modified-Since</c>.</param>
internal sealed record RegistryFetchResult(byte[]? Content, string? ETag, DateTimeOffset? LastModified)
{
    public bool IsNotModified => Content is null;
}
