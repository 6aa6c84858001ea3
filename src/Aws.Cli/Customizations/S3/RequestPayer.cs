namespace Aws.Cli.Customizations.S3;

/// <summary>--request-payer takes an optional value that defaults to "requester".</summary>
public static class RequestPayer
{
    public static readonly Dictionary<string, string> Constant = new(StringComparer.Ordinal)
    {
        ["request-payer"] = "requester",
        ["sse"] = "AES256",
        ["sse-c"] = "AES256",
        ["sse-c-copy-source"] = "AES256",
    };
}
