namespace Aws.Cli.Errors;

/// <summary>Options nobody consumed: "Unknown options: --foo, bar" after the usage banner, exit 252.</summary>
public sealed class UnknownArgumentsException(IEnumerable<string> unknown)
    : CliException(ExitCodes.ParamValidation, $"usage: {UsageException.Usage}\nUnknown options: {string.Join(", ", unknown)}\n");
