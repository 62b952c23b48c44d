using EwpGateway.Infrastructure.Hosting;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Registry;

/// <summary>Reads the catalogue from a file or downloads it with a conditional GET.</summary>
internal sealed class RegistryFetcher(IHttpClientFactory httpClientFactory, IOptions<RegistryOptions> options, IHostEnvironment environment)
{
    public const string HttpClientName = "EwpRegistry";

    /// <summary>Cap on the catalogue size (the production catalogue is a few MB).</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    public string Source => options.Value.IsHttp
        ? options.Value.Url
        : ContentPaths.ResolveExistingFile(options.Value.Url, environment) ?? ResolvePath(options.Value.Url);

    /// <summary>Fetches the catalogue; <paramref name="previous"/> supplies the conditional-GET validators.</summary>
    /// <exception cref="HttpRequestException">The registry is unreachable or answered an error.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public async Task<RegistryFetchResult> FetchAsync(RegistryFetchResult? previous, CancellationToken cancellationToken)
    {
        if (!options.Value.IsHttp)
        {
            var path = Source;
            if (new FileInfo(path).Length > MaxBytes)
            {
                throw new InvalidDataException($"Catalogue file {path} is larger than {MaxBytes} bytes.");
            }

            return new RegistryFetchResult(await File.ReadAllBytesAsync(path, cancellationToken), null, null);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, options.Value.Url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/xml"));
        if (previous?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (previous?.LastModified is { } lastModified)
        {
            request.Headers.IfModifiedSince = lastModified;
        }

        var client = httpClientFactory.CreateClient(HttpClientName);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotModified && previous is not null)
        {
            return new RegistryFetchResult(null, previous.ETag, previous.LastModified);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The registry answered {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);
        }

        if (response.Content.Headers.ContentLength > MaxBytes)
        {
            throw new InvalidDataException($"The catalogue is larger than {MaxBytes} bytes.");
        }

        var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return new RegistryFetchResult(content, response.Headers.ETag?.ToString(), response.Content.Headers.LastModified);
    }

    public string ResolvePath(string path) => Path.GetFullPath(path, environment.ContentRootPath);
}
