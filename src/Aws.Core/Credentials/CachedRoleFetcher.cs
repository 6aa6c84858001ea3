using System.Text.Json.Nodes;

namespace Aws.Core.Credentials;

/// <summary>
/// botocore's CachedCredentialFetcher: serves an STS/SSO response from the file cache while it has more than
/// <see cref="ExpiryWindow"/> left, otherwise calls again and writes the whole response back under the same key.
/// </summary>
internal sealed class CachedRoleFetcher(
    JsonFileCache? cache, string cacheKey, Func<CancellationToken, Task<JsonObject>> call, string method, TimeProvider clock)
{
    public static readonly TimeSpan ExpiryWindow = TimeSpan.FromMinutes(15);

    public string CacheKey { get; } = cacheKey;

    public async ValueTask<AwsCredentials> FetchAsync(CancellationToken cancellation)
    {
        var response = Cached();
        if (response is null)
        {
            response = await call(cancellation);
            cache?.Write(CacheKey, response);
        }
        return Read(response);
    }

    private JsonObject? Cached()
    {
        if (cache?.TryRead(CacheKey) is not { } cached) return null;
        var expiry = Timestamps.TryParse(ApiCall.Text(cached["Credentials"]?["Expiration"]));
        return expiry is { } e && e - clock.GetUtcNow() >= ExpiryWindow ? cached : null;
    }

    private AwsCredentials Read(JsonObject response)
    {
        var creds = response["Credentials"] as JsonObject ?? throw CredentialException.Retrieval(method, "No Credentials in the response");
        string Get(string key) => ApiCall.Text(creds[key]) ?? throw CredentialException.Retrieval(method, $"Missing {key} in the response");
        return new AwsCredentials(Get("AccessKeyId"), Get("SecretAccessKey"), Get("SessionToken"),
            Timestamps.Parse(ApiCall.Text(creds["Expiration"]), method));
    }

    /// <summary>The assume-role fetchers' key: sha1 of json.dumps(args, sort_keys=True), made file-safe.</summary>
    public static string RoleCacheKey(JsonObject args) => JsonFileCache.FileSafe(JsonFileCache.Sha1Hex(PyJson.Dumps(args, sortKeys: true)));
}
