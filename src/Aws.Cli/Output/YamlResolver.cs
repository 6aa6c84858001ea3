using System.Text.RegularExpressions;

namespace Aws.Cli.Output;

/// <summary>ruamel.yaml's YAML 1.2 implicit resolver: a string that would read back as another type (bool,
/// int, float, null, timestamp, merge, value) cannot be written plain and gets quoted.</summary>
internal static partial class YamlResolver
{
    public static bool ResolvesToString(string value)
    {
        if (value.Length == 0) return false; // the empty plain scalar is null
        return value[0] switch
        {
            't' or 'T' or 'f' or 'F' => !Bool().IsMatch(value),
            >= '0' and <= '9' => !Float().IsMatch(value) && !Int().IsMatch(value) && !Timestamp().IsMatch(value),
            '-' or '+' => !Float().IsMatch(value) && !Int().IsMatch(value),
            '.' => !Float().IsMatch(value),
            '<' => value != "<<",
            '~' or 'n' or 'N' => !Null().IsMatch(value),
            '=' => value != "=",
            '!' or '&' or '*' => value.Length != 1,
            _ => true,
        };
    }

    // Python's '$' also matches before a final newline, as .NET's does without RegexOptions.Multiline.
    [GeneratedRegex("^(?:true|True|TRUE|false|False|FALSE)$", RegexOptions.CultureInvariant)]
    private static partial Regex Bool();

    [GeneratedRegex(@"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)|[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", RegexOptions.CultureInvariant)]
    private static partial Regex Float();

    [GeneratedRegex("^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Int();

    [GeneratedRegex("^(?:~|null|Null|NULL|)$", RegexOptions.CultureInvariant)]
    private static partial Regex Null();

    [GeneratedRegex(@"^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Timestamp();
}
