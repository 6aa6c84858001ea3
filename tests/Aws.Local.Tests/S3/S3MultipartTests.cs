using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Aws.Core.Protocols;

namespace Aws.Local.Tests.S3;

public class S3MultipartTests : S3TestBase
{
    private const int Mib = 1024 * 1024;

    public S3MultipartTests() => Bucket("mpu");

    private string Create(string key) =>
        Ok("CreateMultipartUpload", new() { ["Bucket"] = "mpu", ["Key"] = key, ["ContentType"] = "application/x-big" })["UploadId"]!.GetValue<string>();

    private string Part(string key, string upload, int number, byte[] data) =>
        Ok("UploadPart", new() { ["Bucket"] = "mpu", ["Key"] = key, ["UploadId"] = upload, ["PartNumber"] = number, ["Body"] = BlobValue.Create(data) })["ETag"]!.GetValue<string>();

    private static JsonObject Parts(params (int Number, string ETag)[] parts) => new()
    {
        ["Parts"] = new JsonArray([.. parts.Select(p => (JsonNode)new JsonObject { ["ETag"] = p.ETag, ["PartNumber"] = p.Number })]),
    };

    [Fact]
    public void Complete_upload_joins_parts_with_a_multipart_etag()
    {
        var one = RandomNumberGenerator.GetBytes(5 * Mib);
        var two = RandomNumberGenerator.GetBytes(1234);
        var upload = Create("big.bin");
        var e1 = Part("big.bin", upload, 1, one);
        var e2 = Part("big.bin", upload, 2, two);
        Assert.Equal(Md5Etag(one), e1);

        var listed = Ok("ListParts", new() { ["Bucket"] = "mpu", ["Key"] = "big.bin", ["UploadId"] = upload });
        Assert.Equal([1L, 2L], listed["Parts"]!.AsArray().Select(p => p!["PartNumber"]!.GetValue<long>()).ToArray());
        Assert.Single(Ok("ListMultipartUploads", new() { ["Bucket"] = "mpu" })["Uploads"]!.AsArray());

        var done = Ok("CompleteMultipartUpload", new() { ["Bucket"] = "mpu", ["Key"] = "big.bin", ["UploadId"] = upload, ["MultipartUpload"] = Parts((1, e1), (2, e2)) });
        var expected = "\"" + Convert.ToHexStringLower(MD5.HashData([.. MD5.HashData(one), .. MD5.HashData(two)])) + "-2\"";
        Assert.Equal(expected, done["ETag"]!.GetValue<string>());

        var (output, body, _) = Get("mpu", "big.bin");
        Assert.Equal([.. one, .. two], body);
        Assert.Equal("application/x-big", output["ContentType"]!.GetValue<string>());
        // A range across the part boundary.
        var (_, range, status) = Get("mpu", "big.bin", new() { ["Range"] = $"bytes={5 * Mib - 2}-{5 * Mib + 1}" });
        Assert.Equal(206, status);
        Assert.Equal([one[^2], one[^1], two[0], two[1]], range);
        Assert.Null(Ok("ListMultipartUploads", new() { ["Bucket"] = "mpu" })["Uploads"]);
        Fails("NoSuchUpload", "ListParts", new() { ["Bucket"] = "mpu", ["Key"] = "big.bin", ["UploadId"] = upload });

        // Overwriting the multipart object removes its segments; the new content reads back.
        Put("mpu", "big.bin", "small now");
        Assert.Equal("small now"u8.ToArray(), Get("mpu", "big.bin").Body);
    }

    [Fact]
    public void Complete_checks_sizes_order_and_etags()
    {
        var upload = Create("k");
        var e1 = Part("k", upload, 1, new byte[100]);
        var e2 = Part("k", upload, 2, new byte[100]);
        Fails("EntityTooSmall", "CompleteMultipartUpload", new() { ["Bucket"] = "mpu", ["Key"] = "k", ["UploadId"] = upload, ["MultipartUpload"] = Parts((1, e1), (2, e2)) });
        Fails("InvalidPartOrder", "CompleteMultipartUpload", new() { ["Bucket"] = "mpu", ["Key"] = "k", ["UploadId"] = upload, ["MultipartUpload"] = Parts((2, e2), (1, e1)) });
        Fails("InvalidPart", "CompleteMultipartUpload", new() { ["Bucket"] = "mpu", ["Key"] = "k", ["UploadId"] = upload, ["MultipartUpload"] = Parts((1, "\"bad\"")) });
        Fails("InvalidArgument", "UploadPart", new() { ["Bucket"] = "mpu", ["Key"] = "k", ["UploadId"] = upload, ["PartNumber"] = 10001, ["Body"] = BlobValue.Create([1]) });
        Ok("CompleteMultipartUpload", new() { ["Bucket"] = "mpu", ["Key"] = "k", ["UploadId"] = upload, ["MultipartUpload"] = Parts((2, e2)) });
        Assert.Equal(100, Ok("HeadObject", new() { ["Bucket"] = "mpu", ["Key"] = "k" })["ContentLength"]!.GetValue<long>());
    }

    [Fact]
    public void Abort_removes_the_upload()
    {
        var upload = Create("gone");
        Part("gone", upload, 1, [1, 2, 3]);
        Ok("AbortMultipartUpload", new() { ["Bucket"] = "mpu", ["Key"] = "gone", ["UploadId"] = upload });
        Fails("NoSuchUpload", "UploadPart", new() { ["Bucket"] = "mpu", ["Key"] = "gone", ["UploadId"] = upload, ["PartNumber"] = 1, ["Body"] = BlobValue.Create([1]) });
        Fails("NoSuchUpload", "AbortMultipartUpload", new() { ["Bucket"] = "mpu", ["Key"] = "gone", ["UploadId"] = upload });
    }

    [Fact]
    public void Upload_part_copy_takes_a_range_of_another_object()
    {
        Put("mpu", "source", "0123456789");
        var upload = Create("copy");
        var copied = Ok("UploadPartCopy", new() { ["Bucket"] = "mpu", ["Key"] = "copy", ["UploadId"] = upload, ["PartNumber"] = 1, ["CopySource"] = "mpu/source", ["CopySourceRange"] = "bytes=3-6" });
        var etag = copied["CopyPartResult"]!["ETag"]!.GetValue<string>();
        Assert.Equal(Md5Etag("3456"u8.ToArray()), etag);
        Ok("CompleteMultipartUpload", new() { ["Bucket"] = "mpu", ["Key"] = "copy", ["UploadId"] = upload, ["MultipartUpload"] = Parts((1, etag)) });
        Assert.Equal("3456"u8.ToArray(), Get("mpu", "copy").Body);
    }
}
