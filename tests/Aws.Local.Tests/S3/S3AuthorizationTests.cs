using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Aws.Core.Auth;
using Aws.Core.Credentials;
using Aws.Core.Http;

namespace Aws.Local.Tests.S3;

public class S3AuthorizationTests : S3TestBase
{
    public S3AuthorizationTests()
    {
        Bucket("secure");
        Put("secure", "doc.txt", "secret");
    }

    [Fact]
    public void Users_need_s3_permissions()
    {
        var nobody = F.UserWithKey("nobody");
        var denied = Fails("AccessDenied", "GetObject", new() { ["Bucket"] = "secure", ["Key"] = "doc.txt" }, nobody);
        Assert.StartsWith($"User: arn:aws:iam::{Account}:user/nobody is not authorized to perform: s3:GetObject on resource: \"arn:aws:s3:::secure/doc.txt\"".Replace("\"", ""), denied.Message.Replace("\"", ""), StringComparison.Ordinal);
        Fails("AccessDenied", "ListObjectsV2", new() { ["Bucket"] = "secure" }, nobody);

        var reader = F.UserWithKey("reader", "AmazonS3ReadOnlyAccess");
        Assert.Equal("secret", Encoding.UTF8.GetString(Get("secure", "doc.txt", credentials: reader).Body));
        Ok("ListObjectsV2", new() { ["Bucket"] = "secure" }, reader);
        Fails("AccessDenied", "PutObject", new() { ["Bucket"] = "secure", ["Key"] = "x", ["Body"] = Core.Protocols.BlobValue.Create([1]) }, reader);
        Fails("AccessDenied", "DeleteObject", new() { ["Bucket"] = "secure", ["Key"] = "doc.txt" }, reader);
    }

    [Fact]
    public void Bucket_policy_grants_and_denies()
    {
        var guest = F.UserWithKey("guest");
        Fails("AccessDenied", "GetObject", new() { ["Bucket"] = "secure", ["Key"] = "doc.txt" }, guest);
        Ok("PutBucketPolicy", new()
        {
            ["Bucket"] = "secure",
            ["Policy"] = $$"""
                {"Version":"2012-10-17","Statement":[
                  {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{Account}}:user/guest"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::secure/*"},
                  {"Effect":"Deny","Principal":"*","Action":"s3:DeleteObject","Resource":"arn:aws:s3:::secure/doc.txt"}]}
                """,
        });
        Assert.Equal("secret", Encoding.UTF8.GetString(Get("secure", "doc.txt", credentials: guest).Body));
        Fails("AccessDenied", "ListObjectsV2", new() { ["Bucket"] = "secure" }, guest);
        // An explicit deny in the bucket policy binds even the admin.
        Fails("AccessDenied", "DeleteObject", new() { ["Bucket"] = "secure", ["Key"] = "doc.txt" });
        Ok("DeleteObject", new() { ["Bucket"] = "secure", ["Key"] = "other.txt" });
    }

    [Fact]
    public void Delete_objects_authorizes_each_key()
    {
        Put("secure", "free.txt", "x");
        Ok("PutBucketPolicy", new()
        {
            ["Bucket"] = "secure",
            ["Policy"] = """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:DeleteObject","Resource":"arn:aws:s3:::secure/doc.txt"}]}""",
        });
        var result = Ok("DeleteObjects", new()
        {
            ["Bucket"] = "secure",
            ["Delete"] = new JsonObject { ["Objects"] = new JsonArray(new JsonObject { ["Key"] = "doc.txt" }, new JsonObject { ["Key"] = "free.txt" }) },
        });
        Assert.Equal("free.txt", result["Deleted"]![0]!["Key"]!.GetValue<string>());
        Assert.Equal(("doc.txt", "AccessDenied"), (result["Errors"]![0]!["Key"]!.GetValue<string>(), result["Errors"]![0]!["Code"]!.GetValue<string>()));
    }

