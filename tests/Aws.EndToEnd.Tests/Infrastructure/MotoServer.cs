using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Aws.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A moto_server on a free loopback port for the test collection; reset between tests.
/// Null <see cref="Endpoint"/> (and <see cref="SkipReason"/>) when moto is not installed.
/// </summary>
public sealed class MotoServer : IAsyncLifetime
{
    private Process? _process;
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public string? Endpoint { get; private set; }
    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var exe = FindOnPath("moto_server");
        if (exe is null) { SkipReason = "moto_server is not installed (pip install 'moto[server]')"; return; }
        var port = FreePort();
        var psi = new ProcessStartInfo(exe) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-H", "127.0.0.1", "-p", port.ToString() }) psi.ArgumentList.Add(a);
        _process = Process.Start(psi)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var endpoint = $"http://127.0.0.1:{port}";
        for (var i = 0; i < 200; i++)
        {
            try
            {
                using var r = await Http.GetAsync(endpoint + "/moto-api/");
                Endpoint = endpoint;
                return;
            }
            catch (HttpRequestException) { await Task.Delay(100); }
        }
        SkipReason = "moto_server did not start within 20 s";
    }

    /// <summary>Forgets all state (moto's reset API).</summary>
    public void Reset()
    {
        if (Endpoint is null) return;
        Http.PostAsync(Endpoint + "/moto-api/reset", null).GetAwaiter().GetResult().Dispose();
    }

    public ValueTask DisposeAsync()
    {
        try { _process?.Kill(true); } catch (InvalidOperationException) { }
        _process?.Dispose();
        return ValueTask.CompletedTask;
    }

    public static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => System.IO.Path.Combine(d, name)).FirstOrDefault(File.Exists);
}
