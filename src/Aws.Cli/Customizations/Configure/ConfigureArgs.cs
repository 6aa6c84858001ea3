namespace Aws.Cli.Customizations.Configure;

/// <summary>
/// The subset of the CLI's argparse behaviour the configure subcommands use: positionals filled in order,
/// "--name value" options (and flags), unknown options and surplus words collected and reported together, and
/// argparse's messages for missing, value-less and invalid-choice arguments.
/// </summary>
internal sealed class ConfigureArgs
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public sealed record Option(string Name, bool IsFlag = false, bool Required = false, IReadOnlyList<string>? Choices = null);

    public string? this[string name] => _values.GetValueOrDefault(name);

    public bool Has(string flag) => _flags.Contains(flag);

    /// <exception cref="ConfigureError">A usage error, with the CLI's text.</exception>
    public static ConfigureArgs Parse(IReadOnlyList<string> args, IReadOnlyList<string> positionals, IReadOnlyList<Option> options)
    {
        var result = new ConfigureArgs();
        var extras = new List<string>();
        var next = 0;
        for (var i = 0; i < args.Count; i++)
        {
            var word = args[i];
            if (word.StartsWith("--", StringComparison.Ordinal) && word.Length > 2)
            {
                var eq = word.IndexOf('=');
                var name = eq > 0 ? word[2..eq] : word[2..];
                var option = options.FirstOrDefault(o => o.Name == name);
                if (option is null) { extras.Add(word); continue; }
                if (option.IsFlag) { result._flags.Add(name); continue; }
                string value;
                if (eq > 0) value = word[(eq + 1)..];
                else if (i + 1 < args.Count && !LooksLikeOption(args[i + 1])) value = args[++i];
                else throw ConfigureError.UsageError($"argument --{name}: expected one argument");
                if (option.Choices is { } choices && !choices.Contains(value))
                    throw InvalidChoice("--" + name, value, choices);
                result._values[name] = value;
            }
            else if (next < positionals.Count) result._values[positionals[next++]] = word;
            else extras.Add(word);
        }

        var missing = positionals.Skip(next).ToList();
        missing.AddRange(options.Where(o => o.Required && !result._values.ContainsKey(o.Name)).Select(o => "--" + o.Name));
        if (missing.Count > 0)
            throw ConfigureError.UsageError("the following arguments are required: " + string.Join(", ", missing));
        if (extras.Count > 0) throw ConfigureError.UnknownOptions(extras);
        return result;
    }

    private static bool LooksLikeOption(string word) => word.StartsWith('-') && word.Length > 1 && !double.TryParse(word, out _);

    /// <summary>argparse's invalid-choice error, with "maybe you meant" for close matches (difflib, cutoff 0.8).</summary>
    public static ConfigureError InvalidChoice(string argument, string value, IReadOnlyList<string> choices)
    {
        var rows = new List<string>();
        for (var i = 0; i < choices.Count; i += 2)
            rows.Add(string.Join(" | ", choices.Skip(i).Take(2).Select(c => c.PadRight(40))));
        var message = "Invalid choice, valid choices are:\n\n" + string.Join('\n', rows);
        var close = Aws.Cli.Commands.CloseMatches.Find(value, choices);
        if (close.Count > 0)
            message += "\n\n\nInvalid choice: " + Aws.Core.Config.PyText.Repr(value) + ", maybe you meant:\n\n" + string.Join('\n', close.Select(c => "  * " + c));
        return ConfigureError.UsageError($"argument {argument}: {message}");
    }
}
