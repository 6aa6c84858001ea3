using Aws.EndToEnd.Tests.Infrastructure;

namespace Aws.EndToEnd.Tests.Errors;

/// <summary>
/// Errors and exit codes: our published binary and the real AWS CLI v2 run the same failing command with the same
/// clean HOME and must print the same bytes and exit the same way.
/// </summary>
[Collection("moto")]
public sealed class ErrorParityTests(MotoServer moto) : MotoTestBase(moto)
{
    private const string ChoiceMarker = "Invalid choice: '";

    // One unused port per test, so both CLIs name the same URL.
    private readonly string _closed = $"http://127.0.0.1:{MotoServer.FreePort()}";

    public static TheoryData<string> Cases() => new(ErrorCases.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Error_matches_the_real_cli(string name)
    {
        var c = ErrorCases.All.Single(x => x.Name == name);
        var ours = RequireOurs();
        var real = RequireReal();
        var (realResult, oursResult) = (Run(real, c), Run(ours, c));

        Assert.Equal(c.ExpectedExit, realResult.ExitCode);
        switch (c.Compare)
        {
            case Compare.Exact:
                AssertSame(realResult, oursResult);
                break;
            case Compare.ChoiceTail:
                Assert.Equal(realResult.ExitCode, oursResult.ExitCode);
                Assert.Equal(realResult.Stdout, oursResult.Stdout);
                Assert.Equal(Banner(realResult.Stderr), Banner(oursResult.Stderr));
                Assert.Equal(ChoiceTail(realResult.Stderr), ChoiceTail(oursResult.Stderr));
                break;
        }
    }

    [Fact]
    public void Validation_failure_sends_nothing()
    {
        // A queue named by an invalid request must not exist afterwards.
        var c = new ErrorCase("x", ["sqs", "create-queue", "--cli-input-json", """{"QueueName":"should-not-exist","Foo":1}""",
            "--endpoint-url", "{moto}"], 252);
        Assert.Equal(252, Run(RequireOurs(), c).ExitCode);
        var list = Run(RequireOurs(), new ErrorCase("list", ["sqs", "list-queues", "--endpoint-url", "{moto}"], 0));
        Assert.DoesNotContain("should-not-exist", list.Stdout);
    }

    private CliResult Run(Cli cli, ErrorCase c)
    {
        var env = Env;
        foreach (var (k, v) in c.Env ?? []) env[k] = v;
        var configDir = Path.Combine(Home, ".aws");
        if (c.Config is not null)
        {
            Directory.CreateDirectory(configDir);
            File.WriteAllText(Path.Combine(configDir, "config"), c.Config);
        }
        var args = c.Args.Select(a => a.Replace("{moto}", Moto.Endpoint!).Replace("{closed}", _closed));
        try
        {
            return cli.Run(args, env, workingDirectory: Home, timeoutMs: 120_000);
        }
        finally
        {
            if (c.Config is not null) Directory.Delete(configDir, true);
        }
    }

    // The usage banner and the "argument command: Invalid choice, valid choices are:" line.
    private static string Banner(string stderr) => string.Join("\n", stderr.Split('\n').Take(10));

    private static string ChoiceTail(string stderr)
    {
        var at = stderr.IndexOf(ChoiceMarker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"no \"{ChoiceMarker}\" in:\n{stderr}");
        return stderr[at..];
    }
}
