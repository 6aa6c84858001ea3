using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Aws.EndToEnd.Tests.Infrastructure;

namespace Aws.EndToEnd.Tests.S3;

/// <summary>
/// Runs the same `aws s3` script with the real CLI and with ours, each from the same starting state (fresh moto,
/// same local files), and compares what they print, their exit codes and the resulting buckets and folders.
/// </summary>
public abstract partial class S3ParityTestBase(MotoServer moto) : MotoTestBase(moto)
{
    public sealed record Outcome(List<string> Results, string Buckets, string Files);

    /// <summary>One step of a script: the arguments and whether its output lines may come in any order.</summary>
    protected sealed record Step(string[] Args, bool Unordered = false, string? Stdin = null);

    protected static Step Run(params string[] args) => new(args);
    protected static Step Concurrent(params string[] args) => new(args, Unordered: true);

    protected void AssertParity(Action<string> setup, params Step[] steps)
    {
        var real = Play(RequireReal(), setup, steps);
        var ours = Play(RequireOurs(), setup, steps);
        for (var i = 0; i < steps.Length; i++)
            Assert.True(real.Results[i] == ours.Results[i],
                $"step {i} (aws {string.Join(' ', steps[i].Args)}) differs\n--- real ---\n{real.Results[i]}\n--- ours ---\n{ours.Results[i]}");
        Assert.Equal(real.Buckets, ours.Buckets);
        Assert.Equal(real.Files, ours.Files);
    }

    private Outcome Play(Cli cli, Action<string> setup, Step[] steps)
    {
        Moto.Reset();
        var work = Path.Combine(Home, "work");
        if (Directory.Exists(work)) Directory.Delete(work, true);
        Directory.CreateDirectory(work);
        setup(work);
        var results = new List<string>();
        foreach (var step in steps)
        {
            var result = cli.Run([.. step.Args, "--endpoint-url", Moto.Endpoint!], Env, step.Stdin, workingDirectory: work, timeoutMs: 120_000);
            results.Add($"exit {result.ExitCode}\n--- stdout ---\n{Normalize(result.Stdout, step.Unordered)}\n--- stderr ---\n{Normalize(result.Stderr, step.Unordered)}");
        }
        return new Outcome(results, SnapshotBuckets(), SnapshotFiles(work));
    }

    /// <summary>Progress lines ("Completed ...\r", shown by the real CLI even when piped) removed; dates masked.</summary>
    protected static string Normalize(string text, bool unordered)
    {
        text = ProgressLine().Replace(text, "");
        text = DateStamp().Replace(text, "<date>");
        text = PresignVolatile().Replace(text, "$1=<masked>");
        var lines = text.Split('\n').Select(l => l.TrimEnd()).ToList();
        if (unordered) lines = [.. lines.Where(l => l.Length > 0).Order(StringComparer.Ordinal)];
        return string.Join('\n', lines);
    }

    private string SnapshotBuckets()
    {
        var real = RequireReal();
        var buckets = real.Run(["s3api", "list-buckets", "--query", "Buckets[].Name", "--output", "text", "--endpoint-url", Moto.Endpoint!], Env);
        var lines = new List<string>();
        foreach (var bucket in buckets.Stdout.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal))
        {
            var objects = real.Run(["s3api", "list-objects-v2", "--bucket", bucket, "--query", "Contents[].[Key,Size]", "--output", "text",
                "--endpoint-url", Moto.Endpoint!], Env);
            lines.Add($"{bucket}:\n{objects.Stdout.Trim()}");
        }
        return string.Join('\n', lines);
    }

    private static string SnapshotFiles(string root) => string.Join('\n',
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(root, f)} {Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f)))}"));

    protected static void WriteFile(string root, string relative, string content)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        // Files older than the uploads, as they would be in practice: with a fresh mtime, an object stored in the
        // same second (S3 keeps whole seconds) looks older than the file, and a sync right after would re-upload.
        File.SetLastWriteTimeUtc(path, FileTime);
    }

    private static readonly DateTime FileTime = DateTime.UtcNow.AddHours(-1).AddTicks(-(DateTime.UtcNow.Ticks % TimeSpan.TicksPerSecond));

    protected static void WriteBytes(string root, string relative, int size, int seed)
    {
        var data = new byte[size];
        new Random(seed).NextBytes(data);
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, data);
        File.SetLastWriteTimeUtc(path, FileTime);
    }

    [GeneratedRegex("Completed [^\r\n]*\r")]
    private static partial Regex ProgressLine();

    [GeneratedRegex(@"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d")]
    private static partial Regex DateStamp();

    [GeneratedRegex("(X-Amz-Date|X-Amz-Signature)=[0-9A-Za-z]+")]
    private static partial Regex PresignVolatile();
}
