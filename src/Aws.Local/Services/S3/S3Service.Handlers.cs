using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Aws.Local.Storage;

namespace Aws.Local.Services.S3;

public sealed partial class S3Service
{
    private Dictionary<string, Func<S3Call, Task<S3Result>>> Handlers() => new(StringComparer.Ordinal)
    {
        ["ListBuckets"] = c => Sync(ListBuckets(c)),
        ["CreateBucket"] = c => Sync(CreateBucket(c)),
        ["DeleteBucket"] = c => Sync(DeleteBucket(c)),
        ["HeadBucket"] = c => Sync(HeadBucket(c)),
        ["GetBucketLocation"] = c => Sync(GetBucketLocation(c)),
        ["PutBucketPolicy"] = c => Sync(PutBucketPolicy(c)),
        ["GetBucketPolicy"] = c => Sync(GetBucketConfig(c, "Policy", "Policy", "NoSuchBucketPolicy", "The bucket policy does not exist")),
        ["DeleteBucketPolicy"] = c => Sync(DeleteBucketConfig(c, "Policy")),
        ["PutBucketWebsite"] = c => Sync(PutBucketConfig(c, "WebsiteConfiguration", "Website")),
        ["GetBucketWebsite"] = c => Sync(GetBucketConfigObject(c, "Website", "NoSuchWebsiteConfiguration", "The specified bucket does not have a website configuration")),
        ["DeleteBucketWebsite"] = c => Sync(DeleteBucketConfig(c, "Website")),
        ["PutBucketTagging"] = c => Sync(PutBucketConfig(c, "Tagging", "Tagging")),
        ["GetBucketTagging"] = c => Sync(GetBucketConfigObject(c, "Tagging", "NoSuchTagSet", "The TagSet does not exist")),
        ["DeleteBucketTagging"] = c => Sync(DeleteBucketConfig(c, "Tagging")),
        ["GetBucketVersioning"] = c => Sync(WithBucket(c, _ => S3Result.Empty)),
        ["GetBucketAcl"] = c => Sync(WithBucket(c, b => new S3Result(Acl(b.Str("Owner")!)))),
        ["GetObjectAcl"] = c => Sync(GetObjectAcl(c)),
        ["PutObject"] = PutObjectAsync,
        ["GetObject"] = c => Sync(GetObject(c, head: false)),
        ["HeadObject"] = c => Sync(GetObject(c, head: true)),
        ["DeleteObject"] = c => Sync(DeleteObject(c)),
        ["DeleteObjects"] = c => Sync(DeleteObjects(c)),
        ["CopyObject"] = CopyObjectAsync,
        ["GetObjectTagging"] = c => Sync(GetObjectTagging(c)),
        ["PutObjectTagging"] = c => PutObjectTaggingAsync(c, c.Input["Tagging"]?["TagSet"] as JsonArray ?? []),
        ["DeleteObjectTagging"] = c => PutObjectTaggingAsync(c, []),
        ["ListObjects"] = c => Sync(ListObjects(c, v2: false)),
        ["ListObjectsV2"] = c => Sync(ListObjects(c, v2: true)),
        ["CreateMultipartUpload"] = c => Sync(CreateMultipartUpload(c)),
        ["UploadPart"] = UploadPartAsync,
        ["UploadPartCopy"] = UploadPartCopyAsync,
        ["CompleteMultipartUpload"] = CompleteMultipartUploadAsync,
        ["AbortMultipartUpload"] = c => Sync(AbortMultipartUpload(c)),
        ["ListParts"] = c => Sync(ListParts(c)),
        ["ListMultipartUploads"] = c => Sync(ListMultipartUploads(c)),
    };

    private static Task<S3Result> Sync(S3Result result) => Task.FromResult(result);

    private JsonObject RequireBucket(S3Call call) => Storage.Bucket(call.Bucket) ?? throw S3Exception.NoSuchBucket(call.Bucket);

    private S3Result WithBucket(S3Call call, Func<JsonObject, S3Result> action) => action(RequireBucket(call));

    /// <summary>S3 timestamps: ISO 8601 UTC with milliseconds.</summary>
    internal static string Timestamp(DateTimeOffset t) =>
        t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The canonical user id S3 shows for an account (a stable 64-hex value).</summary>
    internal static string CanonicalId(string account) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("s3-owner:" + account)));

    internal static JsonObject Owner(string account) => new() { ["DisplayName"] = account, ["ID"] = CanonicalId(account) };

    private static JsonObject Acl(string account) => new()
    {
        ["Owner"] = Owner(account),
        ["Grants"] = new JsonArray(new JsonObject
        {
            ["Grantee"] = new JsonObject { ["Type"] = "CanonicalUser", ["DisplayName"] = account, ["ID"] = CanonicalId(account) },
            ["Permission"] = "FULL_CONTROL",
        }),
    };

    private static string Quote(byte[] md5) => "\"" + Convert.ToHexStringLower(md5) + "\"";
}
