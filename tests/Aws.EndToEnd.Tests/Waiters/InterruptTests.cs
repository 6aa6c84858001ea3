using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Aws.EndToEnd.Tests.Infrastructure;

namespace Aws.EndToEnd.Tests.Waiters;

/// <summary>
/// Ctrl-C during a call that never gets an answer: the real CLI prints a newline on stdout, nothing on stderr,
/// and exits 130. Checked on the published binary (and on /usr/bin/aws, to keep the expectation honest).
/// </summary>
public sealed class InterruptTests
{
    private static (int ExitCode, string Stdout, string Stderr) InterruptDuringCall(string binary, params string[] command)
    {
        // A server that accepts connections and never answers.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var accepted = listener.AcceptTcpClientAsync();
        try
        {
            var home = Directory.CreateTempSubdirectory("aws-sharp-int-").FullName;
            var psi = new ProcessStartInfo(binary) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
            foreach (var a in command) psi.ArgumentList.Add(a);
            psi.ArgumentList.Add("--endpoint-url");
            psi.ArgumentList.Add($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");
            foreach (var key in psi.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal)).ToList()) psi.Environment.Remove(key);
            psi.Environment["HOME"] = home;
            psi.Environment["AWS_ACCESS_KEY_ID"] = "testing";
            psi.Environment["AWS_SECRET_ACCESS_KEY"] = "testing";
            psi.Environment["AWS_DEFAULT_REGION"] = "us-east-1";
            psi.Environment["AWS_PAGER"] = "";
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            Assert.True(accepted.Wait(TimeSpan.FromSeconds(30)), "the CLI never connected");
            Thread.Sleep(300); // let it settle into waiting for the response
            using (var kill = Process.Start("kill", ["-INT", p.Id.ToString()])) kill.WaitForExit();
            if (!p.WaitForExit(20_000))
            {
                p.Kill(true);
                Assert.Fail("the CLI did not exit on SIGINT");
            }
            try { Directory.Delete(home, true); } catch (IOException) { }
            return (p.ExitCode, stdout.Result, stderr.Result);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public void Ctrl_c_during_a_call_exits_130_with_a_newline_on_stdout()
    {
        var ours = Cli.Ours;
        if (ours is null) { Assert.Skip(Cli.OursMissing); return; }

        var result = InterruptDuringCall(ours.Path, "sts", "get-caller-identity");

        Assert.Equal(130, result.ExitCode);
        Assert.Equal("\n", result.Stdout);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void Ctrl_c_during_a_waiter_exits_130_like_the_real_cli()
    {
        var ours = Cli.Ours;
        if (ours is null) { Assert.Skip(Cli.OursMissing); return; }
        string[] command = ["ec2", "wait", "instance-running", "--instance-ids", "i-1"];

        var result = InterruptDuringCall(ours.Path, command);

        Assert.Equal((130, "\n", ""), result);
        if (Cli.Real is { } real) Assert.Equal(InterruptDuringCall(real.Path, command), result);
    }
}
