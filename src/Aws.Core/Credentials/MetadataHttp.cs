using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Aws.Core.Credentials;

/// <summary>Plain HTTP to the container and instance metadata endpoints (not AWS APIs, so not through the engine).</summary>
internal static class MetadataHttp
{
    private static readonly Lazy<HttpClient> Shared = new(() => new HttpClient(new SocketsHttpHandler { UseProxy = false }));

    public static HttpClient Client(CredentialContext context) => context.MetadataHttp ?? Shared.Value;

    /// <summary>Sends one request with a timeout; null on a connection failure or timeout.</summary>
    public static async Task<(HttpStatusCode Status, string Body)?> SendAsync(HttpClient http, HttpMethod method, string url,
        IEnumerable<KeyValuePair<string, string>> headers, TimeSpan timeout, CancellationToken cancellation)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        cts.CancelAfter(timeout);
        using var request = new HttpRequestMessage(method, url);
        foreach (var (k, v) in headers) request.Headers.TryAddWithoutValidation(k, v);
        try
        {
            using var response = await http.SendAsync(request, cts.Token);
            return (response.StatusCode, await response.Content.ReadAsStringAsync(cts.Token));
        }
        catch (HttpRequestException) { return null; }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested) { return null; }
    }

    /// <summary>Credentials from a metadata document (AccessKeyId, SecretAccessKey, Token, Expiration).</summary>
    public static AwsCredentials? Parse(string body, string method)
    {
        JsonObject? doc;
        try { doc = JsonNode.Parse(body) as JsonObject; }
        catch (JsonException) { return null; }
        if (doc is null) return null;
        string? Get(string k) => ApiCall.Text(doc[k]);
        if (Get("AccessKeyId") is not { } key || Get("SecretAccessKey") is not { } secret) return null;
        return new AwsCredentials(key, secret, Get("Token"), Get("Expiration") is { } e ? Timestamps.Parse(e, method) : null);
    }
}
