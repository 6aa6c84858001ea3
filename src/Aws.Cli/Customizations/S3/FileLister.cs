using System.Text.Json.Nodes;

namespace Aws.Cli.Customizations.S3;

/// <summary>awscli's FileGenerator: the files under a local path or the objects under an S3 prefix, as FileEntries.</summary>
public sealed class FileLister(S3Arguments args, Action<string> warn, int? pageSize)
{
    private readonly RequestParams _params = new(args);

    public async Task<List<FileEntry>> ListAsync(S3Api api, TransferPaths paths, string operation, bool includeDirMarkers,
        CancellationToken cancellation)
    {
        var result = new List<FileEntry>();
        if (!paths.SrcIsS3)
        {
            var lister = new LocalLister(!args.Has("no-follow-symlinks"), warn);
            var root = paths.DirOp ? paths.Src : paths.Src;
            foreach (var (path, size, modified) in lister.List(root, paths.DirOp))
                result.Add(Entry(paths, path, operation, size, modified, null));
            return result;
        }
        var (bucket, prefix) = S3Paths.SplitBucketKey(paths.Src);
        if (!paths.DirOp && prefix.Length > 0)
        {
            result.Add(await SingleObjectAsync(api, paths, bucket, prefix, operation, cancellation));
            return result;
        }
        await foreach (var page in api.ListObjectsAsync(bucket, prefix, null, pageSize, _params.RequestPayer, cancellation))
        {
            if (page["Contents"] is not JsonArray contents) continue;
            foreach (var item in contents.OfType<JsonObject>())
            {
                var key = (string?)item["Key"] ?? "";
                var size = item["Size"]?.GetValue<long>() ?? 0;
                var source = bucket + "/" + key;
                if (size == 0 && key.EndsWith('/'))
                {
                    if (!includeDirMarkers) continue;
                }
                else if (!paths.DirOp && paths.Src != source) continue;
                var modified = item["LastModified"] is { } lm ? S3Paths.ParseTimestamp(lm.ToString()) : (DateTimeOffset?)null;
                result.Add(Entry(paths, source, operation, size, modified, item));
            }
        }
        return result;
    }

    private async Task<FileEntry> SingleObjectAsync(S3Api api, TransferPaths paths, string bucket, string key, string operation,
        CancellationToken cancellation)
    {
        if (operation == "delete") return Entry(paths, paths.Src, operation, null, null, null);
        var input = TransferCommand.Input(bucket, key);
        _params.HeadObject(input);
        JsonObject head;
        try
        {
            head = await api.CallAsync("HeadObject", input, cancellation);
        }
        catch (S3ServiceException e) when (e.Code is "404" or "NotFound" or "NoSuchKey")
        {
            throw new S3ServiceException("404", $"Key \"{key}\" does not exist", "HeadObject", 1, 404);
        }
        var size = head["ContentLength"]?.GetValue<long>() ?? 0;
        var modified = head["LastModified"] is { } lm ? S3Paths.ParseTimestamp(lm.ToString()) : (DateTimeOffset?)null;
        return Entry(paths, paths.Src, operation, size, modified, head);
    }

    private static FileEntry Entry(TransferPaths paths, string src, string operation, long? size, DateTimeOffset? modified, JsonObject? data)
    {
        var (dest, compareKey) = paths.DestinationFor(src);
        return new FileEntry
        {
            Src = src,
            Dest = dest,
            CompareKey = compareKey,
            SrcIsS3 = paths.SrcIsS3,
            DestIsS3 = paths.DestIsS3,
            Operation = operation,
            Size = size,
            LastModified = modified,
            S3Data = data,
        };
    }
}
