using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using EwpGateway.Features.Registry;
using EwpGateway.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EwpGateway.Infrastructure.Certificates;

/// <summary>Registers the record of partners' certificates and hooks it into the partner clients' TLS handshake.</summary>
internal static class PeerCertificateRegistration
{
    /// <summary>What the partner clients and client-certificate authentication need to note certificates: the queue.</summary>
    public static IServiceCollection AddPeerCertificateRecorder(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<PeerCertificateRecorder>();
        return services;
    }

    /// <summary>The recorder plus the writer that stores what it queues.</summary>
    public static IServiceCollection AddPeerCertificates(this IServiceCollection services)
    {
        services.AddPeerCertificateRecorder();
        services.TryAddSingleton<PeerCertificateWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<PeerCertificateWriter>());
        return services;
    }

    /// <summary>
    /// Lets the partner host's TLS server certificate be recorded when a partner client connects. The platform's
    /// validation decides as before: the callback only passes its verdict on (and any callback set earlier runs too).
    /// </summary>
    public static IHttpClientBuilder RecordPartnerServerCertificates(this IHttpClientBuilder client) =>
        client.ConfigurePrimaryHttpMessageHandler((handler, services) =>
        {
            var recorder = services.GetRequiredService<PeerCertificateRecorder>();
            var catalogues = services.GetRequiredService<IRegistryCatalogueProvider>();
            void Observe(X509Certificate? certificate, string? host)
            {
                if (certificate is not null && !string.IsNullOrEmpty(host) && catalogues.Current is { } catalogue)
                {
                    recorder.Observe(certificate, PeerCertificateRole.Server, catalogue.HeisServedAtHost(host), host);
                }
            }

            switch (handler)
            {
                case HttpClientHandler http:
                    var earlierHttp = http.ServerCertificateCustomValidationCallback;
                    http.ServerCertificateCustomValidationCallback = (request, certificate, chain, errors) =>
                    {
                        Observe(certificate, request.RequestUri?.Host);
                        return earlierHttp?.Invoke(request, certificate, chain, errors) ?? errors == SslPolicyErrors.None;
                    };
                    break;
                case SocketsHttpHandler sockets:
                    var earlier = sockets.SslOptions.RemoteCertificateValidationCallback;
                    sockets.SslOptions.RemoteCertificateValidationCallback = (sender, certificate, chain, errors) =>
                    {
                        Observe(certificate, (sender as SslStream)?.TargetHostName);
                        return earlier?.Invoke(sender, certificate, chain, errors) ?? errors == SslPolicyErrors.None;
                    };
                    break;
            }
        });
}
