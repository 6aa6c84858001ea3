using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Aws.EndToEnd.Tests.Infrastructure;

/// <summary>
/// `aws local serve` from the published binary on a free loopback port, with its data under <paramref name="home"/>;
/// the admin keys it prints are read back. Disposing sends Ctrl-C (SIGINT) so the server stops as a user stops it.
/// </summary>
public sealed partial class LocalServe : IDisposable
{
    private readonly Process _server;

    private LocalServe(Process server, string endpoint, string key, string secret, string dataDir)
    {
        _server = server;
        Endpoint = endpoint;
        AdminKey = key;
        AdminSecret = secret;
        DataDir = dataDir;
    }

    public string Endpoint { get; }
    public string AdminKey { get; }
    public string AdminSecret { get; }
    public string DataDir { get; }
    public int ProcessId => _server.Id;

    [GeneratedRegex(@"AWS_ACCESS_KEY_ID=(\S+)")]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"AWS_SECRET_ACCESS_KEY=(\S+)")]
    private static partial Regex SecretLine();

    /// <summary>Starts the server (skips the test when the published binary is missing).</summary>
    public static LocalServe Start(string home)
    {
        var ours = Cli.Ours;
        if (ours is null) Assert.Skip(Cli.OursMissing);
        var port = FreePort();
        var dataDir = Path.Combine(home, "data");
        var psi = new ProcessStartInfo(ours!.Path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "local", "serve", "--port", port.ToString(CultureInfo.InvariantCulture), "--data-dir", dataDir })
            psi.ArgumentList.Add(a);
        foreach (var k in psi.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal)).ToList()) psi.Environment.Remove(k);
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
        var secret = SecretLine().Match(text).Groups[1].Value;
        if (key.Length == 0)
        {
            server.Kill(true);
            Assert.Fail("aws local serve did not print its credentials:\n" + text + server.StandardError.ReadToEnd());
        }
        return new LocalServe(server, $"http://127.0.0.1:{port}", key, secret, dataDir);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_server.HasExited)
        {
            using var interrupt = Process.Start("kill", ["-INT", _server.Id.ToString(CultureInfo.InvariantCulture)]);
            interrupt.WaitForExit();
            if (!_server.WaitForExit(10_000)) _server.Kill(true);
        }
        _server.Dispose();
    }
}
