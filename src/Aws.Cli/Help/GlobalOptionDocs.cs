namespace Aws.Cli.Help;

/// <summary>The global options as help documents them (awscli/data/cli.json): synopsis line, type, text, choices.</summary>
public static class GlobalOptionDocs
{
    public sealed record Option(string Name, string Type, string Description, IReadOnlyList<string> Choices, bool TakesValue);

    private static Option Flag(string name, string text) => new(name, "boolean", text, [], false);
    private static Option Value(string name, string type, string text, params string[] choices) => new(name, type, text, choices, true);

    public static IReadOnlyList<Option> All { get; } =
    [
        Flag("debug", "Turn on debug logging."),
        Value("endpoint-url", "string", "Override command's default URL with the given URL."),
        Flag("no-verify-ssl", "By default, the AWS CLI uses SSL when communicating with AWS services. For each SSL connection, the AWS CLI will verify SSL certificates. This option overrides the default behavior of verifying SSL certificates."),
        Flag("no-paginate", "Disable automatic pagination."),
        Value("output", "string", "The formatting style for command output.", "json", "text", "table", "yaml", "yaml-stream"),
        Value("query", "string", "A JMESPath query to use in filtering the response data."),
        Value("profile", "string", "Use a specific profile from your credential file."),
        Value("region", "string", "The region to use. Overrides config/env settings."),
        // --version is a flag, but cli.json gives it no action, so help shows it with a value.
        Value("version", "string", "Display the version of this tool."),
        Value("color", "string", "Turn on/off color output.", "on", "off", "auto"),
        Flag("no-sign-request", "Do not sign requests. Credentials will not be loaded if this argument is provided."),
        Value("ca-bundle", "string", "The CA certificate bundle to use when verifying SSL certificates. Overrides config/env settings."),
        Value("cli-read-timeout", "int", "The maximum socket read time in seconds. If the value is set to 0, the socket read will be blocking and not timeout. The default value is 60 seconds."),
        Value("cli-connect-timeout", "int", "The maximum socket connect time in seconds. If the value is set to 0, the socket connect will be blocking and not timeout. The default value is 60 seconds."),
        Value("cli-binary-format", "string", "The formatting style to be used for binary blobs. The default format is base64. The base64 format expects binary blobs to be provided as a base64 encoded string. The raw-in-base64-out format preserves compatibility with AWS CLI V1 behavior and binary values must be passed literally. When providing contents from a file that map to a binary blob ``fileb://`` will always be treated as binary and use the file contents directly regardless of the ``cli-binary-format`` setting. When using ``file://`` the file contents will need to properly formatted for the configured ``cli-binary-format``.", "base64", "raw-in-base64-out"),
        Flag("no-cli-pager", "Disable cli pager for output."),
        Flag("cli-auto-prompt", "Automatically prompt for CLI input parameters."),
        Flag("no-cli-auto-prompt", "Disable automatically prompt for CLI input parameters."),
    ];

    /// <summary>The lines the synopsis of every command ends with.</summary>
    public static IEnumerable<string> SynopsisLines =>
        All.Select(o => o.TakesValue ? $"[--{o.Name} <value>]" : $"[--{o.Name}]");

    /// <summary>The GLOBAL OPTIONS section.</summary>
    public static void Write(RoffDocument doc)
    {
        doc.Section("Global Options");
        foreach (var option in All)
        {
            doc.Paragraph($"{RoffDocument.Bold("--" + option.Name)} ({option.Type})");
            doc.Paragraph(HelpText.InlineLiterals(option.Description));
            if (option.Choices.Count > 0) doc.BulletList(option.Choices.Select(RoffDocument.Escape));
        }
    }
}
