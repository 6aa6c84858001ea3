using System.Diagnostics;

namespace Aws.EndToEnd.Tests.Infrastructure;

/// <summary>Runs a CLI binary (ours, published with Native AOT, or the real AWS CLI v2) as a child process.</summary>
public sealed class Cli(string path)
{
    public string Path { get; } = path;

    /// <summary>The published aws-sharp binary (bash .ci/run publishes it first), or null.</summary>
    public static Cli? Ours
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("AWS_SHARP_BIN");
            var path = !string.IsNullOrEmpty(env) ? env : System.IO.Path.Combine(Aws.Testing.TestPaths.RepoRoot, "artifacts", "aws", "aws");
            return File.Exists(path) ? new Cli(path) : null;
        }
    }

    public const string OursMissing = "the published binary artifacts/aws/aws is missing: run `bash .ci/run` (or dotnet publish src/Aws.Cli -c Release -o artifacts/aws)";

    /// <summary>The real AWS CLI v2 at /usr/bin/aws, or null.</summary>
    public static Cli? Real => File.Exists("/usr/bin/aws") ? new Cli("/usr/bin/aws") : null;

    public const string RealMissing = "/usr/bin/aws (AWS CLI v2) is not installed: apt-get install -y awscli";

    public CliResult Run(IEnumerable<string> args, IReadOnlyDictionary<string, string?>? env = null, string? stdin = null,
        string? workingDirectory = null, int timeoutMs = 60_000)
    {
        var psi = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        // A clean, predictable environment: no user config, no pager, no real AWS.
        foreach (var key in psi.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal)).ToList())
            psi.Environment.Remove(key);
        psi.Environment["AWS_PAGER"] = "";
        if (env is not null)
            foreach (var (k, v) in env)
                if (v is null) psi.Environment.Remove(k); else psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stdoutTask = p.StandardOutput.ReadToEndAsync();
        var stderrTask = p.StandardError.ReadToEndAsync();
        if (stdin is not null) p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        if (!p.WaitForExit(timeoutMs))
        {
            p.Kill(true);
            throw new TimeoutException($"{Path} {string.Join(' ', psi.ArgumentList)} did not finish in {timeoutMs} ms");
        }
        return new CliResult(p.ExitCode, stdoutTask.Result, stderrTask.Result);
    }
}
