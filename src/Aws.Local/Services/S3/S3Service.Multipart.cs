using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Aws.Local.Storage;

namespace Aws.Local.Services.S3;

public sealed partial class S3Service
{
    private const long MinPartSize = 5 * 1024 * 1024;

    private S3Result CreateMultipartUpload(S3Call call)
    {
        RequireBucket(call);
        var uploadId = Convert.ToBase64String(RandomNumberGenerator.GetBytes(36)).Replace('+', '-').Replace('/', '_');
        var meta = MetaFromRequest(call);
        var upload = new JsonObject
        {
            ["Key"] = call.Key, ["Initiated"] = Timestamp(call.Now), ["Owner"] = call.Principal.AccountId,
            ["InitiatorArn"] = call.Principal.Arn, ["Meta"] = meta,
        };
        var dir = Storage.UploadDirectory(call.Bucket, uploadId);
        Directory.CreateDirectory(dir);
        Storage.WriteAtomically(call.Bucket, Path.Combine(dir, "upload.json"), Encoding.UTF8.GetBytes(upload.ToJsonString()));
        var output = new JsonObject { ["Bucket"] = call.Bucket, ["Key"] = call.Key, ["UploadId"] = uploadId };
        foreach (var name in new[] { "ServerSideEncryption", "SSEKMSKeyId", "BucketKeyEnabled" })
            if (meta[name] is JsonValue v) output[name] = v.DeepClone();
        return new S3Result(output);
    }

    private (JsonObject Upload, string Directory) RequireUpload(S3Call call)
    {
        RequireBucket(call);
        var id = call.Str("UploadId") ?? "";
        var upload = Storage.Upload(call.Bucket, id);
        if (upload is null || upload.Str("Key") != call.Key) throw S3Exception.NoSuchUpload(id);
        return (upload, Storage.UploadDirectory(call.Bucket, id));
    }

    private static int PartNumber(S3Call call)
    {
        var n = call.Long("PartNumber") ?? 0;
        if (n is < 1 or > 10000)
            throw S3Exception.InvalidArgument("Part number must be an integer between 1 and 10000, inclusive", "partNumber",
                n.ToString(CultureInfo.InvariantCulture));
        return (int)n;
    }

    private async Task<S3Result> UploadPartAsync(S3Call call)
    {
        var (_, dir) = RequireUpload(call);
        var number = PartNumber(call);
        return await Storage.WriteFileAsync(call.Bucket, S3Storage.PartPath(dir, number), isObject: false, async file =>
        {
            using var checksum = ChecksumFor(call);
            var written = await S3Body.CopyAsync(call.Body, file, call.DeclaredLength, call.Str("ContentMD5"), call.DeclaredSha256, call.Cancellation, checksum);
            var meta = new JsonObject
            {
                ["PartNumber"] = number, ["Size"] = written.Length, ["ETag"] = Quote(written.Md5), ["LastModified"] = Timestamp(call.Now),
                ["Md5"] = Convert.ToBase64String(written.Md5),
            };
            VerifyChecksum(call, checksum, meta);
            var output = new JsonObject { ["ETag"] = meta.Str("ETag"), ["ServerSideEncryption"] = "AES256" };
            if (checksum is not null) output[checksum.Member] = meta[checksum.Member]!.DeepClone();
            return (new S3Result(output), meta);
        });
    }

    private async Task<S3Result> UploadPartCopyAsync(S3Call call)
    {
        var (_, dir) = RequireUpload(call);
        var number = PartNumber(call);
        var (source, sourceMeta, _, _) = OpenCopySource(call);
        using (source)
        {
            var size = sourceMeta["Size"]!.GetValue<long>();
            long first = 0, last = size - 1;
            if (call.Str("CopySourceRange") is { } range)
            {
                if (!S3Ranges.TryParse(range, size, out first, out last, out var ok) || !ok || range.Contains("=-", StringComparison.Ordinal))
                    throw S3Exception.InvalidArgument("The x-amz-copy-source-range value must be of the form bytes=first-last where first and last are the zero-based offsets of the first and last bytes to copy",
                        "x-amz-copy-source-range", range);
            }
            var meta = new JsonObject();
            await CopyDataAsync(call, source, first, last - first + 1, meta, S3Storage.PartPath(dir, number), (m, md5) =>
            {
                m["PartNumber"] = number;
                m["Size"] = last - first + 1;
                m["ETag"] = Quote(md5);
                m["LastModified"] = Timestamp(call.Now);
                m["Md5"] = Convert.ToBase64String(md5);
            });
            return new S3Result(new JsonObject
            {
                ["CopyPartResult"] = new JsonObject { ["ETag"] = meta.Str("ETag"), ["LastModified"] = meta.Str("LastModified") },
            });
        }
    }

