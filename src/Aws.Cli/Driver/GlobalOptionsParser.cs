using Aws.Cli.Commands;
using Aws.Cli.Errors;

namespace Aws.Cli.Driver;

/// <summary>
/// The first pass over the command line, like the AWS CLI's main argparse parser: global options are taken
/// from anywhere; every other word is kept, in order, for the command.
/// </summary>
public static class GlobalOptionsParser
{
    private enum Kind { Flag, Value, Int, Choice }

    private sealed record Option(Kind Kind, Action<GlobalOptions, string> Apply, string[]? Choices = null);

    private static readonly Dictionary<string, Option> Options = new(StringComparer.Ordinal)
    {
        ["--debug"] = new(Kind.Flag, (o, _) => o.Debug = true),
        ["--endpoint-url"] = new(Kind.Value, (o, v) => o.EndpointUrl = v),
        ["--no-verify-ssl"] = new(Kind.Flag, (o, _) => o.NoVerifySsl = true),
        ["--no-paginate"] = new(Kind.Flag, (o, _) => o.NoPaginate = true),
        ["--output"] = new(Kind.Choice, (o, v) => o.Output = v, ["json", "text", "table", "yaml", "yaml-stream"]),
        ["--query"] = new(Kind.Value, (o, v) => o.Query = v),
        ["--profile"] = new(Kind.Value, (o, v) => o.Profile = v),
        ["--region"] = new(Kind.Value, (o, v) => o.Region = v),
        ["--version"] = new(Kind.Flag, (o, _) => o.Version = true),
        ["--color"] = new(Kind.Choice, (o, v) => o.Color = v, ["on", "off", "auto"]),
        ["--no-sign-request"] = new(Kind.Flag, (o, _) => o.NoSignRequest = true),
        ["--ca-bundle"] = new(Kind.Value, (o, v) => o.CaBundle = v),
        // Strings to argparse: the CLI converts them with int() only after parsing (see TopLevelArgs).
        ["--cli-read-timeout"] = new(Kind.Value, (o, v) => o.ReadTimeoutText = v),
        ["--cli-connect-timeout"] = new(Kind.Value, (o, v) => o.ConnectTimeoutText = v),
        ["--cli-binary-format"] = new(Kind.Choice, (o, v) => o.BinaryFormat = v, ["base64", "raw-in-base64-out"]),
        ["--no-cli-pager"] = new(Kind.Flag, (o, _) => o.NoCliPager = true),
        ["--cli-auto-prompt"] = new(Kind.Flag, (o, _) => o.CliAutoPrompt = true),
        ["--no-cli-auto-prompt"] = new(Kind.Flag, (o, _) => o.NoCliAutoPrompt = true),
    };

    public static bool IsGlobalOption(string name) => Options.ContainsKey(name);

    public static GlobalOptions Parse(IReadOnlyList<string> args)
    {
        var result = new GlobalOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                // argparse: everything after "--" is positional.
                for (i++; i < args.Count; i++) result.Remaining.Add(args[i]);
                break;
            }
            var eq = arg.StartsWith("--", StringComparison.Ordinal) ? arg.IndexOf('=') : -1;
            var name = eq > 0 ? arg[..eq] : arg;
            if (!Options.TryGetValue(name, out var option))
            {
                result.Remaining.Add(arg);
                continue;
            }
            if (option.Kind == Kind.Flag)
            {
                if (eq > 0) throw new UsageException($"argument {name}: ignored explicit argument {ChoiceError.PythonRepr(arg[(eq + 1)..])}");
                option.Apply(result, "");
                continue;
            }
            string value;
            if (eq > 0) value = arg[(eq + 1)..];
            else if (i + 1 < args.Count && !LooksLikeOption(args[i + 1])) value = args[++i];
            else throw new UsageException($"argument {name}: expected one argument");
            Validate(name, option, value);
            option.Apply(result, value);
        }
        return result;
    }

    private static void Validate(string name, Option option, string value)
    {
        if (option.Kind == Kind.Int && !int.TryParse(value.Trim(), out _))
            throw new UsageException($"argument {name}: invalid int value: {ChoiceError.PythonRepr(value)}");
        if (option.Kind == Kind.Choice && !option.Choices!.Contains(value))
            throw ChoiceError.Create(name, value, option.Choices!);
    }

    // argparse treats "-x..." as an option unless it looks like a negative number.
    internal static bool LooksLikeOption(string s) =>
        s.Length > 1 && s[0] == '-' && !double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
}
