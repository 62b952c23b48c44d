using EwpGateway.HttpSignatures;
using EwpGateway.Infrastructure.Certificates;
using EwpGateway.Infrastructure.Exchanges;
using EwpGateway.Infrastructure.Keys;
using EwpGateway.Infrastructure.Observability;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Refit;

namespace EwpGateway.Infrastructure.Partners;

/// <summary>The one place partner HTTP clients are registered (style rule 10).</summary>
internal static class PartnerClientRegistration
{
    public const string PipelineName = "ewp-partner";

    /// <summary>
    /// Registers one Refit client per partner API we call, <see cref="PartnerApiResolver"/> and the options of
    /// section <c>Ewp:Partners</c> (validated at start). Every client has the same handler chain, outermost first:
    /// <list type="number">
    /// <item><see cref="PartnerUrlHandler"/>: the request goes to the registry URL passed with the call;</item>
    /// <item>the only resilience layer: total timeout, retry (jittered exponential backoff, transient failures only),
    /// circuit breaker, attempt timeout; one pipeline instance per partner authority, so one failing host does not
    /// open the circuit of the others;</item>
    /// <item><see cref="EwpSigningHandler"/>: inside the retry, so every attempt is signed afresh (new Date,
    /// X-Request-Id) and every response is verified; a verification failure is not retried.</item>
    /// </list>
    /// Needs <see cref="GatewayKeys"/> (protocol registration) and an <see cref="IServerKeyResolver"/> (registry).
    /// </summary>
    public static IServiceCollection AddEwpPartnerClients(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<PartnerClientOptions>().BindConfiguration(PartnerClientOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PartnerClientOptions>, PartnerClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PartnerApiResolver>();
        services.TryAddTransient<PartnerUrlHandler>();
        services.TryAddTransient<PartnerCallMetricsHandler>();
        services.AddExchangeRecorder();
        services.AddPeerCertificateRecorder();
        services.AddMetrics();
        services.TryAddSingleton<MetricsSnapshot>();
        services.TryAddSingleton<GatewayMetrics>();

        AddClient<IEchoV2Client>(services);
        AddClient<IInstitutionsV2Client>(services);
        AddClient<IIiasV7Client>(services);
        AddClient<IIiasV6Client>(services);
        AddClient<IIiasApprovalV2Client>(services);
        AddClient<IOmobilitiesV3Client>(services);
        AddClient<IImobilityTorsV2Client>(services);
        AddClient<IIiaCnrV3Client>(services);
        AddClient<IIiaApprovalCnrV2Client>(services);
        AddClient<IOmobilityCnrV2Client>(services);
        AddClient<IImobilityTorCnrV2Client>(services);
        return services;
    }

    private static void AddClient<TClient>(IServiceCollection services)
        where TClient : class
    {
        var client = services.AddRefitGeneratedClient<TClient>()
            .ConfigureHttpClient(http =>
            {
                http.BaseAddress = PartnerUrl.Placeholder;

                // The pipeline owns every timeout; HttpClient's own would cut retries short without a retry of its own.
                http.Timeout = Timeout.InfiniteTimeSpan;
            });

        // Handlers run in the order added: URL, metrics (the whole call), resilience, exchange log and signing (once per attempt).
        client.AddHttpMessageHandler<PartnerUrlHandler>();
        client.AddHttpMessageHandler<PartnerCallMetricsHandler>();
        client.AddResilienceHandler(PipelineName, ConfigurePipeline).SelectPipelineByAuthority();

        // Inside the retry: one communication-log record per attempt, with the signed headers and the verified response.
        client.AddHttpMessageHandler<OutboundExchangeHandler>();
        client.AddHttpMessageHandler(CreateSigningHandler);
        client.RecordPartnerServerCertificates();
    }

    private static EwpSigningHandler CreateSigningHandler(IServiceProvider services)
    {
        var key = services.GetRequiredService<GatewayKeys>().Client;
        return new EwpSigningHandler(new EwpSigningHandlerOptions
        {
            PrivateKey = key.Rsa,
            KeyId = key.KeyId,
            ServerKeyResolver = services.GetRequiredService<IServerKeyResolver>(),
            RequireSignedResponses = true,
            MaxResponseBodySize = services.GetRequiredService<IOptions<PartnerClientOptions>>().Value.MaxResponseBodySize,
            TimeProvider = services.GetRequiredService<TimeProvider>(),
        });
    }

    private static void ConfigurePipeline(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<PartnerClientOptions>>().Value;
        var logger = context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PartnerClientRegistration));
        var authority = context.InstanceName;
        builder.TimeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();

        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "total", Timeout = options.TotalTimeout });

        // Polly refuses zero retries; MaxRetryAttempts = 0 means no retry strategy at all.
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => TransientPartnerFailure.IsTransient(args.Outcome),
                OnRetry = args =>
                {
                    PartnerClientLog.Retrying(logger, authority, Describe(args.Outcome), args.AttemptNumber + 1, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }

        builder
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = options.CircuitBreakerFailureRatio,
                MinimumThroughput = options.CircuitBreakerMinimumThroughput,
                SamplingDuration = options.CircuitBreakerSamplingDuration,
                BreakDuration = options.CircuitBreakerBreakDuration,
                ShouldHandle = args => TransientPartnerFailure.IsTransient(args.Outcome),
                OnOpened = args =>
                {
                    PartnerClientLog.CircuitOpened(logger, authority, Describe(args.Outcome), args.BreakDuration);
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    PartnerClientLog.CircuitClosed(logger, authority);
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(new HttpTimeoutStrategyOptions { Name = "attempt", Timeout = options.AttemptTimeout });
    }

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception?.GetType().Name ?? $"HTTP {(int)outcome.Result!.StatusCode}";
}
