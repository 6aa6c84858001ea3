using System.Text.Json.Nodes;
using Aws.Core.Runtime;

namespace Aws.Core.Credentials;

/// <summary>Calls one operation through the engine and returns its result, turning service errors into the CLI's text.</summary>
internal static class ApiCall
{
    public static async Task<(JsonObject Result, CallResult Call)> InvokeAsync(ServiceClient client, string operationName,
        JsonObject input, CancellationToken cancellation)
    {
        var operation = client.Config.Service.GetOperation(operationName)
            ?? throw new InvalidOperationException($"{client.Config.Service.Name} has no operation {operationName}");
        var call = await client.CallAsync(operation, input, cancellation);
        if (call.Parsed.Error is { } error)
        {
            var retries = call.Attempts > 1 ? $" (reached max retries: {call.Attempts - 1})" : "";
            throw new ServiceCallException(error.Code,
                $"An error occurred ({error.Code}) when calling the {operationName} operation{retries}: {error.Message}");
        }
        return (call.Parsed.Result ?? new JsonObject(), call);
    }

    /// <summary>botocore's ResponseMetadata (request id, status, lower-cased headers, retries), as the CLI caches it.</summary>
    public static JsonObject ResponseMetadata(CallResult call)
    {
        var headers = new JsonObject();
        foreach (var (name, value) in call.Response.Headers) headers[name.ToLowerInvariant()] = value;
        var meta = new JsonObject();
        if (call.Parsed.RequestId is { } id) meta["RequestId"] = id;
        meta["HTTPStatusCode"] = call.Response.StatusCode;
        meta["HTTPHeaders"] = headers;
        meta["RetryAttempts"] = call.Attempts - 1;
        return meta;
    }

    /// <summary>An integer member however the parser typed it (int, long or double); 0 when absent.</summary>
    public static long Long(JsonNode? node) => node is not JsonValue v ? 0
        : v.TryGetValue<long>(out var l) ? l
        : v.TryGetValue<int>(out var i) ? i
        : v.TryGetValue<double>(out var d) ? (long)d
        : long.TryParse(v.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : 0;

    /// <summary>A string member, whether the parser gave a string or a timestamp.</summary>
    public static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<DateTimeOffset>(out var t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
        _ => node.ToJsonString(),
    };
}
