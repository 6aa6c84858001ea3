using Aws.Testing.Http;
using Aws.Core.Credentials;

namespace Aws.Core.Tests.Credentials;

/// <summary>Container credentials and EC2 instance metadata against fake endpoints on loopback.</summary>
public sealed class MetadataProvidersTests : IDisposable
{
    private const string Document =
        "{\"Code\":\"Success\",\"AccessKeyId\":\"ASIAMETA\",\"SecretAccessKey\":\"S\",\"Token\":\"T\",\"Expiration\":\"2099-01-01T00:00:00Z\"}";

    private readonly CredentialTestBed _bed = new();

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task ContainerFullUriWithAuthorizationToken()
    {
        using var container = new FakeEndpoint(_ => FakeResponse.Json(Document));
        _bed.Env["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = container.Url + "/v2/credentials/abc";
        _bed.Env["AWS_CONTAINER_AUTHORIZATION_TOKEN"] = "Basic secret";
        var (method, creds) = await _bed.CredentialsAsync();
        Assert.Equal("container-role", method);
        Assert.Equal("ASIAMETA", creds.AccessKeyId);
        var request = container.Received.Single();
        Assert.Equal("/v2/credentials/abc", request.Path);
        Assert.Equal("Basic secret", request.Header("Authorization"));
    }

    [Fact]
    public async Task ContainerTokenFileWinsAndIsReadEachTime()
    {
        using var container = new FakeEndpoint(_ => FakeResponse.Json(Document));
        var tokenFile = Path.Combine(_bed.Home, "token");
        File.WriteAllText(tokenFile, "from-file\n");
        _bed.Env["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = container.Url + "/creds";
        _bed.Env["AWS_CONTAINER_AUTHORIZATION_TOKEN"] = "from-env";
        _bed.Env["AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"] = tokenFile;
        await _bed.CredentialsAsync();
        Assert.Equal("from-file", container.Received.Single().Header("Authorization"));
    }

    [Fact]
    public async Task ContainerFullUriMustBeLoopbackOrAContainerHost()
    {
        _bed.Env["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = "http://example.com/creds";
        var e = await Assert.ThrowsAsync<CredentialException>(_bed.ResolveAsync);
        Assert.StartsWith("Error when retrieving credentials from container-role: Unsupported host 'example.com'.", e.Message);
    }

    [Fact]
    public void ContainerRelativeUriGoesTo169_254_170_2()
    {
        Assert.Equal("http://169.254.170.2", ContainerProvider.BaseUrl);
    }

    [Fact]
    public async Task ContainerErrorsAreReported()
    {
        using var container = new FakeEndpoint(_ => FakeResponse.Text("nope", 500));
        _bed.Env["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = container.Url + "/creds";
        var e = await Assert.ThrowsAsync<CredentialException>(_bed.ResolveAsync);
        Assert.StartsWith("Error when retrieving credentials from container-role: Error retrieving metadata:", e.Message);
        Assert.Equal(3, container.Received.Length);
    }

    private FakeEndpoint Imds(bool tokenSupported = true) => new(request => (request.Method, request.Path) switch
    {
        ("PUT", "/latest/api/token") => tokenSupported ? FakeResponse.Text("imds-token") : FakeResponse.Text("", 403),
        ("GET", "/latest/meta-data/iam/security-credentials/") => FakeResponse.Text("my-instance-role"),
        ("GET", "/latest/meta-data/iam/security-credentials/my-instance-role") => FakeResponse.Json(Document),
        _ => FakeResponse.Text("not found", 404),
    });

    private void UseImds(FakeEndpoint imds)
    {
        _bed.Env.Remove("AWS_EC2_METADATA_DISABLED");
        _bed.Env["AWS_EC2_METADATA_SERVICE_ENDPOINT"] = imds.Url;
    }

    [Fact]
    public async Task InstanceMetadataUsesAnImdsV2Token()
    {
        using var imds = Imds();
        UseImds(imds);
        var (method, creds) = await _bed.CredentialsAsync();
        Assert.Equal("iam-role", method);
        Assert.Equal("ASIAMETA", creds.AccessKeyId);
        var requests = imds.Received;
        Assert.Equal(["PUT /latest/api/token", "GET /latest/meta-data/iam/security-credentials/",
            "GET /latest/meta-data/iam/security-credentials/my-instance-role"], requests.Select(r => r.Method + " " + r.Path));
        Assert.Equal("21600", requests[0].Header("x-aws-ec2-metadata-token-ttl-seconds"));
        Assert.All(requests.Skip(1), r => Assert.Equal("imds-token", r.Header("x-aws-ec2-metadata-token")));
    }

    [Fact]
    public async Task InstanceMetadataFallsBackToImdsV1()
    {
        using var imds = Imds(tokenSupported: false);
        UseImds(imds);
        Assert.Equal("ASIAMETA", (await _bed.CredentialsAsync()).Credentials.AccessKeyId);
        Assert.All(imds.Received.Skip(1), r => Assert.Null(r.Header("x-aws-ec2-metadata-token")));
    }

    [Fact]
    public async Task InstanceMetadataV1CanBeDisabled()
    {
        using var imds = Imds(tokenSupported: false);
        UseImds(imds);
        _bed.Config("[default]\nec2_metadata_v1_disabled = true\n");
        Assert.Null(await _bed.ResolveAsync());
        Assert.Single(imds.Received);
    }

    [Fact]
    public async Task InstanceMetadataCanBeTurnedOff()
    {
        using var imds = Imds();
        UseImds(imds);
        _bed.Env["AWS_EC2_METADATA_DISABLED"] = "true";
        Assert.Null(await _bed.ResolveAsync());
        Assert.Empty(imds.Received);
    }

    [Fact]
    public async Task UnreachableInstanceMetadataMeansNoCredentials()
    {
        _bed.Env.Remove("AWS_EC2_METADATA_DISABLED");
        _bed.Env["AWS_EC2_METADATA_SERVICE_ENDPOINT"] = "http://127.0.0.1:1";
        _bed.Env["AWS_METADATA_SERVICE_NUM_ATTEMPTS"] = "2";
        Assert.Null(await _bed.ResolveAsync());
    }

    [Fact]
    public void InstanceMetadataEndpointModeIpv6()
    {
        _bed.Config("[default]\nec2_metadata_service_endpoint_mode = IPv6\n");
        Assert.Equal("http://[fd00:ec2::254]/", new InstanceMetadataProvider(_bed.Context()).BaseUrl());
        _bed.Config("");
        Assert.Equal("http://169.254.169.254/", new InstanceMetadataProvider(_bed.Context()).BaseUrl());
    }
}
