namespace Aws.Cli.Arguments;

/// <summary>A shorthand syntax error; the message is the CLI's, with the column pointer.</summary>
public sealed class ShorthandException(string message) : Exception(message)
{
    internal static string Location(string value, int index)
    {
        string consumed = value, remaining = "";
        var spaces = index;
        var head = value[..Math.Min(index, value.Length)];
        var lastNl = head.LastIndexOf('\n');
        if (lastNl >= 0) spaces = index - lastNl - 1;
        var nextNl = index < value.Length ? value.IndexOf('\n', index) : -1;
        if (nextNl >= 0)
        {
            consumed = value[..nextNl];
            remaining = value[nextNl..];
        }
        return consumed + "\n" + new string(' ', spaces) + "^" + remaining;
    }

    internal static ShorthandException Syntax(string value, string expected, string actual, int index) =>
        new($"Expected: '{expected}', received: '{actual}' for input:\n{Location(value, index)}");

    internal static ShorthandException DuplicateKey(string key, string value, int index) =>
        new($"Second instance of key \"{key}\" encountered for input:\n{Location(value, index)}\n" +
            "This is often because there is a preceding \",\" instead of a space.");
}
