using System.Text.RegularExpressions;

namespace Aws.Cli.Arguments;

/// <summary>
/// Python 3.11 argparse's parse_known_args, reduced to what an operation's options use, so the same command
/// lines are accepted, abbreviated (<c>--user-n</c>), rejected and reported with the same words.
/// </summary>
internal sealed partial class ArgParser
{
    internal enum NArgs { One, Optional, ZeroOrMore, Zero }
    internal enum ValueType { Str, Int, Float }

    /// <summary>The default of ec2 {"Value": bool} options, told apart from "given without a value".</summary>
    internal static readonly object NotSpecified = new();

    internal sealed class Action
    {
        public required string Dest { get; init; }
        public string? Option { get; init; }          // "--name"; null for positionals
        public required string DisplayName { get; init; }
        public NArgs NArgs { get; init; }
        public ValueType Type { get; init; }
        public object? Const { get; init; }             // value for a flag / an optional value given alone
        public object? Default { get; init; }
        public bool Required { get; init; }
        public IReadOnlyList<string> Choices { get; init; } = [];
    }

    internal sealed class Result
    {
        public Dictionary<string, object?> Values { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);
        public List<string> Extras { get; } = [];
    }

    private readonly List<Action> _actions = [];
    private readonly Dictionary<string, Action> _options = new(StringComparer.Ordinal);

    public void Add(Action action)
    {
        if (action.Option is { } o)
        {
            // conflict_handler='resolve': a later option of the same name replaces the earlier one.
            if (_options.TryGetValue(o, out var old)) _actions.Remove(old);
            _options[o] = action;
        }
        _actions.Add(action);
    }

    [GeneratedRegex(@"^-\d+$|^-\d*\.\d+$")]
    private static partial Regex NegativeNumber();

    public Result Parse(IReadOnlyList<string> args)
    {
        var result = new Result();
        foreach (var a in _actions) result.Values.TryAdd(a.Dest, a.Default);

        // Classify each word: 'O' option, 'A' argument, '-' for "--" (everything after it is an argument).
        var pattern = new char[args.Count];
        var optionAt = new Dictionary<int, (Action? Action, string Option, string? Explicit)>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--")
            {
                pattern[i] = '-';
                for (i++; i < args.Count; i++) pattern[i] = 'A';
                break;
            }
            var parsed = ParseOptional(args[i]);
            if (parsed is null) pattern[i] = 'A';
            else { pattern[i] = 'O'; optionAt[i] = parsed.Value; }
        }
        var patternText = new string(pattern);
        var positionals = _actions.Where(a => a.Option is null).ToList();

        int ConsumeOptional(int start)
        {
            var (action, option, explicitArg) = optionAt[start];
            if (action is null) { result.Extras.Add(args[start]); return start + 1; }
            if (explicitArg is not null)
            {
                if (MatchCount(action, "A") == 1) { Take(action, [explicitArg], result); return start + 1; }
                throw Error(action, "ignored explicit argument " + PyText.Repr(explicitArg));
            }
            var count = MatchCount(action, patternText[(start + 1)..]);
            Take(action, args.Skip(start + 1).Take(count).ToList(), result);
            return start + 1 + count;
        }

        int ConsumePositionals(int start)
        {
            var counts = MatchPartial(positionals, patternText[start..]);
            for (var k = 0; k < counts.Count; k++)
            {
                Take(positionals[k], args.Skip(start).Take(counts[k]).ToList(), result);
                start += counts[k];
            }
            positionals.RemoveRange(0, counts.Count);
            return start;
        }

        var optionIndices = optionAt.Keys.OrderBy(k => k).ToList();
        var startIndex = 0;
        var maxOption = optionIndices.Count > 0 ? optionIndices[^1] : -1;
        while (startIndex <= maxOption)
        {
            var next = optionIndices.First(k => k >= startIndex);
            if (startIndex != next)
            {
                var end = ConsumePositionals(startIndex);
                if (end > startIndex) { startIndex = end; continue; }
                startIndex = end;
            }
            if (!optionAt.ContainsKey(startIndex))
            {
                result.Extras.AddRange(args.Skip(startIndex).Take(next - startIndex));
                startIndex = next;
            }
            startIndex = ConsumeOptional(startIndex);
        }
        var stop = ConsumePositionals(startIndex);
        result.Extras.AddRange(args.Skip(stop));

