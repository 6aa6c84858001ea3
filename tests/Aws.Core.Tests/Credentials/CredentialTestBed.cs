using System.Text.Json.Nodes;
using Aws.Core.Config;
using Aws.Core.Credentials;
using Aws.Core.Endpoints;
using Aws.Core.Model;
using Aws.Core.Protocols;
using Aws.Core.Runtime;
using Aws.Core.Runtime.Transport;

namespace Aws.Core.Tests.Credentials;

/// <summary>
/// A temporary HOME with ~/.aws files, an environment, and a client factory that sends STS / SSO / SSO OIDC calls
/// to fake endpoints, for running the credential chain in isolation.
/// </summary>
internal sealed class CredentialTestBed : IDisposable
{
    private static readonly HttpTransport Transport = new();

    public string Home { get; } = Directory.CreateTempSubdirectory("aws-sharp-creds-").FullName;
    public Dictionary<string, string> Env { get; } = new(StringComparer.Ordinal) { ["AWS_EC2_METADATA_DISABLED"] = "true" };
    public Dictionary<string, string> Endpoints { get; } = new(StringComparer.Ordinal);
    public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);
    public List<string> Prompts { get; } = [];
    public string MfaCode { get; set; } = "123456";
    public string? ProfileOption { get; set; }
    public List<(string Service, string? Region, bool Signed)> ClientsMade { get; } = [];

    public CredentialTestBed()
    {
        Env["HOME"] = Home;
        Directory.CreateDirectory(Path.Combine(Home, ".aws"));
    }

    public string CliCacheDir => Path.Combine(Home, ".aws", "cli", "cache");
    public string SsoCacheDir => Path.Combine(Home, ".aws", "sso", "cache");

    public void Config(string text) => File.WriteAllText(Path.Combine(Home, ".aws", "config"), text);
    public void Credentials(string text) => File.WriteAllText(Path.Combine(Home, ".aws", "credentials"), text);

    public CredentialContext Context(HttpClient? metadataHttp = null)
    {
        var config = new ConfigContext(k => Env.TryGetValue(k, out var v) ? v : null, Home, ProfileOption);
        return new CredentialContext
        {
            Config = config,
            CreateClient = CreateClient,
            Clock = Clock,
            PromptMfaCode = prompt => { Prompts.Add(prompt); return MfaCode; },
            RoleCache = JsonFileCache.CliCache(Home),
            SsoTokenCache = JsonFileCache.SsoCache(Home),
            MetadataHttp = metadataHttp,
        };
    }

    private ServiceClient CreateClient(string service, string? region, ICredentialSource? credentials)
    {
        ClientsMade.Add((service, region, credentials is not null));
        var model = new ServiceModel(service, ModelBundle.Embedded.Open(service)!);
        var url = Endpoints.TryGetValue(service, out var u) ? u : throw new InvalidOperationException("No fake endpoint for " + service);
        var endpoint = EndpointResolver.Resolve(model.Metadata, region ?? "us-east-1", EndpointOptions.Default with { EndpointUrl = url });
        return new ServiceClient(new ClientConfig
        {
            Service = model,
            Endpoint = endpoint,
            Credentials = credentials,
            Transport = Transport,
            Clock = Clock,
            Retry = RetryPolicy.Standard(1),
            ParseOptions = new ParseOptions { ConvertTimestamp = (_, wire) => wire.DeepClone() },
        });
    }

    public Task<ProvidedCredentials?> ResolveAsync() => CredentialChain.ResolveAsync(Context(), CancellationToken.None);

    public async Task<(string Method, AwsCredentials Credentials)> CredentialsAsync()
    {
        var found = await ResolveAsync() ?? throw new InvalidOperationException("no credentials");
        return (found.Method, await found.GetCredentialsAsync(CancellationToken.None));
    }

    public JsonObject ReadJson(string path) => (JsonObject)JsonNode.Parse(File.ReadAllText(path))!;

    public void Dispose()
    {
        try { Directory.Delete(Home, true); } catch (IOException) { }
    }
}
