using System.Text.Json.Nodes;
using Aws.Core.Protocols;
using Aws.Local.Storage;

namespace Aws.Local.Services.S3;

public sealed partial class S3Service
{
    // Request members kept with the object and answered back by GetObject/HeadObject (same names in and out).
    private static readonly string[] StoredHeaders =
    [
        "CacheControl", "ContentDisposition", "ContentEncoding", "ContentLanguage", "ContentType", "Expires",
        "WebsiteRedirectLocation", "ServerSideEncryption", "SSEKMSKeyId", "BucketKeyEnabled", "StorageClass",
        "SSECustomerAlgorithm", "SSECustomerKeyMD5", "ChecksumCRC32", "ChecksumCRC32C", "ChecksumSHA1", "ChecksumSHA256",
    ];

    /// <summary>The object metadata a PUT (or CreateMultipartUpload, or a REPLACE copy) sets from its headers.</summary>
    private static JsonObject MetaFromRequest(S3Call call)
    {
        var meta = new JsonObject();
        foreach (var name in StoredHeaders)
            if (call.Input[name] is JsonValue v) meta[name] = v.DeepClone();
        var metadata = new JsonObject();
        foreach (var (k, v) in call.Input["Metadata"] as JsonObject ?? []) metadata[k.ToLowerInvariant()] = v?.DeepClone();
        meta["Metadata"] = metadata;
        if (call.Str("Tagging") is { } tagging) meta["Tags"] = ParseTagging(tagging);
        return meta;
    }

    private static JsonObject ParseTagging(string text)
    {
        var tags = new JsonObject();
        foreach (var (key, values) in Core.Protocols.RestXml.RestXmlServerRequestParser.ParseQuery(text)) tags[key] = values[0];
        return tags;
    }

    private static void Stamp(JsonObject meta, string key, long size, string etag, DateTimeOffset now)
    {
        meta["Key"] = key;
        meta["Size"] = size;
        meta["ETag"] = etag;
        meta["LastModified"] = Timestamp(now);
    }

    private async Task<S3Result> PutObjectAsync(S3Call call)
    {
        RequireBucket(call);
        var target = Storage.ObjectPath(call.Bucket, call.Key);
        if (call.Str("IfNoneMatch") == "*" && File.Exists(target)) throw PreconditionFailed("If-None-Match");
        return await Storage.WriteFileAsync(call.Bucket, target, isObject: true, async file =>
        {
            using var checksum = ChecksumFor(call);
            var written = await S3Body.CopyAsync(call.Body, file, call.DeclaredLength, call.Str("ContentMD5"), call.DeclaredSha256, call.Cancellation, checksum);
            var meta = MetaFromRequest(call);
            VerifyChecksum(call, checksum, meta);
            Stamp(meta, call.Key, written.Length, Quote(written.Md5), call.Now);
            return (new S3Result(WriteOutput(meta)), meta);
        });
    }

    /// <summary>
    /// The checksum to compute for an upload: the algorithm of an x-amz-checksum-* header, of the trailer an
    /// aws-chunked body announces (x-amz-trailer), or the one the SDK names (x-amz-sdk-checksum-algorithm).
    /// </summary>
    private static S3Checksum? ChecksumFor(S3Call call)
    {
        foreach (var algorithm in S3Checksum.Algorithms)
            if (call.Request.Headers["x-amz-checksum-" + algorithm] is not null) return S3Checksum.For(algorithm);
        if (call.Request.Headers["x-amz-trailer"] is { } trailer && trailer.StartsWith("x-amz-checksum-", StringComparison.OrdinalIgnoreCase))
            return S3Checksum.For(trailer.Trim()["x-amz-checksum-".Length..]);
        return S3Checksum.For(call.Str("ChecksumAlgorithm"));
    }

    /// <summary>Checks the computed checksum against the header or trailer value; keeps it with the object.</summary>
    private static void VerifyChecksum(S3Call call, S3Checksum? checksum, JsonObject meta)
    {
        if (checksum is null) return;
        var computed = checksum.Value();
        var expected = call.Request.Headers["x-amz-checksum-" + checksum.Algorithm]
            ?? (call.Body as AwsChunkedStream)?.Trailers.GetValueOrDefault("x-amz-checksum-" + checksum.Algorithm);
        if (expected is not null && expected != computed)
            throw new S3Exception("BadDigest", $"The {checksum.Algorithm.ToUpperInvariant()} you specified did not match the calculated checksum.");
        meta[checksum.Member] = computed;
    }

