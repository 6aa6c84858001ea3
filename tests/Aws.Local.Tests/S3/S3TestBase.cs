using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Aws.Core.Auth;
using Aws.Core.Credentials;
using Aws.Core.Http;
using Aws.Core.Protocols;
using Aws.Local.Tests.Host;

namespace Aws.Local.Tests.S3;

/// <summary>An ephemeral local cloud called through the real S3 client pipeline, with helpers for objects.</summary>
public abstract class S3TestBase
{
    protected LocalCloudFixture F { get; } = new();

    protected string Account => F.Account.AccountId;

    protected JsonObject Ok(string operation, JsonObject? input = null, AwsCredentials? credentials = null) =>
        F.Ok("s3", operation, input, credentials);

    protected ServiceError Fails(string code, string operation, JsonObject? input = null, AwsCredentials? credentials = null) =>
        F.Fails(code, "s3", operation, input, credentials);

    protected void Bucket(string name) => Ok("CreateBucket", new() { ["Bucket"] = name });

    protected JsonObject Put(string bucket, string key, byte[] body, JsonObject? extra = null, AwsCredentials? credentials = null)
    {
        var input = new JsonObject { ["Bucket"] = bucket, ["Key"] = key, ["Body"] = BlobValue.Create(body) };
        foreach (var (k, v) in extra ?? []) input[k] = v?.DeepClone();
        return Ok("PutObject", input, credentials);
    }

    protected JsonObject Put(string bucket, string key, string body, JsonObject? extra = null) => Put(bucket, key, Encoding.UTF8.GetBytes(body), extra);

    /// <summary>GetObject: the output members and the body bytes.</summary>
    protected (JsonObject Output, byte[] Body, int Status) Get(string bucket, string key, JsonObject? extra = null, AwsCredentials? credentials = null)
    {
        var input = new JsonObject { ["Bucket"] = bucket, ["Key"] = key };
        foreach (var (k, v) in extra ?? []) input[k] = v?.DeepClone();
        var config = F.Config("s3", credentials ?? F.Admin);
        var client = new Core.Runtime.ServiceClient(config);
        var result = client.CallAsync(config.Service.GetOperation("GetObject")!, input, CancellationToken.None).GetAwaiter().GetResult();
        Assert.True(result.Parsed.Error is null, $"GetObject: {result.Parsed.Error?.Code} {result.Parsed.Error?.Message}");
        using var body = new MemoryStream();
        result.Response.BodyStream?.CopyTo(body);
        result.Response.BodyStream?.Dispose();
        return (result.Parsed.Result!, body.ToArray(), result.Response.StatusCode);
    }

    protected static string Md5Etag(byte[] data) => "\"" + Convert.ToHexStringLower(MD5.HashData(data)) + "\"";

    protected static string[] Keys(JsonObject listing) =>
        [.. (listing["Contents"] as JsonArray ?? []).Select(c => c!["Key"]!.GetValue<string>())];

    protected static string[] Prefixes(JsonObject listing) =>
        [.. (listing["CommonPrefixes"] as JsonArray ?? []).Select(c => c!["Prefix"]!.GetValue<string>())];

    /// <summary>A hand-built request signed for s3 (header signing, given x-amz-content-sha256), sent to the cloud.</summary>
    protected AwsHttpResponse Raw(string method, string path, byte[] body, string? contentSha256 = null, AwsCredentials? credentials = null,
        Action<AwsHttpRequest>? before = null, string? host = null)
    {
        var request = new AwsHttpRequest { Method = method, Scheme = "http", Host = host ?? "127.0.0.1:4566", Path = path, Body = body };
        request.Headers["Host"] = request.Host;
        if (contentSha256 is not null) request.Headers[SigV4Constants.ContentSha256Header] = contentSha256;
        before?.Invoke(request);
        new SigV4Signer().Sign(request, credentials ?? F.Admin, "us-east-1", "s3", F.Clock.GetUtcNow(),
            contentSha256 is null ? SigV4Options.S3 : SigV4Options.S3 with { AddContentSha256Header = false });
        return F.Cloud.HandleAsync(request).GetAwaiter().GetResult();
    }

    protected static string ErrorCode(AwsHttpResponse response) =>
        System.Xml.Linq.XDocument.Parse(Encoding.UTF8.GetString(response.Body)).Root!.Element("Code")!.Value;
}