    [Fact]
    public void Bad_keys_and_signatures_get_s3_errors()
    {
        Fails("InvalidAccessKeyId", "ListBuckets", credentials: new AwsCredentials("AKIANOTAREALKEY12345", "x"));
        var error = Fails("SignatureDoesNotMatch", "ListBuckets", credentials: new AwsCredentials(F.Account.AccessKeyId, "wrong-secret"));
        Assert.StartsWith("The request signature we calculated does not match", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Declared_payload_hash_must_match_the_body()
    {
        var body = "hello"u8.ToArray();
        var good = Raw("PUT", "/secure/h.txt", body, Convert.ToHexStringLower(SHA256.HashData(body)));
        Assert.Equal(200, good.StatusCode);
        var bad = Raw("PUT", "/secure/h.txt", body, Convert.ToHexStringLower(SHA256.HashData("other"u8)));
        Assert.Equal((400, "XAmzContentSHA256Mismatch"), (bad.StatusCode, ErrorCode(bad)));
        var unsigned = Raw("PUT", "/secure/u.txt", body, SigV4Constants.UnsignedPayload);
        Assert.Equal(200, unsigned.StatusCode);
        var missing = Raw("GET", "/secure/nope", [], null);
        Assert.Equal((404, "NoSuchKey"), (missing.StatusCode, ErrorCode(missing)));
    }

    [Fact]
    public void Aws_chunked_bodies_are_decoded()
    {
        var payload = RandomNumberGenerator.GetBytes(70_000);
        var chunked = new MemoryStream();
        void Chunk(ReadOnlySpan<byte> data)
        {
            chunked.Write(Encoding.ASCII.GetBytes($"{data.Length:x};chunk-signature={new string('0', 64)}\r\n"));
            chunked.Write(data);
            chunked.Write("\r\n"u8);
        }
        Chunk(payload.AsSpan(0, 65536));
        Chunk(payload.AsSpan(65536));
        Chunk([]);
        var response = Raw("PUT", "/secure/chunked.bin", chunked.ToArray(), "STREAMING-AWS4-HMAC-SHA256-PAYLOAD", before: r =>
        {
            r.Headers["Content-Encoding"] = "aws-chunked";
            r.Headers["x-amz-decoded-content-length"] = "70000";
        });
        Assert.Equal(200, response.StatusCode);
        Assert.Equal(payload, Get("secure", "chunked.bin").Body);
    }

    [Fact]
    public void Flexible_checksums_are_verified_and_echoed()
    {
        var data = "checksummed"u8.ToArray();
        var crc = Core.Protocols.Http.Crc32.ToBase64(Core.Protocols.Http.Crc32.Ieee.Compute(data));
        var put = Put("secure", "crc.txt", data, new() { ["ChecksumAlgorithm"] = "CRC32" });
        Assert.Equal(crc, put["ChecksumCRC32"]!.GetValue<string>());
        var head = Ok("HeadObject", new() { ["Bucket"] = "secure", ["Key"] = "crc.txt", ["ChecksumMode"] = "ENABLED" });
        Assert.Equal(crc, head["ChecksumCRC32"]!.GetValue<string>());
        var ranged = Get("secure", "crc.txt", new() { ["ChecksumMode"] = "ENABLED", ["Range"] = "bytes=0-1" }).Output;
        Assert.Null(ranged["ChecksumCRC32"]);

        var bad = Raw("PUT", "/secure/bad.txt", data, SigV4Constants.UnsignedPayload, before: r => r.Headers["x-amz-checksum-crc32"] = "AAAAAA==");
        Assert.Equal((400, "BadDigest"), (bad.StatusCode, ErrorCode(bad)));

        // aws-chunked with the checksum in a trailer (what recent SDKs send).
        var body = Encoding.ASCII.GetBytes($"{data.Length:x}\r\n").Concat(data).Concat("\r\n0\r\nx-amz-checksum-crc32:"u8.ToArray())
            .Concat(Encoding.ASCII.GetBytes(crc + "\r\n\r\n")).ToArray();
        var trailed = Raw("PUT", "/secure/trailer.txt", body, "STREAMING-UNSIGNED-PAYLOAD-TRAILER", before: r =>
        {
            r.Headers["Content-Encoding"] = "aws-chunked";
            r.Headers["x-amz-trailer"] = "x-amz-checksum-crc32";
            r.Headers["x-amz-decoded-content-length"] = data.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });
        Assert.Equal(200, trailed.StatusCode);
        Assert.Equal(crc, trailed.Headers["x-amz-checksum-crc32"]);
        Assert.Equal(data, Get("secure", "trailer.txt").Body);
    }

    [Fact]
    public async Task Presigned_get_urls_work_until_they_expire()
    {
        var request = new AwsHttpRequest { Method = "GET", Scheme = "http", Host = "127.0.0.1:4566", Path = "/secure/doc.txt" };
        new SigV4Signer().Presign(request, F.Admin, "us-east-1", "s3", F.Clock.GetUtcNow(), TimeSpan.FromMinutes(5), SigV4Options.S3Presign);
        request.Headers["Host"] = request.Host;
        var response = await F.Cloud.HandleAsync(request, cancellation: TestContext.Current.CancellationToken);
        Assert.Equal(200, response.StatusCode);
        using (var body = new MemoryStream())
        {
            response.BodyStream!.CopyTo(body);
            response.BodyStream.Dispose();
            Assert.Equal("secret", Encoding.UTF8.GetString(body.ToArray()));
        }
        F.Clock.Advance(TimeSpan.FromMinutes(10));
        var expired = await F.Cloud.HandleAsync(request, cancellation: TestContext.Current.CancellationToken);
        Assert.Equal((403, "AccessDenied"), (expired.StatusCode, ErrorCode(expired)));
    }
}
