using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Aws.EndToEnd.Tests.Infrastructure;

namespace Aws.EndToEnd.Tests.Local;

/// <summary>`aws local serve` on a free port in a temporary HOME: its endpoint and the admin keys it prints; Ctrl-C on dispose.</summary>
public sealed partial class LocalServe : IDisposable
{
    private readonly Process _server;

    public string Home { get; } = Directory.CreateTempSubdirectory("aws-sharp-serve-").FullName;
    public string Endpoint { get; }
    public string Key { get; }
    public string Secret { get; }

    [GeneratedRegex(@"AWS_ACCESS_KEY_ID=(\S+)")]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"AWS_SECRET_ACCESS_KEY=(\S+)")]
    private static partial Regex SecretLine();

    private LocalServe(Cli ours)
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        var psi = new ProcessStartInfo(ours.Path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "local", "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--data-dir", Path.Combine(Home, "data") })
            psi.ArgumentList.Add(a);
        psi.Environment["HOME"] = Home;
        _server = Process.Start(psi)!;
        var lines = new List<string>();
        while (_server.StandardOutput.ReadLine() is { } line)
        {
            lines.Add(line);
            if (line.StartsWith("Press Ctrl-C", StringComparison.Ordinal)) break;
        }
        var text = string.Join('\n', lines);
        Key = KeyLine().Match(text).Groups[1].Value;
        Secret = SecretLine().Match(text).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(Key), text);
        Endpoint = $"http://127.0.0.1:{port}";
    }

    /// <summary>Starts the server, or skips the test when our published binary is missing.</summary>
    public static LocalServe Start()
    {
        var ours = Cli.Ours;
        if (ours is null) Assert.Skip(Cli.OursMissing);
        return new LocalServe(ours!);
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
            using var kill = Process.Start("kill", ["-INT", _server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
            if (!_server.WaitForExit(10_000)) _server.Kill(true);
        }
        _server.Dispose();
        Directory.Delete(Home, recursive: true);
    }
}
