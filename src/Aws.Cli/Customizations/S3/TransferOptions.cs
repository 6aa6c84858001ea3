namespace Aws.Cli.Customizations.S3;

/// <summary>The option tables of cp, mv, rm and sync (as CLI v2's ARG_TABLEs).</summary>
public static class TransferOptions
{
    public const string TwoPathUsage = "<LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> <S3Uri>";

    private static readonly Dictionary<string, S3OptionKind> Common = new(StringComparer.Ordinal)
    {
        ["dryrun"] = S3OptionKind.Flag,
        ["quiet"] = S3OptionKind.Flag,
        ["include"] = S3OptionKind.Filter,
        ["exclude"] = S3OptionKind.Filter,
        ["acl"] = S3OptionKind.Value,
        ["follow-symlinks"] = S3OptionKind.Flag,
        ["no-follow-symlinks"] = S3OptionKind.Flag,
        ["no-guess-mime-type"] = S3OptionKind.Flag,
        ["sse"] = S3OptionKind.OptionalValue,
        ["sse-c"] = S3OptionKind.OptionalValue,
        ["sse-c-key"] = S3OptionKind.Value,
        ["sse-kms-key-id"] = S3OptionKind.Value,
        ["sse-c-copy-source"] = S3OptionKind.OptionalValue,
        ["sse-c-copy-source-key"] = S3OptionKind.Value,
        ["storage-class"] = S3OptionKind.Value,
        ["grants"] = S3OptionKind.Multi,
        ["website-redirect"] = S3OptionKind.Value,
        ["content-type"] = S3OptionKind.Value,
        ["cache-control"] = S3OptionKind.Value,
        ["content-disposition"] = S3OptionKind.Value,
        ["content-encoding"] = S3OptionKind.Value,
        ["content-language"] = S3OptionKind.Value,
        ["expires"] = S3OptionKind.Value,
        ["source-region"] = S3OptionKind.Value,
        ["only-show-errors"] = S3OptionKind.Flag,
        ["no-progress"] = S3OptionKind.Flag,
        ["page-size"] = S3OptionKind.Value,
        ["ignore-glacier-warnings"] = S3OptionKind.Flag,
        ["force-glacier-transfer"] = S3OptionKind.Flag,
        ["request-payer"] = S3OptionKind.OptionalValue,
        ["metadata"] = S3OptionKind.Value,
        ["copy-props"] = S3OptionKind.Value,
        ["metadata-directive"] = S3OptionKind.Value,
    };

    public static Dictionary<string, S3OptionKind> For(string command)
    {
        if (command == "rm")
            return new(StringComparer.Ordinal)
            {
                ["dryrun"] = S3OptionKind.Flag, ["quiet"] = S3OptionKind.Flag, ["recursive"] = S3OptionKind.Flag,
                ["request-payer"] = S3OptionKind.OptionalValue, ["include"] = S3OptionKind.Filter,
                ["exclude"] = S3OptionKind.Filter, ["only-show-errors"] = S3OptionKind.Flag, ["page-size"] = S3OptionKind.Value,
            };
        var table = new Dictionary<string, S3OptionKind>(Common, StringComparer.Ordinal);
        switch (command)
        {
            case "cp":
                table["expected-size"] = S3OptionKind.Value;
                table["recursive"] = S3OptionKind.Flag;
                break;
            case "mv":
                table["recursive"] = S3OptionKind.Flag;
                break;
            case "sync":
                table["delete"] = S3OptionKind.Flag;
                table["exact-timestamps"] = S3OptionKind.Flag;
                table["size-only"] = S3OptionKind.Flag;
                break;
        }
        return table;
    }

    public static string Usage(string command) => command == "rm" ? "<S3Uri>" : TwoPathUsage;
}
