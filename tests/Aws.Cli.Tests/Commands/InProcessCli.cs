using Aws.Cli.Driver;

namespace Aws.Cli.Tests.Commands;

/// <summary>Runs the CLI driver in-process with its own streams, environment and clock.</summary>
internal static class InProcessCli
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static async Task<Result> RunAsync(TimeProvider clock, Dictionary<string, string>? env, params string[] args)
    {
        var home = Directory.CreateTempSubdirectory("aws-sharp-cmd-").FullName;
        try
        {
            var variables = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["AWS_ACCESS_KEY_ID"] = "AKIDEXAMPLE",
                ["AWS_SECRET_ACCESS_KEY"] = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                ["AWS_SESSION_TOKEN"] = "session-token-value",
                ["AWS_DEFAULT_REGION"] = "us-east-1",
                ["HOME"] = home,
            };
            foreach (var (k, v) in env ?? []) variables[k] = v;
            var stdout = new StringWriter { NewLine = "\n" };
            var stderr = new StringWriter { NewLine = "\n" };
            var context = new CliContext
            {
                Out = stdout,
                Error = stderr,
                In = new StringReader(""),
                GetEnv = name => variables.GetValueOrDefault(name),
                Home = home,
                CurrentDirectory = home,
                Clock = clock,
            };
            var code = await new CliDriver(context).RunAsync(args, TestContext.Current.CancellationToken);
            return new Result(code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Directory.Delete(home, true);
        }
    }
}
