namespace Aws.JmesPath;

/// <summary>How the AWS CLI (v2, jmespath.py 1.0.1) reports a bad or failing <c>--query</c>.</summary>
public static class JmesPathCli
{
    /// <summary>Exit code for an expression that does not compile (the CLI's ParamValidationError).</summary>
    public const int SyntaxErrorExitCode = 252;

    /// <summary>Exit code for an expression that fails while being evaluated (any other error).</summary>
    public const int RuntimeErrorExitCode = 255;

    /// <summary>
    /// The message the CLI prints for <paramref name="e"/>. The CLI writes it to stderr framed as
    /// "\n" + message + "\n"; the message itself may span lines (parse errors end with a caret line).
    /// </summary>
    public static string CliMessage(JmesPathException e, string expression) =>
        e.Kind == JmesPathErrorKind.Syntax ? $"Bad value for --query {expression}: {e.Message}" : e.Message;

    /// <summary>The CLI's exit code for <paramref name="e"/>: 252 for syntax errors, 255 otherwise.</summary>
    public static int ExitCode(JmesPathException e) =>
        e.Kind == JmesPathErrorKind.Syntax ? SyntaxErrorExitCode : RuntimeErrorExitCode;
}
