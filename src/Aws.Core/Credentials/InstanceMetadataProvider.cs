using System.Net;

namespace Aws.Core.Credentials;

/// <summary>
/// EC2 instance profile credentials from IMDS: a PUT for an IMDSv2 token first (falling back to IMDSv1 unless
/// ec2_metadata_v1_disabled), then the role name and its credentials. Honours AWS_EC2_METADATA_DISABLED,
/// ec2_metadata_service_endpoint(_mode), metadata_service_timeout and metadata_service_num_attempts.
/// A metadata service that does not answer means "no credentials here", as in botocore.
/// </summary>
public sealed class InstanceMetadataProvider(CredentialContext context) : ICredentialProvider
{
    public const string CanonicalName = "Ec2InstanceMetadata";
    public const string Ipv4Endpoint = "http://169.254.169.254/";
    public const string Ipv6Endpoint = "http://[fd00:ec2::254]/";
    private const string CredentialsPath = "latest/meta-data/iam/security-credentials/";

    public string Method => "iam-role";

    public async ValueTask<ICredentialSource?> LoadAsync(CancellationToken cancellation)
    {
        if (string.Equals(context.Env("AWS_EC2_METADATA_DISABLED"), "true", StringComparison.OrdinalIgnoreCase)) return null;
        var first = await FetchAsync(cancellation);
        if (first is null) return null;
        return new RefreshingCredentialSource(async ct => await FetchAsync(ct)
            ?? throw CredentialException.Retrieval(Method, "Error retrieving metadata: no credentials from the instance metadata service"),
            first, context.Clock);
    }

    /// <summary>The base URL: the configured endpoint, else the IPv6 or IPv4 address by endpoint mode.</summary>
    public string BaseUrl()
    {
        var custom = context.Config.Get("ec2_metadata_service_endpoint");
        var url = !string.IsNullOrEmpty(custom) ? custom
            : string.Equals(context.Config.Get("ec2_metadata_service_endpoint_mode"), "ipv6", StringComparison.OrdinalIgnoreCase) ? Ipv6Endpoint
            : Ipv4Endpoint;
        return url.EndsWith('/') ? url : url + "/";
    }

    private async Task<AwsCredentials?> FetchAsync(CancellationToken cancellation)
    {
        var baseUrl = BaseUrl();
        var timeout = TimeSpan.FromSeconds(context.Config.GetFloat("metadata_service_timeout") ?? 1);
        var attempts = Math.Max(1, context.Config.GetInt("metadata_service_num_attempts") ?? 1);
        var http = MetadataHttp.Client(context);

        var token = await TokenAsync(http, baseUrl, timeout, attempts, cancellation);
        if (token is null && context.Config.GetBool("ec2_metadata_v1_disabled") == true) return null;
        var headers = token is null ? [] : new List<KeyValuePair<string, string>> { new("x-aws-ec2-metadata-token", token) };

        var role = await GetAsync(http, baseUrl + CredentialsPath, headers, timeout, attempts, cancellation);
        if (string.IsNullOrWhiteSpace(role)) return null;
        var body = await GetAsync(http, baseUrl + CredentialsPath + role.Trim(), headers, timeout, attempts, cancellation);
        if (body is null) return null;
        var credentials = MetadataHttp.Parse(body, Method);
        return credentials is { SessionToken: not null, Expiration: not null } ? credentials : null;
    }

    private static async Task<string?> TokenAsync(HttpClient http, string baseUrl, TimeSpan timeout, int attempts, CancellationToken cancellation)
    {
        var headers = new[] { new KeyValuePair<string, string>("x-aws-ec2-metadata-token-ttl-seconds", "21600") };
        for (var i = 0; i < attempts; i++)
        {
            var response = await MetadataHttp.SendAsync(http, HttpMethod.Put, baseUrl + "latest/api/token", headers, timeout, cancellation);
            if (response is not { } r) continue;
            if (r.Status == HttpStatusCode.OK) return r.Body;
            if (r.Status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.MethodNotAllowed) return null;
            if (r.Status == HttpStatusCode.BadRequest) return null;
        }
        return null;
    }

    private static async Task<string?> GetAsync(HttpClient http, string url, IEnumerable<KeyValuePair<string, string>> headers,
        TimeSpan timeout, int attempts, CancellationToken cancellation)
    {
        for (var i = 0; i < attempts; i++)
        {
            var response = await MetadataHttp.SendAsync(http, HttpMethod.Get, url, headers, timeout, cancellation);
            if (response is { Status: HttpStatusCode.OK, Body.Length: > 0 } r) return r.Body;
        }
        return null;
    }
}
