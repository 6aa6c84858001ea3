namespace Aws.Cli.Customizations.Configure;

/// <summary>An error that ends the command with the CLI's exit code and stderr text.</summary>
public sealed class ConfigureError(int exitCode, string stderr) : Exception(stderr)
{
    /// <summary>252: bad arguments (argparse errors, unknown options, bad parameter files).</summary>
    public const int ParamValidation = 252;

    /// <summary>253: the CLI's ConfigurationError (export-credentials without credentials).</summary>
    public const int Configuration = 253;

    /// <summary>255: anything else, including config parse errors and unknown profiles (CLI 2.9.19).</summary>
    public const int General = 255;

    public int ExitCode { get; } = exitCode;

    /// <summary>The exact text for stderr.</summary>
    public string Stderr { get; } = stderr;

    private const string Usage =
        "usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n" +
        "To see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n\n";

    /// <summary>An argparse-style error: the usage block then "aws: error: ...".</summary>
    public static ConfigureError UsageError(string message) =>
        new(ParamValidation, "\n" + Usage + "aws: error: " + message + "\n\n");

    public static ConfigureError UnknownOptions(IEnumerable<string> extras) =>
        new(ParamValidation, "\nUnknown options: " + string.Join(',', extras) + "\n");

    /// <summary>The CLI's generic handler: a blank line, then the message.</summary>
    public static ConfigureError GeneralError(string message) => new(General, "\n" + message + "\n");

    public static ConfigureError ConfigurationError(string message) => new(Configuration, "\n" + message + "\n");
}
