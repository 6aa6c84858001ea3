using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Aws.EndToEnd.Tests.Infrastructure;

namespace Aws.EndToEnd.Tests.Local;

/// <summary>
/// The local cloud's state on disk (SQLite, WAL, synchronous=FULL): every write a client saw acknowledged is still
/// there after `aws local serve` is killed with SIGKILL in the middle of a stream of writes, while the in-process CLI
/// writes to the same folder at the same time.
/// </summary>
public sealed partial class LocalCloudDurabilityTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("aws-sharp-durable-").FullName;
    private Process? _server;

    [GeneratedRegex(@"AWS_ACCESS_KEY_ID=(\S+) AWS_SECRET_ACCESS_KEY=(\S+)")]
    private static partial Regex AdminKeyLine();

    public void Dispose()
    {
        if (_server is { HasExited: false }) _server.Kill(true);
        _server?.Dispose();
        Directory.Delete(_home, recursive: true);
    }

    private Dictionary<string, string?> Env => new() { ["HOME"] = _home, ["AWS_PAGER"] = "" };

    private static Cli Ours => Cli.Ours ?? throw new InvalidOperationException(Cli.OursMissing);

    private string DataDir => Path.Combine(_home, ".aws", "local");

    [Fact]
    public void Acknowledged_writes_survive_kill_9_of_the_server()
    {
        if (Cli.Ours is null) Assert.Skip(Cli.OursMissing);
        var init = Ours.Run(["local", "init"], Env, workingDirectory: _home);
        Assert.True(init.ExitCode == 0, init.ToString());
        var port = FreePort();
        var (key, secret) = StartServer(port);

        var viaServer = new Dictionary<string, string?>(Env)
        {
            ["AWS_ACCESS_KEY_ID"] = key, ["AWS_SECRET_ACCESS_KEY"] = secret, ["AWS_DEFAULT_REGION"] = "us-east-1",
        };
        var inProcess = new Dictionary<string, string?>(viaServer) { ["AWS_LOCAL_CLOUD"] = DataDir };
        var acknowledged = new ConcurrentBag<string>();
        using var killed = new ManualResetEventSlim();
        var endpoint = $"http://127.0.0.1:{port}";

        // Three clients write through the server, one writes in-process to the same folder at the same time. Server
        // clients stop at their first failure after the kill; the in-process one writes five more (the crash must not hurt it).
        var failures = new ConcurrentBag<string>();
        var workers = Enumerable.Range(0, 4).Select(w => new Thread(() =>
        {
            var serverSide = w < 3;
            var afterKill = 0;
            for (var i = 0; i < 300; i++)
            {
                var name = $"w{w}-u{i}";
                var result = serverSide
                    ? Ours.Run(["iam", "create-user", "--user-name", name, "--endpoint-url", endpoint, "--cli-read-timeout", "5", "--cli-connect-timeout", "2"], viaServer)
                    : Ours.Run(["iam", "create-user", "--user-name", name], inProcess);
                if (result.ExitCode == 0) acknowledged.Add(name);
                else if (serverSide && killed.IsSet) return;
                else failures.Add(name + ": " + result);
                if (killed.IsSet && ++afterKill >= 5) return;
            }
        })).ToList();
        workers.ForEach(t => t.Start());
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (acknowledged.Count(n => !n.StartsWith("w3-", StringComparison.Ordinal)) < 30 && DateTime.UtcNow < deadline) Thread.Sleep(20);
        killed.Set();
        _server!.Kill(); // SIGKILL: no shutdown, no checkpoint, no close
        _server.WaitForExit();
        workers.ForEach(t => t.Join());
        Assert.Empty(failures);
        Assert.True(acknowledged.Count(n => !n.StartsWith("w3-", StringComparison.Ordinal)) >= 30, "too few writes through the server");

        var listed = Ours.Run(["--profile", "local", "iam", "list-users", "--max-items", "10000", "--query", "Users[].UserName"], Env, workingDirectory: _home);
        Assert.True(listed.ExitCode == 0, listed.ToString());
        var users = JsonNode.Parse(listed.Stdout)!.AsArray().Select(n => n!.GetValue<string>()).ToHashSet();
        var lost = acknowledged.Where(n => !users.Contains(n)).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{acknowledged.Count} acknowledged ({acknowledged.Count(n => n.StartsWith("w3-", StringComparison.Ordinal))} in-process), {users.Count} users stored");
        Assert.True(lost.Count == 0, $"lost acknowledged writes: {string.Join(", ", lost)}");

        // The store is healthy after the crash: a restarted server serves and writes.
        var (key2, secret2) = StartServer(port = FreePort());
        var after = new Dictionary<string, string?>(viaServer) { ["AWS_ACCESS_KEY_ID"] = key2, ["AWS_SECRET_ACCESS_KEY"] = secret2 };
        var created = Ours.Run(["iam", "create-user", "--user-name", "after-crash", "--endpoint-url", $"http://127.0.0.1:{port}"], after);
        Assert.True(created.ExitCode == 0, created.ToString());
    }

    private (string Key, string Secret) StartServer(int port)
    {
        if (_server is { HasExited: false }) _server.Kill(true);
        _server?.Dispose();
        var psi = new ProcessStartInfo(Ours.Path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "local", "serve", "--port", port.ToString(CultureInfo.InvariantCulture), "--data-dir", DataDir })
            psi.ArgumentList.Add(a);
        foreach (var k in psi.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal)).ToList()) psi.Environment.Remove(k);
        psi.Environment["HOME"] = _home;
        _server = Process.Start(psi)!;
        var lines = new List<string>();
        while (_server.StandardOutput.ReadLine() is { } line)
        {
            lines.Add(line);
            if (line.StartsWith("Press Ctrl-C", StringComparison.Ordinal)) break;
        }
        var match = AdminKeyLine().Match(string.Join('\n', lines));
        if (!match.Success)
        {
            _server.Kill(true);
            Assert.Fail(string.Join('\n', lines) + _server.StandardError.ReadToEnd());
        }
        return (match.Groups[1].Value, match.Groups[2].Value);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
