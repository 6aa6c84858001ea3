namespace Aws.JmesPath.Lexing;

/// <summary>
/// A token. <see cref="Text"/> is the identifier name, the operator text or the number's digits;
/// <see cref="Value"/> is a literal's runtime value or a number's value.
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Start, string Text, object? Value = null)
{
    public long Number => Value is long l ? l : 0;
}