        var missing = _actions.Where(a => a.Required && !result.Seen.Contains(a.DisplayName)).Select(a => a.DisplayName).ToList();
        if (missing.Count > 0)
            throw CliArgumentException.Usage("the following arguments are required: " + string.Join(", ", missing));
        return result;
    }

    private (Action? Action, string Option, string? Explicit)? ParseOptional(string arg)
    {
        if (arg.Length == 0 || arg[0] != '-') return null;
        if (_options.TryGetValue(arg, out var exact)) return (exact, arg, null);
        if (arg.Length == 1) return null;
        var eq = arg.IndexOf('=');
        if (eq >= 0 && _options.TryGetValue(arg[..eq], out var withValue)) return (withValue, arg[..eq], arg[(eq + 1)..]);

        var matches = OptionPrefixMatches(arg);
        if (matches.Count > 1)
            throw CliArgumentException.Usage($"ambiguous option: {arg} could match {string.Join(", ", matches.Select(m => m.Option))}");
        if (matches.Count == 1) return matches[0];
        if (NegativeNumber().IsMatch(arg)) return null;
        if (arg.Contains(' ')) return null;
        return (null, arg, null);
    }

    private List<(Action? Action, string Option, string? Explicit)> OptionPrefixMatches(string arg)
    {
        var found = new List<(Action?, string, string?)>();
        if (arg[1] == '-')
        {
            var eq = arg.IndexOf('=');
            var prefix = eq >= 0 ? arg[..eq] : arg;
            string? explicitArg = eq >= 0 ? arg[(eq + 1)..] : null;
            foreach (var (option, action) in _options)
                if (option.StartsWith(prefix, StringComparison.Ordinal)) found.Add((action, option, explicitArg));
        }
        else
        {
            // Single-dash words: our options are all "--x", so only a prefix match can apply.
            foreach (var (option, action) in _options)
                if (option.StartsWith(arg, StringComparison.Ordinal)) found.Add((action, option, null));
        }
        return found;
    }

    private static string NargsPattern(Action a, bool positional)
    {
        var p = a.NArgs switch
        {
            NArgs.One => "(-*A-*)",
            NArgs.Optional => "(-*A?-*)",
            NArgs.ZeroOrMore => "(-*[A-]*)",
            _ => "(-*-*)",
        };
        return positional ? p : p.Replace("-*", "").Replace("-", "");
    }

    private static int MatchCount(Action action, string pattern)
    {
        var m = Regex.Match(pattern, "^" + NargsPattern(action, false));
        if (m.Success) return m.Groups[1].Length;
        throw Error(action, action.NArgs switch
        {
            NArgs.One => "expected one argument",
            NArgs.Optional => "expected at most one argument",
            _ => "expected one argument",
        });
    }

    private static List<int> MatchPartial(List<Action> actions, string pattern)
    {
        for (var n = actions.Count; n > 0; n--)
        {
            var regex = "^" + string.Concat(actions.Take(n).Select(a => NargsPattern(a, true)));
            var m = Regex.Match(pattern, regex);
            if (m.Success) return Enumerable.Range(1, n).Select(g => m.Groups[g].Length).ToList();
        }
        return [];
    }

    private static void Take(Action action, List<string> strings, Result result)
    {
        result.Seen.Add(action.DisplayName);
        strings.Remove("--");
        object? value;
        if (action.NArgs == NArgs.Zero) value = action.Const;
        else if (strings.Count == 0 && action.NArgs == NArgs.Optional)
        {
            value = action.Option is null ? action.Default : action.Const;
            if (value is string s) { value = Convert(action, s); Check(action, value); }
        }
        else if (strings.Count == 1 && action.NArgs is NArgs.One or NArgs.Optional)
        {
            value = Convert(action, strings[0]);
            Check(action, value);
        }
        else
        {
            var list = strings.Select(s => Convert(action, s)).ToList();
            foreach (var v in list) Check(action, v);
            value = list;
        }
        result.Values[action.Dest] = value;
    }

    private static object Convert(Action action, string s)
    {
        switch (action.Type)
        {
            case ValueType.Int:
                if (PyText.TryParseInt(s, out var l)) return l;
                throw Error(action, "invalid int value: " + PyText.Repr(s));
            case ValueType.Float:
                if (PyText.TryParseFloat(s, out var d)) return d;
                throw Error(action, "invalid float value: " + PyText.Repr(s));
            default:
                return s;
        }
    }

    // awscli's own wording for a bad choice (two choices per line, padded to 40).
    private static void Check(Action action, object? value)
    {
        if (action.Choices.Count == 0 || value is not string s || action.Choices.Contains(s)) return;
        var lines = new List<string> { "Invalid choice, valid choices are:\n" };
        for (var i = 0; i < action.Choices.Count; i += 2)
            lines.Add(string.Join(" | ", action.Choices.Skip(i).Take(2).Select(c => c.PadRight(40))));
        throw Error(action, string.Join("\n", lines));
    }

    private static CliArgumentException Error(Action action, string message) =>
        CliArgumentException.Usage($"argument {action.DisplayName}: {message}");
}
