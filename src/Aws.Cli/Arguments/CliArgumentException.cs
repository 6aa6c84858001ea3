namespace Aws.Cli.Arguments;

/// <summary>How the CLI reports an argument error (which decides the text around the message and the exit code).</summary>
public enum CliErrorKind
{
    /// <summary>argparse errors: usage banner, then "aws: error: message"; exit 252.</summary>
    Usage,
    /// <summary>"Unknown options: ..." after the usage banner; exit 252.</summary>
    UnknownOptions,
    /// <summary>Parameter errors ("Error parsing parameter '--x': ..."), printed alone; exit 252.</summary>
    Parameter,
    /// <summary>Errors the CLI does not classify (e.g. Python's int() message); printed alone; exit 255.</summary>
    General,
}

/// <summary>An argument error, carrying exactly what the real CLI prints and its exit code.</summary>
public sealed class CliArgumentException : Exception
{
    public const string UsageBanner =
        "usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n" +
        "To see help text, you can run:\n\n" +
        "  aws help\n" +
        "  aws <command> help\n" +
        "  aws <command> <subcommand> help\n";

    public CliArgumentException(CliErrorKind kind, string message) : base(message) => Kind = kind;

    public CliErrorKind Kind { get; }

    public int ExitCode => Kind == CliErrorKind.General ? 255 : 252;

    /// <summary>True when the driver prints the usage banner before <see cref="Exception.Message"/>.</summary>
    public bool ShowsUsage => Kind is CliErrorKind.Usage or CliErrorKind.UnknownOptions;

    /// <summary>The whole of stderr, byte for byte as AWS CLI v2 writes it.</summary>
    public string Stderr => Kind switch
    {
        CliErrorKind.Usage or CliErrorKind.UnknownOptions => "\n" + UsageBanner + "\n" + Message + "\n\n",
        _ => "\n" + Message + "\n",
    };

    /// <summary>An argparse error: the message gets argparse's "aws: error: " prefix.</summary>
    public static CliArgumentException Usage(string message) => new(CliErrorKind.Usage, "aws: error: " + message);

    /// <summary>awscli's ParamError.</summary>
    public static CliArgumentException Param(string cliName, string message) =>
        new(CliErrorKind.Parameter, $"Error parsing parameter '{cliName}': {message}");

    public static CliArgumentException Validation(string message) => new(CliErrorKind.Parameter, message);

    public static CliArgumentException General(string message) => new(CliErrorKind.General, message);
}
