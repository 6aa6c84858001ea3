using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Aws.EndToEnd.Tests.Infrastructure;

/// <summary>Our published `aws local serve` on a free port with its own data folder; stopped with Ctrl-C on dispose.</summary>
public sealed partial class LocalServe : IDisposable
{
    private readonly Process _server;

    [GeneratedRegex(@"AWS_ACCESS_KEY_ID=(\S+)")]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"AWS_SECRET_ACCESS_KEY=(\S+)")]
    private static partial Regex SecretLine();

    private LocalServe(Process server, string endpoint, string key, string secret)
    {
        _server = server;
        Endpoint = endpoint;
        AccessKeyId = key;
        SecretAccessKey = secret;
    }

    public string Endpoint { get; }
    public string AccessKeyId { get; }
    public string SecretAccessKey { get; }

    /// <summary>Starts the server (skips the test when the published binary is missing).</summary>
    public static LocalServe Start(string home)
    {
        var ours = Cli.Ours;
        if (ours is null) Assert.Skip(Cli.OursMissing);
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        var psi = new ProcessStartInfo(ours!.Path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "local", "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--data-dir", Path.Combine(home, "data") })
            psi.ArgumentList.Add(a);
        psi.Environment["HOME"] = home;
        var server = Process.Start(psi)!;
        var lines = new List<string>();
        while (server.StandardOutput.ReadLine() is { } line)
        {
            lines.Add(line);
            if (line.StartsWith("Press Ctrl-C", StringComparison.Ordinal)) break;
        }
        var text = string.Join('\n', lines);
        var key = KeyLine().Match(text).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(key), text);
        return new LocalServe(server, $"http://127.0.0.1:{port}", key, SecretLine().Match(text).Groups[1].Value);
    }

    public void Dispose()
    {
        if (!_server.HasExited)
        {
            using var kill = Process.Start("kill", ["-INT", _server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
            if (!_server.WaitForExit(10_000)) _server.Kill(true);
        }
        _server.Dispose();
    }
}