    // What PUT-like operations echo: the ETag, encryption and checksums.
    private static JsonObject WriteOutput(JsonObject meta)
    {
        var output = new JsonObject { ["ETag"] = meta.Str("ETag"), ["ServerSideEncryption"] = meta.Str("ServerSideEncryption") ?? "AES256" };
        foreach (var name in new[] { "SSEKMSKeyId", "BucketKeyEnabled", "ChecksumCRC32", "ChecksumCRC32C", "ChecksumSHA1", "ChecksumSHA256" })
            if (meta[name] is JsonValue v) output[name] = v.DeepClone();
        return output;
    }

    private S3Result GetObject(S3Call call, bool head)
    {
        RequireBucket(call);
        var stored = S3StoredObject.Open(Storage.ObjectPath(call.Bucket, call.Key), Storage.BucketDirectory(call.Bucket))
            ?? throw S3Exception.NoSuchKey(call.Key);
        var meta = stored.Meta;
        try
        {
            var size = stored.Size;
            var etag = stored.ETag;
            var modified = DateTimeOffset.Parse(meta.Str("LastModified")!, System.Globalization.CultureInfo.InvariantCulture);
            CheckConditions(call, etag, modified);
            var output = new JsonObject
            {
                ["AcceptRanges"] = "bytes", ["LastModified"] = meta.Str("LastModified"), ["ETag"] = etag,
                ["ContentType"] = meta.Str("ContentType") ?? "binary/octet-stream",
                ["ServerSideEncryption"] = meta.Str("ServerSideEncryption") ?? "AES256",
            };
            var checksums = string.Equals(call.Str("ChecksumMode"), "ENABLED", StringComparison.OrdinalIgnoreCase);
            foreach (var name in StoredHeaders)
                if (name is not ("ContentType" or "ServerSideEncryption") && meta[name] is JsonValue v
                    && (checksums || !name.StartsWith("Checksum", StringComparison.Ordinal)))
                    output[name] = v.DeepClone();
            if (output.Str("StorageClass") == "STANDARD") output.Remove("StorageClass");
            if (meta["Metadata"] is JsonObject metadata && metadata.Count > 0) output["Metadata"] = metadata.DeepClone();
            if (meta["PartsCount"] is JsonValue parts && call.Long("PartNumber") is not null) output["PartsCount"] = parts.DeepClone();
            if (!head && meta["Tags"] is JsonObject { Count: > 0 } tags) output["TagCount"] = tags.Count;
            foreach (var (query, member) in new[] { ("ResponseContentType", "ContentType"), ("ResponseContentLanguage", "ContentLanguage"),
                         ("ResponseExpires", "Expires"), ("ResponseCacheControl", "CacheControl"),
                         ("ResponseContentDisposition", "ContentDisposition"), ("ResponseContentEncoding", "ContentEncoding") })
                if (call.Input[query] is JsonValue v) output[member] = v.DeepClone();

            long start = 0, length = size;
            int? status = null;
            if (call.Str("Range") is { } range && S3Ranges.TryParse(range, size, out var first, out var last, out var satisfiable))
            {
                if (!satisfiable)
                    throw new S3Exception("InvalidRange", "The requested range is not satisfiable", 416,
                        ("RangeRequested", range), ("ActualObjectSize", size.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                (start, length, status) = (first, last - first + 1, 206);
                output["ContentRange"] = $"bytes {first}-{last}/{size}";
                // A whole-object checksum does not describe a range: S3 leaves it out (clients would validate it).
                foreach (var algorithm in S3Checksum.Algorithms) output.Remove("Checksum" + algorithm.ToUpperInvariant());
            }
            output["ContentLength"] = length;
            if (head)
            {
                stored.Dispose();
                return new S3Result(output, status);
            }
            output["Body"] = StreamValue.Create(stored.ReadAndRelease(start, length));
            return new S3Result(output, status);
        }
        catch
        {
            stored.Dispose();
            throw;
        }
    }

    // RFC 7232 order, as S3 applies it: If-Match, If-Unmodified-Since, If-None-Match, If-Modified-Since.
    private static void CheckConditions(S3Call call, string etag, DateTimeOffset modified)
    {
        var seconds = DateTimeOffset.FromUnixTimeSeconds(modified.ToUnixTimeSeconds());
        var ifMatch = call.Str("IfMatch");
        if (ifMatch is not null && !EtagMatches(ifMatch, etag)) throw PreconditionFailed("If-Match");
        if (ifMatch is null && call.Time("IfUnmodifiedSince") is { } unmodified && seconds > unmodified) throw PreconditionFailed("If-Unmodified-Since");
        var ifNoneMatch = call.Str("IfNoneMatch");
        if (ifNoneMatch is not null && EtagMatches(ifNoneMatch, etag)) throw NotModified(etag, modified);
        if (ifNoneMatch is null && call.Time("IfModifiedSince") is { } since && seconds <= since) throw NotModified(etag, modified);
    }

    private static bool EtagMatches(string header, string etag) =>
        header.Split(',').Select(e => e.Trim()).Any(e => e == "*" || e == etag || "\"" + e + "\"" == etag);

    private static S3Exception PreconditionFailed(string condition) =>
        new("PreconditionFailed", "At least one of the pre-conditions you specified did not hold", 412, ("Condition", condition));

    private static S3Exception NotModified(string etag, DateTimeOffset modified)
    {
        var e = new S3Exception("NotModified", "Not Modified", 304);
        e.Headers.Add(new("ETag", etag));
        e.Headers.Add(new("Last-Modified", Core.Protocols.Formats.TimestampFormatter.FormatRfc822(modified)));
        return e;
    }

    private S3Result DeleteObject(S3Call call)
    {
        RequireBucket(call);
        Storage.DeleteObject(call.Bucket, call.Key);
        return S3Result.Empty;
    }

    private S3Result DeleteObjects(S3Call call)
    {
        RequireBucket(call);
        var quiet = call.Input["Delete"]?["Quiet"] is JsonValue q && q.TryGetValue<bool>(out var b) && b;
        var deleted = new JsonArray();
        var errors = new JsonArray();
        var objects = call.Input["Delete"]?["Objects"] as JsonArray ?? [];
        if (objects.Count > 1000) throw S3Exception.MalformedXml();
        foreach (var item in objects)
        {
            var key = item?["Key"]?.GetValue<string>() ?? "";
            try
            {
                call.Authorize("s3:DeleteObject", S3Actions.Resource(call.Bucket, key), call.Bucket);
                Storage.DeleteObject(call.Bucket, key);
                if (!quiet) deleted.Add((JsonNode)new JsonObject { ["Key"] = key });
            }
            catch (S3Exception e)
            {
                errors.Add((JsonNode)new JsonObject { ["Key"] = key, ["Code"] = e.Code, ["Message"] = e.Message });
            }
        }
        var output = new JsonObject();
        if (deleted.Count > 0) output["Deleted"] = deleted;
        if (errors.Count > 0) output["Errors"] = errors;
        return new S3Result(output);
    }

    private S3Result GetObjectTagging(S3Call call)
    {
        RequireBucket(call);
        var meta = S3ObjectFile.ReadMeta(Storage.ObjectPath(call.Bucket, call.Key)) ?? throw S3Exception.NoSuchKey(call.Key);
        var set = new JsonArray();
        foreach (var (k, v) in meta["Tags"] as JsonObject ?? []) set.Add((JsonNode)new JsonObject { ["Key"] = k, ["Value"] = v?.DeepClone() });
        return new S3Result(new JsonObject { ["TagSet"] = set });
    }

    private S3Result GetObjectAcl(S3Call call)
    {
        var bucket = RequireBucket(call);
        if (!File.Exists(Storage.ObjectPath(call.Bucket, call.Key))) throw S3Exception.NoSuchKey(call.Key);
        return new S3Result(Acl(bucket.Str("Owner")!));
    }

    // Tags live in the object's metadata: rewrite the object file with the same data and new tags.
    private async Task<S3Result> PutObjectTaggingAsync(S3Call call, JsonArray tagSet)
    {
        RequireBucket(call);
        var path = Storage.ObjectPath(call.Bucket, call.Key);
        var source = S3StoredObject.Open(path, Storage.BucketDirectory(call.Bucket)) ?? throw S3Exception.NoSuchKey(call.Key);
        var meta = (JsonObject)source.Meta.DeepClone();
        var tags = new JsonObject();
        foreach (var tag in tagSet) if (tag?["Key"]?.GetValue<string>() is { } k) tags[k] = tag["Value"]?.DeepClone();
        meta["Tags"] = tags;
        await RewriteAsync(call, source, meta, path);
        return S3Result.Empty;
    }

    private async Task RewriteAsync(S3Call call, S3StoredObject source, JsonObject meta, string path)
    {
        using (source)
        {
            await Storage.WriteFileAsync(call.Bucket, path, isObject: true, async file =>
            {
                await source.Read(0, source.Size).CopyToAsync(file, 1 << 20, call.Cancellation);
                meta.Remove("Segments");
                meta.Remove("SegmentsDir");
                return (0, meta);
            });
        }
    }
}
