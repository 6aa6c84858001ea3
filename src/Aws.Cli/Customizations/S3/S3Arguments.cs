using Aws.Cli.Errors;

namespace Aws.Cli.Customizations.S3;

public enum S3OptionKind { Flag, Value, OptionalValue, Multi, Filter }

/// <summary>The parsed arguments of one s3 subcommand: positionals, options by name, filters in command-line order.</summary>
public sealed class S3Arguments
{
    public List<string> Positionals { get; } = [];
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);
    public List<string> Multi { get; } = [];
    /// <summary>--exclude/--include in the order given: later rules win.</summary>
    public List<(bool Include, string Pattern)> Filters { get; } = [];

    public bool Has(string name) => Values.ContainsKey(name);
    public string? Get(string name) => Values.TryGetValue(name, out var v) ? v : null;

    public long? GetLong(string name)
    {
        if (Get(name) is not { } text) return null;
        if (!long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n))
            throw new UsageException($"argument --{name}: invalid int value: '{text}'");
        return n;
    }

    public int? GetInt(string name)
    {
        if (Get(name) is not { } text) return null;
        if (!int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n))
            throw new UsageException($"argument --{name}: invalid int value: '{text}'");
        return n;
    }

    /// <summary>Parses argparse-style: "--name value", "--name=value", flags, and positionals in between.</summary>
    public static S3Arguments Parse(IReadOnlyList<string> args, IReadOnlyDictionary<string, S3OptionKind> spec,
        int minPositionals, int maxPositionals, string positionalName, IReadOnlyDictionary<string, string>? constants = null)
    {
        var result = new S3Arguments();
        var unknown = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                if (result.Positionals.Count < maxPositionals) result.Positionals.Add(arg); else unknown.Add(arg);
                continue;
            }
            var name = arg[2..];
            string? inline = null;
            var eq = name.IndexOf('=');
            if (eq >= 0) { inline = name[(eq + 1)..]; name = name[..eq]; }
            if (!spec.TryGetValue(name, out var kind)) { unknown.Add(arg); continue; }
            bool NextIsValue() => i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            string TakeValue()
            {
                if (inline is not null) return inline;
                if (!NextIsValue()) throw new UsageException($"argument --{name}: expected one argument");
                return args[++i];
            }
            switch (kind)
            {
                case S3OptionKind.Flag:
                    result.Values[name] = "";
                    break;
                case S3OptionKind.Value:
                    result.Values[name] = TakeValue();
                    break;
                case S3OptionKind.OptionalValue:
                    result.Values[name] = inline ?? (NextIsValue() ? args[++i] : constants?.GetValueOrDefault(name) ?? "");
                    break;
                case S3OptionKind.Multi:
                    if (inline is not null) result.Multi.Add(inline);
                    else
                    {
                        if (!NextIsValue()) throw new UsageException($"argument --{name}: expected at least one argument");
                        while (NextIsValue()) result.Multi.Add(args[++i]);
                    }
                    result.Values[name] = "";
                    break;
                case S3OptionKind.Filter:
                    result.Filters.Add((name == "include", TakeValue()));
                    break;
            }
        }
        if (unknown.Count > 0) throw new CliException(ExitCodes.ParamValidation, "Unknown options: " + string.Join(", ", unknown));
        if (result.Positionals.Count < minPositionals)
            throw new UsageException($"the following arguments are required: {positionalName}");
        return result;
    }
}
