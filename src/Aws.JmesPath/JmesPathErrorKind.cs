namespace Aws.JmesPath;

/// <summary>The error categories of the JMESPath specification (and of its compliance suite).</summary>
public enum JmesPathErrorKind
{
    /// <summary>The expression does not parse; raised by <see cref="JmesPathExpression.Compile"/>.</summary>
    Syntax,
    /// <summary>A function got an argument of the wrong type, or values that cannot be ordered were compared.</summary>
    InvalidType,
    /// <summary>A value is of the right type but not allowed (a slice step of zero).</summary>
    InvalidValue,
    /// <summary>A function got the wrong number of arguments.</summary>
    InvalidArity,
    /// <summary>A function name that is not built in.</summary>
    UnknownFunction,
}
