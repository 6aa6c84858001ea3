namespace Aws.Cli.Errors;

/// <summary>An argparse-style usage error: printed after the usage banner, exit 252.</summary>
public sealed class UsageException(string message) : CliException(ExitCodes.ParamValidation, Format(message))
{
    public const string Usage =
        "aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n" +
        "To see help text, you can run:\n" +
        "\n" +
        "  aws help\n" +
        "  aws <command> help\n" +
        "  aws <command> <subcommand> help\n";

    /// <summary>The text after the banner, e.g. "the following arguments are required: --user-name".</summary>
    public string Detail { get; } = message;

    private static string Format(string message) => $"usage: {Usage}\naws: error: {message}\n";
}
