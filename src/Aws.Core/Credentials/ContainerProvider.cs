using System.Net;

namespace Aws.Core.Credentials;

/// <summary>
/// ECS/EKS container credentials: AWS_CONTAINER_CREDENTIALS_RELATIVE_URI against http://169.254.170.2, or
/// AWS_CONTAINER_CREDENTIALS_FULL_URI (loopback or the container hosts only unless https), with
/// AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE (read on each fetch) or AWS_CONTAINER_AUTHORIZATION_TOKEN as the
/// Authorization header. Two-second timeout, three attempts, refreshed before expiry.
/// </summary>
public sealed class ContainerProvider(CredentialContext context) : ICredentialProvider
{
    public const string CanonicalName = "EcsContainer";
    public const string BaseUrl = "http://169.254.170.2";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);
    private const int Attempts = 3;

    public string Method => "container-role";

    public async ValueTask<ICredentialSource?> LoadAsync(CancellationToken cancellation)
    {
        var relative = context.Env("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI");
        var full = context.Env("AWS_CONTAINER_CREDENTIALS_FULL_URI");
        if (relative is null && full is null) return null;
        var url = relative is not null ? BaseUrl + relative : full!;
        if (relative is null) CheckHost(url);
        var first = await FetchAsync(url, cancellation);
        return new RefreshingCredentialSource(ct => FetchAsync(url, ct), first, context.Clock);
    }

    private static void CheckHost(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            throw CredentialException.Retrieval("container-role", $"Invalid container metadata URI: {url}");
        if (uri.Scheme == "https") return;
        var host = uri.IdnHost.Trim('[', ']');
        var allowed = host is "localhost" or "169.254.170.2" or "169.254.170.23" or "fd00:ec2::23"
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
        if (!allowed)
            throw CredentialException.Retrieval("container-role",
                $"Unsupported host '{uri.Host}'.  Can only retrieve metadata from a loopback address or one of these hosts: " +
                "169.254.170.2, 169.254.170.23, fd00:ec2::23, localhost");
    }

    private async ValueTask<AwsCredentials> FetchAsync(string url, CancellationToken cancellation)
    {
        var headers = new List<KeyValuePair<string, string>> { new("Accept", "application/json") };
        if (context.Env("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE") is { } tokenFile)
        {
            try { headers.Add(new("Authorization", (await File.ReadAllTextAsync(tokenFile, cancellation)).Trim())); }
            catch (IOException e) { throw CredentialException.Retrieval(Method, e.Message); }
        }
        else if (context.Env("AWS_CONTAINER_AUTHORIZATION_TOKEN") is { } token)
        {
            headers.Add(new("Authorization", token));
        }
        var http = MetadataHttp.Client(context);
        string error = "Could not connect to the container metadata endpoint";
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var response = await MetadataHttp.SendAsync(http, HttpMethod.Get, url, headers, Timeout, cancellation);
            if (response is not { } r) continue;
            if (r.Status != HttpStatusCode.OK)
            {
                error = $"Received non 200 response ({(int)r.Status}) from container metadata: {r.Body}";
                continue;
            }
            return MetadataHttp.Parse(r.Body, Method)
                ?? throw CredentialException.Retrieval(Method, "Error retrieving metadata: Unable to parse JSON returned from container metadata services");
        }
        throw CredentialException.Retrieval(Method, "Error retrieving metadata: " + error);
    }
}
