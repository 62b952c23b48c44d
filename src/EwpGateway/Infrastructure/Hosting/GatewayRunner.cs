using EwpGateway.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

namespace EwpGateway.Infrastructure.Hosting;

/// <summary>Runs the gateway and turns configuration mistakes into one clear message and exit code 2.</summary>
internal static class GatewayRunner
{
    public static async Task<int> RunGatewayAsync(this WebApplication app)
    {
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync("Configuration error: " + string.Join(" ", ex.Failures));
            return 2;
        }
        catch (DatabaseSchemaException ex)
        {
            await Console.Error.WriteLineAsync("Database error: " + ex.Message);
            return 2;
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith("Ewp:", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync("Configuration error: " + ex.Message);
            return 2;
        }
    }
}