    private async Task<S3Result> CompleteMultipartUploadAsync(S3Call call)
    {
        var (upload, dir) = RequireUpload(call);
        var requested = call.Input["MultipartUpload"]?["Parts"] as JsonArray ?? [];
        if (requested.Count == 0)
            throw S3Exception.MalformedXml();
        var parts = new List<(string Path, JsonObject Meta)>();
        var previous = 0L;
        foreach (var item in requested)
        {
            var number = item?["PartNumber"]?.GetValue<long>() ?? 0;
            if (number <= previous)
                throw new S3Exception("InvalidPartOrder", "The list of parts was not in ascending order. Parts must be ordered by part number.", 400,
                    ("UploadId", call.Str("UploadId")!));
            previous = number;
            var path = S3Storage.PartPath(dir, (int)number);
            var meta = S3ObjectFile.ReadMeta(path);
            var etag = item?["ETag"]?.GetValue<string>()?.Trim('"');
            if (meta is null || etag is null || meta.Str("ETag")!.Trim('"') != etag)
                throw new S3Exception("InvalidPart", "One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified entity tag may not have matched the part's entity tag.",
                    400, ("UploadId", call.Str("UploadId")!), ("PartNumber", number.ToString(CultureInfo.InvariantCulture)), ("ETag", etag ?? ""));
            parts.Add((path, meta));
        }
        for (var i = 0; i < parts.Count - 1; i++)
            if (parts[i].Meta["Size"]!.GetValue<long>() < MinPartSize)
                throw new S3Exception("EntityTooSmall", "Your proposed upload is smaller than the minimum allowed object size.", 400,
                    ("ProposedSize", parts[i].Meta["Size"]!.ToString()), ("MinSizeAllowed", MinPartSize.ToString(CultureInfo.InvariantCulture)),
                    ("PartNumber", parts[i].Meta["PartNumber"]!.ToString()), ("ETag", parts[i].Meta.Str("ETag")!));

        // ETag: MD5 of the parts' binary MD5s, then "-N".
        var md5s = new byte[parts.Count * 16];
        for (var i = 0; i < parts.Count; i++) Convert.FromBase64String(parts[i].Meta.Str("Md5")!).CopyTo(md5s, i * 16);
        var etagValue = "\"" + Convert.ToHexStringLower(MD5.HashData(md5s)) + "-" + parts.Count.ToString(CultureInfo.InvariantCulture) + "\"";
        var objectMeta = (JsonObject)(upload["Meta"] as JsonObject ?? []).DeepClone();
        // The parts become the object's segments: parts not named are dropped, the folder is moved, and the object
        // file (metadata only) points at it. No byte of a large upload is copied again.
        var uploadId = call.Str("UploadId")!;
        var named = parts.Select(p => Path.GetFileName(p.Path)).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(dir))
            if (!named.Contains(Path.GetFileName(file))) S3Storage.DeleteQuietly(file);
        var segmentsDir = Storage.AdoptUploadAsSegments(call.Bucket, uploadId);
        var segments = new JsonArray();
        long total = 0;
        foreach (var (path, meta) in parts)
        {
            var size = meta["Size"]!.GetValue<long>();
            segments.Add((JsonNode)new JsonObject { ["Part"] = Path.GetFileName(path), ["Size"] = size });
            total += size;
        }
        Stamp(objectMeta, call.Key, total, etagValue, call.Now);
        objectMeta["PartsCount"] = parts.Count;
        objectMeta["SegmentsDir"] = segmentsDir;
        objectMeta["Segments"] = segments;
        try
        {
            await Storage.WriteFileAsync(call.Bucket, Storage.ObjectPath(call.Bucket, call.Key), isObject: true,
                _ => Task.FromResult((0, objectMeta)));
        }
        catch
        {
            Storage.DeleteSegments(call.Bucket, segmentsDir);
            throw;
        }
        var output = new JsonObject
        {
            ["Location"] = $"http://{call.Bucket}.s3.amazonaws.com/{Core.Protocols.Http.PercentEncoding.Encode(call.Key, "/")}",
            ["Bucket"] = call.Bucket, ["Key"] = call.Key, ["ETag"] = etagValue,
            ["ServerSideEncryption"] = objectMeta.Str("ServerSideEncryption") ?? "AES256",
        };
        return new S3Result(output);
    }

    private S3Result AbortMultipartUpload(S3Call call)
    {
        RequireUpload(call);
        Storage.DeleteUpload(call.Bucket, call.Str("UploadId")!);
        return S3Result.Empty;
    }

    private S3Result ListParts(S3Call call)
    {
        var (upload, dir) = RequireUpload(call);
        var marker = (int)(call.Long("PartNumberMarker") ?? 0);
        var max = (int)Math.Clamp(call.Long("MaxParts") ?? 1000, 0, 1000);
        var all = Directory.EnumerateFiles(dir).Select(Path.GetFileName)
            .Where(n => n is { Length: 5 } && n.All(char.IsAsciiDigit)).Select(n => int.Parse(n!, CultureInfo.InvariantCulture))
            .Where(n => n > marker).Order().ToList();
        var parts = new JsonArray();
        foreach (var n in all.Take(max))
            if (S3ObjectFile.ReadMeta(S3Storage.PartPath(dir, n)) is { } meta)
                parts.Add((JsonNode)new JsonObject
                {
                    ["PartNumber"] = n, ["LastModified"] = meta.Str("LastModified"), ["ETag"] = meta.Str("ETag"), ["Size"] = meta["Size"]!.DeepClone(),
                });
        var truncated = all.Count > max;
        var output = new JsonObject
        {
            ["Bucket"] = call.Bucket, ["Key"] = call.Key, ["UploadId"] = call.Str("UploadId"), ["PartNumberMarker"] = marker,
            ["MaxParts"] = max, ["IsTruncated"] = truncated,
            ["Initiator"] = new JsonObject { ["ID"] = upload.Str("InitiatorArn"), ["DisplayName"] = upload.Str("Owner") },
            ["Owner"] = Owner(upload.Str("Owner")!), ["StorageClass"] = upload["Meta"]?.Str("StorageClass") ?? "STANDARD",
        };
        if (parts.Count > 0) output["Parts"] = parts;
        if (truncated) output["NextPartNumberMarker"] = all[max - 1];
        return new S3Result(output);
    }

    private S3Result ListMultipartUploads(S3Call call)
    {
        RequireBucket(call);
        var prefix = call.Str("Prefix") ?? "";
        var max = (int)Math.Clamp(call.Long("MaxUploads") ?? 1000, 0, 1000);
        var keyMarker = call.Str("KeyMarker");
        var all = Storage.Uploads(call.Bucket)
            .Where(u => u.Meta.Str("Key")!.StartsWith(prefix, StringComparison.Ordinal)
                        && (keyMarker is null || string.CompareOrdinal(u.Meta.Str("Key"), keyMarker) > 0))
            .OrderBy(u => u.Meta.Str("Key"), StringComparer.Ordinal).ThenBy(u => u.Meta.Str("Initiated"), StringComparer.Ordinal).ToList();
        var uploads = new JsonArray();
        foreach (var (id, meta) in all.Take(max))
            uploads.Add((JsonNode)new JsonObject
            {
                ["UploadId"] = id, ["Key"] = meta.Str("Key"), ["Initiated"] = meta.Str("Initiated"),
                ["StorageClass"] = meta["Meta"]?.Str("StorageClass") ?? "STANDARD", ["Owner"] = Owner(meta.Str("Owner")!),
                ["Initiator"] = new JsonObject { ["ID"] = meta.Str("InitiatorArn"), ["DisplayName"] = meta.Str("Owner") },
            });
        var truncated = all.Count > max;
        var output = new JsonObject
        {
            ["Bucket"] = call.Bucket, ["KeyMarker"] = keyMarker ?? "", ["UploadIdMarker"] = call.Str("UploadIdMarker") ?? "",
            ["MaxUploads"] = max, ["IsTruncated"] = truncated, ["Prefix"] = prefix,
        };
        if (uploads.Count > 0) output["Uploads"] = uploads;
        if (truncated)
        {
            output["NextKeyMarker"] = all[max - 1].Meta.Str("Key");
            output["NextUploadIdMarker"] = all[max - 1].Id;
        }
        return new S3Result(output);
    }
}
