using System.Text;
using System.Text.Json.Nodes;
using Aws.Core.Credentials;
using Aws.Core.Endpoints;
using Aws.Core.Model;
using Aws.Core.Protocols;
using Aws.Core.Runtime;
using Aws.Local.Host;

namespace Aws.Local.Tests.S3;

/// <summary>Objects on disk: they survive a restart, other processes' writes show up in listings, parallel writers are safe.</summary>
public sealed class S3StorageTests : IDisposable
{
    private static readonly ServiceModel Model = new("s3", ModelBundle.Embedded.Open("s3api")!);
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "s3-storage-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private static ServiceClient Client(LocalCloud cloud, AwsCredentials credentials) => new(new ClientConfig
    {
        Service = Model,
        Endpoint = EndpointResolver.Resolve(Model.Metadata, "us-east-1", EndpointOptions.FromSettings(false, false, "http://127.0.0.1:4566")),
        Credentials = new FixedCredentialSource(credentials),
        Transport = new InProcessTransport(cloud),
        Retry = RetryPolicy.Standard(1),
    });

    private static JsonObject Call(ServiceClient client, string operation, JsonObject input)
    {
        var result = client.CallAsync(Model.GetOperation(operation)!, input, CancellationToken.None).GetAwaiter().GetResult();
        Assert.True(result.Parsed.Error is null, $"{operation}: {result.Parsed.Error?.Code} {result.Parsed.Error?.Message}");
        result.Response.BodyStream?.Dispose();
        return result.Parsed.Result!;
    }

    private static JsonObject PutInput(string key, string body) =>
        new() { ["Bucket"] = "durable", ["Key"] = key, ["Body"] = BlobValue.Create(Encoding.UTF8.GetBytes(body)) };

    [Fact]
    public void Objects_survive_a_restart_and_show_up_in_another_instance()
    {
        var first = new LocalCloud(new LocalCloudOptions { DataDirectory = _dir });
        var account = AccountSetup.Create(first.Store, DateTimeOffset.UtcNow);
        var credentials = new AwsCredentials(account.AccessKeyId, account.SecretAccessKey);
        var a = Client(first, credentials);
        Call(a, "CreateBucket", new() { ["Bucket"] = "durable" });
        Call(a, "PutObject", PutInput("one", "1"));
        Assert.Single(Call(a, "ListObjectsV2", new() { ["Bucket"] = "durable" })["Contents"]!.AsArray());

        // A second instance on the same folder (another process, or after a restart) sees it, and its writes show up here.
        var second = new LocalCloud(new LocalCloudOptions { DataDirectory = _dir });
        var b = Client(second, credentials);
        Assert.Equal("one", Call(b, "ListObjectsV2", new() { ["Bucket"] = "durable" })["Contents"]![0]!["Key"]!.GetValue<string>());
        Call(b, "PutObject", PutInput("two", "2"));
        Thread.Sleep(300); // directory times are coarse: the index re-reads recently changed folders
        var keys = Call(a, "ListObjectsV2", new() { ["Bucket"] = "durable" })["Contents"]!.AsArray().Select(c => c!["Key"]!.GetValue<string>());
        Assert.Equal(["one", "two"], keys.ToArray());
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_dir, "s3", "durable", ".tmp")));
    }

    [Fact]
    public async Task Parallel_puts_and_lists_are_safe()
    {
        var cloud = new LocalCloud(new LocalCloudOptions { DataDirectory = _dir });
        var account = AccountSetup.Create(cloud.Store, DateTimeOffset.UtcNow);
        var client = Client(cloud, new AwsCredentials(account.AccessKeyId, account.SecretAccessKey));
        Call(client, "CreateBucket", new() { ["Bucket"] = "durable" });
        var tasks = Enumerable.Range(0, 40).Select(i => Task.Run(() =>
        {
            Call(client, "PutObject", PutInput($"k{i:D2}", new string('x', i)));
            Call(client, "PutObject", PutInput("shared", $"writer {i}"));
            Call(client, "ListObjectsV2", new() { ["Bucket"] = "durable" });
        }));
        await Task.WhenAll(tasks);
        var listing = Call(client, "ListObjectsV2", new() { ["Bucket"] = "durable" })["Contents"]!.AsArray();
        Assert.Equal(41, listing.Count);
        Assert.Equal(39, listing.Single(c => c!["Key"]!.GetValue<string>() == "k39")!["Size"]!.GetValue<long>());
    }
}
