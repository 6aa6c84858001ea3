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
    private readonly bool _ownsHome;

    private LocalServe(Process server, string home, bool ownsHome, string endpoint, string key, string secret, string dataDir)
    {
        _server = server;
        Home = home;
        _ownsHome = ownsHome;
        Endpoint = endpoint;
        AdminKey = key;
        AdminSecret = secret;
        DataDir = dataDir;
    }

    /// <summary>The HOME the server (and <see cref="Real"/>) runs with.</summary>
    public string Home { get; }
    public string Endpoint { get; }
    public string AdminKey { get; }
    public string AdminSecret { get; }
    public string DataDir { get; }
    public int ProcessId => _server.Id;

    [GeneratedRegex(@"AWS_ACCESS_KEY_ID=(\S+)")]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"AWS_SECRET_ACCESS_KEY=(\S+)")]
    private static partial Regex SecretLine();

    /// <summary>Starts the server in a temporary HOME deleted on dispose (skips the test when the binary is missing).</summary>
    public static LocalServe Start() => Start(Directory.CreateTempSubdirectory("aws-sharp-serve-").FullName, ownsHome: true);

    /// <summary>Starts the server with data under <paramref name="home"/>, which the caller keeps.</summary>
    public static LocalServe Start(string home) => Start(home, ownsHome: false);

    private static LocalServe Start(string home, bool ownsHome)
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
            if (ownsHome) Directory.Delete(home, recursive: true);
            Assert.Fail("aws local serve did not print its credentials:\n" + text + server.StandardError.ReadToEnd());
        }
        return new LocalServe(server, home, ownsHome, $"http://127.0.0.1:{port}", key, secret, dataDir);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs the real AWS CLI v2 against the server with these keys (none: an unsigned caller).</summary>
    public CliResult Real(string? key, string? secret, params string[] args)
    {
        if (Cli.Real is null) Assert.Skip(Cli.RealMissing);
        var env = new Dictionary<string, string?> { ["HOME"] = Home, ["AWS_DEFAULT_REGION"] = "us-east-1" };
        if (key is not null) env["AWS_ACCESS_KEY_ID"] = key;
        if (secret is not null) env["AWS_SECRET_ACCESS_KEY"] = secret;
        return Cli.Real!.Run([.. args, "--endpoint-url", Endpoint], env);
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
        if (_ownsHome) Directory.Delete(Home, recursive: true);
    }
}
