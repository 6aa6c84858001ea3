using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Aws.Local.Tests.S3;

public class S3ObjectTests : S3TestBase
{
    public S3ObjectTests() => Bucket("objs");

    [Fact]
    public void Put_then_get_returns_the_bytes_metadata_and_md5_etag()
    {
        var data = RandomNumberGenerator.GetBytes(100_000);
        var put = Put("objs", "dir/file name+1.bin", data, new()
        {
            ["ContentType"] = "application/x-test", ["Metadata"] = new JsonObject { ["Color"] = "blue" },
            ["StorageClass"] = "STANDARD_IA", ["CacheControl"] = "no-cache",
        });
        Assert.Equal(Md5Etag(data), put["ETag"]!.GetValue<string>());
        Assert.Equal("AES256", put["ServerSideEncryption"]!.GetValue<string>());

        var (output, body, status) = Get("objs", "dir/file name+1.bin");
        Assert.Equal(200, status);
        Assert.Equal(data, body);
        Assert.Equal("application/x-test", output["ContentType"]!.GetValue<string>());
        Assert.Equal("blue", output["Metadata"]!["color"]!.GetValue<string>());
        Assert.Equal("STANDARD_IA", output["StorageClass"]!.GetValue<string>());
        Assert.Equal("no-cache", output["CacheControl"]!.GetValue<string>());
        Assert.Equal(100_000, output["ContentLength"]!.GetValue<long>());

        var head = Ok("HeadObject", new() { ["Bucket"] = "objs", ["Key"] = "dir/file name+1.bin" });
        Assert.Equal(Md5Etag(data), head["ETag"]!.GetValue<string>());
        Assert.Equal("bytes", head["AcceptRanges"]!.GetValue<string>());
    }

    [Fact]
    public void Content_md5_is_checked()
    {
        var wrong = Convert.ToBase64String(MD5.HashData("other"u8));
        Fails("BadDigest", "PutObject", new() { ["Bucket"] = "objs", ["Key"] = "k", ["Body"] = Core.Protocols.BlobValue.Create("data"u8.ToArray()), ["ContentMD5"] = wrong });
        Fails("404", "HeadObject", new() { ["Bucket"] = "objs", ["Key"] = "k" });
        var right = Convert.ToBase64String(MD5.HashData("data"u8));
        Ok("PutObject", new() { ["Bucket"] = "objs", ["Key"] = "k", ["Body"] = Core.Protocols.BlobValue.Create("data"u8.ToArray()), ["ContentMD5"] = right });
    }

    [Fact]
    public void Ranges_answer_206_with_content_range()
    {
        Put("objs", "r", "0123456789");
        var (output, body, status) = Get("objs", "r", new() { ["Range"] = "bytes=2-5" });
        Assert.Equal((206, "2345", "bytes 2-5/10"), (status, Encoding.UTF8.GetString(body), output["ContentRange"]!.GetValue<string>()));
        Assert.Equal("789", Encoding.UTF8.GetString(Get("objs", "r", new() { ["Range"] = "bytes=-3" }).Body));
        Assert.Equal("89", Encoding.UTF8.GetString(Get("objs", "r", new() { ["Range"] = "bytes=8-" }).Body));
        Assert.Equal("0123456789", Encoding.UTF8.GetString(Get("objs", "r", new() { ["Range"] = "bytes=0-100" }).Body));
        Fails("InvalidRange", "GetObject", new() { ["Bucket"] = "objs", ["Key"] = "r", ["Range"] = "bytes=20-30" });
    }

    [Fact]
    public void Conditional_gets()
    {
        var etag = Put("objs", "c", "content")["ETag"]!.GetValue<string>();
        Fails("304", "GetObject", new() { ["Bucket"] = "objs", ["Key"] = "c", ["IfNoneMatch"] = etag });
        Fails("PreconditionFailed", "GetObject", new() { ["Bucket"] = "objs", ["Key"] = "c", ["IfMatch"] = "\"nope\"" });
        Assert.Equal("content", Encoding.UTF8.GetString(Get("objs", "c", new() { ["IfMatch"] = etag }).Body));
        Fails("304", "GetObject", new() { ["Bucket"] = "objs", ["Key"] = "c", ["IfModifiedSince"] = F.Clock.GetUtcNow().AddMinutes(1).ToString("R") });
        Fails("PreconditionFailed", "GetObject", new() { ["Bucket"] = "objs", ["Key"] = "c", ["IfUnmodifiedSince"] = F.Clock.GetUtcNow().AddDays(-1).ToString("R") });
    }

    [Fact]
    public void Response_overrides_replace_headers()
    {
        Put("objs", "o", "x", new() { ["ContentType"] = "text/plain" });
        var (output, _, _) = Get("objs", "o", new() { ["ResponseContentType"] = "image/png", ["ResponseContentDisposition"] = "attachment" });
        Assert.Equal("image/png", output["ContentType"]!.GetValue<string>());
        Assert.Equal("attachment", output["ContentDisposition"]!.GetValue<string>());
    }

