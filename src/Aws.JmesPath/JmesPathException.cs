namespace Aws.JmesPath;

/// <summary>
/// A JMESPath compile or evaluation error. <see cref="Exception.Message"/> is the text jmespath.py gives for the
/// same error (what the AWS CLI prints), so <see cref="JmesPathCli.CliMessage"/> can reproduce the CLI's output.
/// </summary>
public sealed class JmesPathException : Exception
{
    public JmesPathException(JmesPathErrorKind kind, string message, int? position = null)
        : base(message)
    {
        Kind = kind;
        Position = position;
    }

    public JmesPathErrorKind Kind { get; }

    /// <summary>For syntax errors: the UTF-16 offset in the expression where the error was found.</summary>
    public int? Position { get; }

    /// <summary>The compliance-suite spelling of <see cref="Kind"/> ("syntax", "invalid-type", ...).</summary>
    public string KindName => Kind switch
    {
        JmesPathErrorKind.Syntax => "syntax",
        JmesPathErrorKind.InvalidType => "invalid-type",
        JmesPathErrorKind.InvalidValue => "invalid-value",
        JmesPathErrorKind.InvalidArity => "invalid-arity",
        _ => "unknown-function",
    };
}
