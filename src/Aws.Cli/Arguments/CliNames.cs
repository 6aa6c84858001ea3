using System.Text.RegularExpressions;

namespace Aws.Cli.Arguments;

/// <summary>Model names to CLI names, as botocore's xform_name(name, '-') does it.</summary>
public static partial class CliNames
{
    // Names the regular rule gets wrong; botocore keeps the same table.
    private static readonly Dictionary<string, string> s_special = new(StringComparer.Ordinal)
    {
        ["CreateCachediSCSIVolume"] = "create-cached-iscsi-volume",
        ["DescribeCachediSCSIVolumes"] = "describe-cached-iscsi-volumes",
        ["DescribeStorediSCSIVolumes"] = "describe-stored-iscsi-volumes",
        ["CreateStorediSCSIVolume"] = "create-stored-iscsi-volume",
        ["ListHITsForQualificationType"] = "list-hits-for-qualification-type",
        ["ExecutePartiQLStatement"] = "execute-partiql-statement",
        ["ExecutePartiQLTransaction"] = "execute-partiql-transaction",
        ["ExecutePartiQLBatch"] = "execute-partiql-batch",
    };

    [GeneratedRegex("(.)([A-Z][a-z]+)")]
    private static partial Regex FirstCap();

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex EndCap();

    // A pluralised acronym at the end (GatewayARNs, ListWebACLs) stays one word.
    [GeneratedRegex("[A-Z]{2,}s$")]
    private static partial Regex PluralAcronym();

    public static string ToCliName(string name) => Transform(name, '-');

    public static string Transform(string name, char separator)
    {
        if (name.Contains(separator)) return name;
        if (s_special.TryGetValue(name, out var special))
            return separator == '-' ? special : special.Replace('-', separator);
        var sep = separator.ToString();
        var m = PluralAcronym().Match(name);
        if (m.Success) name = name[..m.Index] + sep + m.Value.ToLowerInvariant();
        var s1 = FirstCap().Replace(name, "$1" + sep + "$2");
        return EndCap().Replace(s1, "$1" + sep + "$2").ToLowerInvariant();
    }
}