    [Fact]
    public void Missing_objects_and_buckets()
    {
        var error = Fails("NoSuchKey", "GetObject", new() { ["Bucket"] = "objs", ["Key"] = "missing" });
        Assert.Equal("The specified key does not exist.", error.Message);
        Fails("404", "HeadObject", new() { ["Bucket"] = "objs", ["Key"] = "missing" });
        Fails("NoSuchBucket", "GetObject", new() { ["Bucket"] = "no-bucket", ["Key"] = "k" });
        Ok("DeleteObject", new() { ["Bucket"] = "objs", ["Key"] = "missing" }); // S3 deletes idempotently
    }

    [Fact]
    public void Delete_objects_reports_each_key()
    {
        Put("objs", "a", "1");
        Put("objs", "b", "2");
        var result = Ok("DeleteObjects", new()
        {
            ["Bucket"] = "objs",
            ["Delete"] = new JsonObject { ["Objects"] = new JsonArray(new JsonObject { ["Key"] = "a" }, new JsonObject { ["Key"] = "b" }, new JsonObject { ["Key"] = "zz" }) },
        });
        Assert.Equal(["a", "b", "zz"], result["Deleted"]!.AsArray().Select(d => d!["Key"]!.GetValue<string>()).ToArray());
        Assert.Empty(Keys(Ok("ListObjectsV2", new() { ["Bucket"] = "objs" })));
    }

    [Fact]
    public void Copy_object_copies_or_replaces_metadata()
    {
        Put("objs", "src", "payload", new() { ["ContentType"] = "text/x-src", ["Metadata"] = new JsonObject { ["a"] = "1" } });
        var copy = Ok("CopyObject", new() { ["Bucket"] = "objs", ["Key"] = "dst", ["CopySource"] = "objs/src" });
        Assert.Equal(Md5Etag("payload"u8.ToArray()), copy["CopyObjectResult"]!["ETag"]!.GetValue<string>());
        var (copied, body, _) = Get("objs", "dst");
        Assert.Equal(("payload", "text/x-src", "1"), (Encoding.UTF8.GetString(body), copied["ContentType"]!.GetValue<string>(), copied["Metadata"]!["a"]!.GetValue<string>()));

        Ok("CopyObject", new()
        {
            ["Bucket"] = "objs", ["Key"] = "dst", ["CopySource"] = "/objs/src", ["MetadataDirective"] = "REPLACE",
            ["Metadata"] = new JsonObject { ["b"] = "2" }, ["ContentType"] = "text/y",
        });
        var replaced = Ok("HeadObject", new() { ["Bucket"] = "objs", ["Key"] = "dst" });
        Assert.Equal("text/y", replaced["ContentType"]!.GetValue<string>());
        Assert.Null(replaced["Metadata"]!["a"]);
        Fails("InvalidRequest", "CopyObject", new() { ["Bucket"] = "objs", ["Key"] = "src", ["CopySource"] = "objs/src" });
        Fails("NoSuchKey", "CopyObject", new() { ["Bucket"] = "objs", ["Key"] = "x", ["CopySource"] = "objs/none" });
    }

    [Fact]
    public void Object_tagging_round_trips()
    {
        Put("objs", "t", "x", new() { ["Tagging"] = "env=dev&team=a" });
        var tags = Ok("GetObjectTagging", new() { ["Bucket"] = "objs", ["Key"] = "t" })["TagSet"]!.AsArray();
        Assert.Equal(["env", "team"], tags.Select(t => t!["Key"]!.GetValue<string>()).ToArray());
        Ok("PutObjectTagging", new() { ["Bucket"] = "objs", ["Key"] = "t", ["Tagging"] = new JsonObject { ["TagSet"] = new JsonArray(new JsonObject { ["Key"] = "k", ["Value"] = "v" }) } });
        Assert.Equal("v", Ok("GetObjectTagging", new() { ["Bucket"] = "objs", ["Key"] = "t" })["TagSet"]![0]!["Value"]!.GetValue<string>());
        Assert.Equal("x", Encoding.UTF8.GetString(Get("objs", "t").Body));
        Ok("DeleteObjectTagging", new() { ["Bucket"] = "objs", ["Key"] = "t" });
        Assert.Empty(Ok("GetObjectTagging", new() { ["Bucket"] = "objs", ["Key"] = "t" })["TagSet"]!.AsArray());
    }

    [Fact]
    public void Virtual_hosted_requests_address_the_bucket_in_the_host()
    {
        var put = Raw("PUT", "/vh/key.txt", "virtual"u8.ToArray(), Aws.Core.Auth.SigV4Constants.UnsignedPayload, host: "objs.localhost:4566");
        Assert.Equal(200, put.StatusCode);
        Assert.Equal("virtual", Encoding.UTF8.GetString(Get("objs", "vh/key.txt").Body));
        var list = Raw("GET", "/", [], Aws.Core.Auth.SigV4Constants.UnsignedPayload, host: "objs.s3.us-east-1.amazonaws.com", before: r => r.QueryString = "list-type=2&prefix=vh");
        Assert.Contains("<Key>vh/key.txt</Key>", Encoding.UTF8.GetString(list.Body), StringComparison.Ordinal);
    }

    [Fact]
    public void Overwrite_replaces_the_object()
    {
        Put("objs", "same", "first");
        Put("objs", "same", "second, longer");
        Assert.Equal("second, longer", Encoding.UTF8.GetString(Get("objs", "same").Body));
        Assert.Single(Keys(Ok("ListObjectsV2", new() { ["Bucket"] = "objs" })));
    }
}
