using Aws.Cli.Errors;

namespace Aws.Cli.Commands;

/// <summary>The AWS CLI's "Invalid choice" usage error: every choice in two columns, then close matches.</summary>
public static class ChoiceError
{
    public static UsageException Create(string argumentName, string value, IReadOnlyList<string> choices)
    {
        var lines = new List<string> { "Invalid choice, valid choices are:\n" };
        for (var i = 0; i < choices.Count; i += 2)
            lines.Add(string.Join(" | ", choices.Skip(i).Take(2).Select(c => c.PadRight(40))));
        var possible = CloseMatches.Find(value, choices);
        if (possible.Count > 0)
        {
            lines.Add($"\n\nInvalid choice: {PythonRepr(value)}, maybe you meant:\n");
            lines.AddRange(possible.Select(p => "  * " + p));
        }
        return new UsageException($"argument {argumentName}: {string.Join('\n', lines)}");
    }

    /// <summary>Python's repr() of a str, as %r prints it in argparse messages.</summary>
    public static string PythonRepr(string s) => Aws.Core.Runtime.Diagnostics.HttpLogFormat.PyString(s);
}
