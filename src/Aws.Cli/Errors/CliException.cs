namespace Aws.Cli.Errors;

/// <summary>
/// An error the CLI reports and exits on. The driver prints it as the AWS CLI does:
/// a blank line, the message, a newline, on stderr.
/// </summary>
public class CliException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
