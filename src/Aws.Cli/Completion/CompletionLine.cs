namespace Aws.Cli.Completion;

/// <summary>
/// A partly typed command line, parsed as far as it is understood (the real CLI's autocomplete parser):
/// the command lineage, options given so far, the option whose value is being typed, and the word at the cursor.
/// </summary>
public sealed class CompletionLine
{
    private const string WordBoundary = "";

    public string? CurrentCommand { get; private set; }
    /// <summary>The option whose value is being typed (null when none).</summary>
    public string? CurrentParam { get; private set; }
    /// <summary>The word being completed; "" after a space; null when there is nothing to complete.</summary>
    public string? CurrentFragment { get; private set; }
    public List<string> Lineage { get; } = [];
    public Dictionary<string, object?> ParsedParams { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, object?> GlobalParams { get; } = new(StringComparer.Ordinal);
    public List<string> UnparsedItems { get; } = [];

    private CompletionLine() { }

    public static CompletionLine Parse(CompletionIndex index, string commandLine, int? cursor = null)
    {
        var line = new CompletionLine();
        if (cursor is { } c) commandLine = commandLine[..Math.Clamp(c, 0, commandLine.Length)];
        var parts = commandLine.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (commandLine.Length > 0 && char.IsWhiteSpace(commandLine[^1])) parts.Add(WordBoundary);
        if (parts.Count > 0)
        {
            parts.RemoveAt(0);
            line.SetCommand("aws");
        }
        var globalNames = CompletionIndex.GlobalArguments.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<string>? currentArgs = [];
        while (parts.Count > 0)
        {
            var current = parts[0];
            parts.RemoveAt(0);
            if (current.StartsWith("--", StringComparison.Ordinal)) line.HandleOption(index, current, parts, currentArgs, globalNames);
            else currentArgs = line.HandlePositional(index, current, parts);
        }
        return line;
    }

    private void SetCommand(string command)
    {
        if (CurrentCommand is not null) Lineage.Add(CurrentCommand);
        CurrentCommand = command;
    }

    private List<string> FullLineage => CurrentCommand is null ? [.. Lineage] : [.. Lineage, CurrentCommand];

    private void HandleOption(CompletionIndex index, string current, List<string> parts, IReadOnlyList<string>? currentArgs, HashSet<string> globals)
    {
        if (currentArgs is null)
        {
            UnparsedItems.Add(current);
            return;
        }
        var name = current[2..];
        if (globals.Contains(name))
        {
            CurrentParam = name;
            GlobalParams[name] = ConsumeValue(CompletionIndex.GlobalArguments.First(a => a.Name == name), parts);
        }
        else if (currentArgs.Contains(name))
        {
            CurrentParam = name;
            ParsedParams[name] = ConsumeValue(index.Argument(Lineage, CurrentCommand!, name), parts);
        }
        else if (parts.Count == 0 && current.Length > 0) CurrentFragment = current;
        else UnparsedItems.Add(current);
    }

    private object? ConsumeValue(ArgumentInfo? arg, List<string> parts)
    {
        if (arg?.TypeName == "boolean")
        {
            CurrentParam = null;
            return true;
        }
        if (parts.Count == 1 && parts[0] == WordBoundary) return "";
        if (parts.Count <= 1) return null;
        switch (arg?.Nargs)
        {
            case null:
                var value = parts[0];
                parts.RemoveAt(0);
                CurrentParam = null;
                return value;
            case "?":
                if (!parts[0].StartsWith("--", StringComparison.Ordinal))
                {
                    var optional = parts[0];
                    parts.RemoveAt(0);
                    CurrentParam = null;
                    return optional;
                }
                return null;
            default:
                var values = new List<string>();
                while (parts.Count > 0 && !(parts.Count == 1 && parts[0] == WordBoundary))
                {
                    if (parts[0].StartsWith("--", StringComparison.Ordinal))
                    {
                        CurrentParam = null;
                        break;
                    }
                    if (parts.Count == 1) break;
                    values.Add(parts[0]);
                    parts.RemoveAt(0);
                }
                return values;
        }
    }

    private IReadOnlyList<string>? HandlePositional(CompletionIndex index, string current, List<string> parts)
    {
        var commandNames = index.CommandNames(FullLineage);
        var isPrefixOfOther = commandNames.Any(c => c.StartsWith(current, StringComparison.Ordinal) && c != current);
        if (commandNames.Contains(current) && (parts.Count > 0 || !isPrefixOfOther))
        {
            SetCommand(current);
            return ArgNames(index);
        }
        string? positional = null;
        if (commandNames.Count == 0)
            positional = index.Arguments(Lineage, CurrentCommand!).FirstOrDefault(a => a.Positional)?.Name;
        if (positional is not null && !ParsedParams.ContainsKey(positional))
        {
            if (parts.Count == 0)
            {
                CurrentFragment = current;
                CurrentParam = positional;
            }
            else if (current.Length > 0)
            {
                ParsedParams[positional] = current;
                CurrentParam = null;
            }
            return ArgNames(index);
        }
        if (parts.Count == 0) CurrentFragment = current;
        else if (current.Length > 0)
        {
            if (index.Argument(Lineage, CurrentCommand!, "outfile") is not null && !ParsedParams.ContainsKey("outfile"))
            {
                ParsedParams["outfile"] = current;
                CurrentParam = null;
                return ArgNames(index);
            }
            UnparsedItems.Add(current);
        }
        return null;
    }

    private IReadOnlyList<string> ArgNames(CompletionIndex index) =>
        index.Arguments(Lineage, CurrentCommand!).Where(a => !a.Positional).Select(a => a.Name).ToArray();
}
