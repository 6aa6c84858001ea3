using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aws.Cli.Errors;

namespace Aws.Cli.Customizations.S3;

/// <summary>Maps the transfer options (--acl, --sse*, --metadata, ...) onto each operation's request members.</summary>
public sealed class RequestParams(S3Arguments args)
{
    private static readonly (string Option, string Member)[] General =
    [
        ("acl", "ACL"), ("storage-class", "StorageClass"), ("website-redirect", "WebsiteRedirectLocation"),
        ("content-type", "ContentType"), ("cache-control", "CacheControl"), ("content-disposition", "ContentDisposition"),
        ("content-encoding", "ContentEncoding"), ("content-language", "ContentLanguage"), ("expires", "Expires"),
    ];

    public string? RequestPayer => NonEmpty("request-payer");

    public void PutObject(JsonObject input)
    {
        GeneralObject(input);
        Metadata(input);
        Sse(input);
        SseC(input);
        Payer(input);
    }

    public void CreateMultipartUpload(JsonObject input) => PutObject(input);

    public void UploadPart(JsonObject input) { SseC(input); Payer(input); }

    public void GetObject(JsonObject input) { SseC(input); Payer(input); }

    public void HeadObject(JsonObject input) { SseC(input); Payer(input); }

    public void Delete(JsonObject input) => Payer(input);

    public void CopyObject(JsonObject input)
    {
        GeneralObject(input);
        if (NonEmpty("metadata-directive") is { } directive) input["MetadataDirective"] = directive;
        Metadata(input);
        if (input["Metadata"] is not null && input["MetadataDirective"] is null) input["MetadataDirective"] = "REPLACE";
        Sse(input);
        SseC(input);
        CopySourceSseC(input);
        Payer(input);
    }

    public void UploadPartCopy(JsonObject input) { SseC(input); CopySourceSseC(input); Payer(input); }

    private void GeneralObject(JsonObject input)
    {
        foreach (var (option, member) in General)
            if (NonEmpty(option) is { } value) input[member] = value;
        if (!args.Has("grants")) return;
        foreach (var grant in args.Multi)
        {
            var eq = grant.IndexOf('=');
            if (eq < 0) throw new CliException(ExitCodes.ParamValidation, "grants should be of the form permission=principal");
            input[grant[..eq] switch
            {
                "read" => "GrantRead",
                "full" => "GrantFullControl",
                "readacl" => "GrantReadACP",
                "writeacl" => "GrantWriteACP",
                _ => throw new CliException(ExitCodes.ParamValidation, "permission must be one of: read|readacl|writeacl|full"),
            }] = grant[(eq + 1)..];
        }
    }

    private void Metadata(JsonObject input)
    {
        if (NonEmpty("metadata") is not { } text) return;
        input["Metadata"] = ParseMap(text);
    }

    /// <summary>--metadata as JSON ({"k":"v"}) or shorthand (k=v,k2=v2).</summary>
    public static JsonObject ParseMap(string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('{'))
        {
            try
            {
                if (JsonNode.Parse(trimmed) is JsonObject o)
                {
                    var map = new JsonObject();
                    foreach (var (k, v) in o) map[k] = v is JsonValue jv && jv.TryGetValue<string>(out var s) ? s : v?.ToJsonString();
                    return map;
                }
            }
            catch (JsonException e) { throw new CliException(ExitCodes.ParamValidation, $"Error parsing parameter '--metadata': Invalid JSON: {e.Message}"); }
        }
        var result = new JsonObject();
        foreach (var pair in text.Split(','))
        {
            var eq = pair.IndexOf('=');
            if (eq < 0) throw new CliException(ExitCodes.ParamValidation, $"Error parsing parameter '--metadata': Expected: '=', received: 'EOF' for input:\n{text}");
            result[pair[..eq].Trim()] = pair[(eq + 1)..].Trim();
        }
        return result;
    }

    private void Sse(JsonObject input)
    {
        if (NonEmpty("sse") is { } sse) input["ServerSideEncryption"] = sse;
        if (NonEmpty("sse-kms-key-id") is { } kms) input["SSEKMSKeyId"] = kms;
    }

    private void SseC(JsonObject input)
    {
        if (NonEmpty("sse-c") is not { } algorithm) return;
        input["SSECustomerAlgorithm"] = algorithm;
        var key = Encoding.UTF8.GetBytes(args.Get("sse-c-key") ?? "");
        input["SSECustomerKey"] = Convert.ToBase64String(key);
        input["SSECustomerKeyMD5"] = Convert.ToBase64String(MD5.HashData(key));
    }

    private void CopySourceSseC(JsonObject input)
    {
        if (NonEmpty("sse-c-copy-source") is not { } algorithm) return;
        input["CopySourceSSECustomerAlgorithm"] = algorithm;
        var key = Encoding.UTF8.GetBytes(args.Get("sse-c-copy-source-key") ?? "");
        input["CopySourceSSECustomerKey"] = Convert.ToBase64String(key);
        input["CopySourceSSECustomerKeyMD5"] = Convert.ToBase64String(MD5.HashData(key));
    }

    private void Payer(JsonObject input)
    {
        if (RequestPayer is { } payer) input["RequestPayer"] = payer;
    }

    private string? NonEmpty(string name) => args.Get(name) is { Length: > 0 } v ? v : null;
}
