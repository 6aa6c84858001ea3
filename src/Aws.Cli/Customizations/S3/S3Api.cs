using System.Text.Json.Nodes;
using Aws.Core.Model;
using Aws.Core.Runtime;

namespace Aws.Cli.Customizations.S3;

/// <summary>Calls s3api operations through the engine's <see cref="ServiceClient"/>; service errors become exceptions.</summary>
public sealed class S3Api(ServiceClient client)
{
    public ServiceClient Client { get; } = client;
    public ServiceModel Service => Client.Config.Service;

    public OperationModel Operation(string name) =>
        Service.GetOperation(name) ?? throw new InvalidOperationException($"The s3 model has no operation {name}.");

    public async Task<JsonObject> CallAsync(string operation, JsonObject input, CancellationToken cancellation)
    {
        var result = await CallRawAsync(operation, input, cancellation);
        return result.Parsed.Result ?? new JsonObject();
    }

    /// <summary>The full call result (for GetObject, whose body stays in Response.BodyStream).</summary>
    public async Task<CallResult> CallRawAsync(string operation, JsonObject input, CancellationToken cancellation)
    {
        var result = await Client.CallAsync(Operation(operation), input, cancellation);
        if (result.Parsed.Error is { } error)
        {
            if (result.Response.BodyStream is { } body) await body.DisposeAsync();
            throw new S3ServiceException(error.Code, error.Message, operation, result.Attempts, error.StatusCode);
        }
        return result;
    }

    /// <summary>ListObjectsV2 pages, following continuation tokens.</summary>
    public async IAsyncEnumerable<JsonObject> ListObjectsAsync(string bucket, string? prefix, string? delimiter, int? pageSize,
        string? requestPayer, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        string? token = null;
        while (true)
        {
            var input = new JsonObject { ["Bucket"] = bucket };
            if (prefix is not null) input["Prefix"] = prefix;
            if (delimiter is not null) input["Delimiter"] = delimiter;
            if (pageSize is { } size) input["MaxKeys"] = size;
            if (requestPayer is not null) input["RequestPayer"] = requestPayer;
            if (token is not null) input["ContinuationToken"] = token;
            input["EncodingType"] = "url";
            var page = await CallAsync("ListObjectsV2", input, cancellation);
            DecodeUrlEncoded(page);
            yield return page;
            token = page["NextContinuationToken"]?.GetValue<string>();
            if (token is null || page["IsTruncated"]?.GetValue<bool>() != true) yield break;
        }
    }

    // botocore asks for url encoding so any key survives XML, then decodes Key and Prefix transparently.
    private static void DecodeUrlEncoded(JsonObject page)
    {
        if (page["Contents"] is JsonArray contents)
            foreach (var item in contents.OfType<JsonObject>())
                if (item["Key"] is JsonValue k) item["Key"] = Unquote(k.GetValue<string>());
        if (page["CommonPrefixes"] is JsonArray prefixes)
            foreach (var item in prefixes.OfType<JsonObject>())
                if (item["Prefix"] is JsonValue p) item["Prefix"] = Unquote(p.GetValue<string>());
    }

    /// <summary>unquote_plus, as botocore decodes url-encoded listings.</summary>
    private static string Unquote(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
