using System.Diagnostics;

namespace EwpGateway.IntegrationTests.Hosting;

/// <summary>A configuration mistake stops the gateway at start with a message that names the setting.</summary>
public sealed class ConfigurationErrorTests
{
    [Theory]
    [InlineData("--Ewp:Keys:ClientKeyPath=does-not-exist.pem", "Ewp:Keys:ClientKeyPath")]
    [InlineData("--Ewp:HeiId=Not A Schac Id", "Ewp:HeiId")]
    [InlineData("--Ewp:ClientCertificates:TrustedProxies:0=not-an-address", "Ewp:ClientCertificates:TrustedProxies")]
    [InlineData("--Ewp:Partners:MaxResponseBodySize=10", "Ewp:Partners:MaxResponseBodySize")]
    [InlineData("--Ewp:Keys:NextServerKeyPath=does-not-exist.pem", "Ewp:Keys:NextServerKeyPath")]
    public async Task Start_BadSetting_ExitCode2NamingTheSetting(string badSetting, string named)
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new Support.TestNetwork();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "EwpGateway.dll"));
        info.ArgumentList.Add("--urls=http://127.0.0.1:0");
        foreach (var (key, value) in folder.GatewaySettings())
        {
            info.ArgumentList.Add($"--{key}={value}");
        }

        info.ArgumentList.Add(badSetting);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync(ct);
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(2, process.ExitCode);
        Assert.Contains(named, await stderr + await stdout, StringComparison.Ordinal);
    }
}
