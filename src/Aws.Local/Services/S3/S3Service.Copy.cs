using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Aws.Local.Storage;

namespace Aws.Local.Services.S3;

public sealed partial class S3Service
{
    /// <summary>"bucket/key", "/bucket/key" or with "?versionId=": URL-encoded as clients send x-amz-copy-source.</summary>
    private static (string Bucket, string Key) ParseCopySource(string source)
    {
        var q = source.IndexOf('?');
        if (q >= 0) source = source[..q];
        source = Uri.UnescapeDataString(source).TrimStart('/');
        var slash = source.IndexOf('/');
        if (slash <= 0 || slash == source.Length - 1)
            throw new S3Exception("InvalidArgument", "Invalid copy source object key", 400, ("ArgumentName", "x-amz-copy-source"), ("ArgumentValue", source));
        return (source[..slash], source[(slash + 1)..]);
    }

    /// <summary>Opens the copy source after checking it exists and the caller may read it.</summary>
    private (S3StoredObject File, JsonObject Meta, string Bucket, string Key) OpenCopySource(S3Call call)
    {
        var (bucket, key) = ParseCopySource(call.Str("CopySource") ?? "");
        call.Authorize("s3:GetObject", S3Actions.Resource(bucket, key), bucket);
        if (Storage.Bucket(bucket) is null) throw S3Exception.NoSuchBucket(bucket);
        var opened = S3StoredObject.Open(Storage.ObjectPath(bucket, key), Storage.BucketDirectory(bucket)) ?? throw S3Exception.NoSuchKey(key);
        var etag = opened.ETag;
        if (call.Str("CopySourceIfMatch") is { } ifMatch && !EtagMatches(ifMatch, etag))
        {
            opened.Dispose();
            throw PreconditionFailed("x-amz-copy-source-If-Match");
        }
        if (call.Str("CopySourceIfNoneMatch") is { } ifNone && EtagMatches(ifNone, etag))
        {
            opened.Dispose();
            throw PreconditionFailed("x-amz-copy-source-If-None-Match");
        }
        return (opened, opened.Meta, bucket, key);
    }

    private async Task<S3Result> CopyObjectAsync(S3Call call)
    {
        RequireBucket(call);
        var (source, sourceMeta, sourceBucket, sourceKey) = OpenCopySource(call);
        using (source)
        {
            var replace = string.Equals(call.Str("MetadataDirective"), "REPLACE", StringComparison.OrdinalIgnoreCase);
            if (sourceBucket == call.Bucket && sourceKey == call.Key && !replace && call.Str("StorageClass") is null
                && call.Str("ServerSideEncryption") is null && call.Str("WebsiteRedirectLocation") is null)
                throw S3Exception.InvalidRequest("This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.");
            var meta = replace ? MetaFromRequest(call) : (JsonObject)sourceMeta.DeepClone();
            if (!replace)
            {
                foreach (var name in new[] { "StorageClass", "ServerSideEncryption", "SSEKMSKeyId", "WebsiteRedirectLocation" })
                    if (call.Input[name] is JsonValue v) meta[name] = v.DeepClone();
                meta.Remove("PartsCount");
            }
            meta.Remove("Segments");
            meta.Remove("SegmentsDir");
            if (string.Equals(call.Str("TaggingDirective"), "REPLACE", StringComparison.OrdinalIgnoreCase))
                meta["Tags"] = call.Str("Tagging") is { } t ? ParseTagging(t) : new JsonObject();
            else meta["Tags"] = sourceMeta["Tags"]?.DeepClone();
            var size = sourceMeta["Size"]!.GetValue<long>();
            var (length, md5) = await CopyDataAsync(call, source, 0, size, meta, Storage.ObjectPath(call.Bucket, call.Key));
            return new S3Result(new JsonObject
            {
                ["CopyObjectResult"] = new JsonObject { ["ETag"] = Quote(md5), ["LastModified"] = Timestamp(call.Now) },
                ["ServerSideEncryption"] = meta.Str("ServerSideEncryption") ?? "AES256",
            });
        }
    }

    /// <summary>Copies [offset, offset+length) of a source file into a new object or part file, stamping the metadata.</summary>
    private async Task<(long Length, byte[] Md5)> CopyDataAsync(S3Call call, S3StoredObject source, long offset, long length,
        JsonObject meta, string target, Action<JsonObject, byte[]>? stamp = null)
    {
        return await Storage.WriteFileAsync(call.Bucket, target, isObject: stamp is null, async file =>
        {
            var written = await S3Body.CopyAsync(source.Read(offset, length), file, length, null, null, call.Cancellation);
            if (stamp is not null) stamp(meta, written.Md5);
            else Stamp(meta, call.Key, written.Length, Quote(written.Md5), call.Now);
            return ((written.Length, written.Md5), meta);
        });
    }
}
