using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Aws.Core.Runtime.Transport;

namespace Aws.Cli.Customizations.S3;

public sealed partial class ObjectTransfers
{
    /// <summary>Downloads to "dest.XXXXXXXX" next to the target, renames it into place, and stamps the object's time.</summary>
    public async Task DownloadAsync(FileEntry file, CancellationToken cancellation)
    {
        var (bucket, key) = S3Paths.SplitBucketKey(file.Src);
        var dest = file.Dest;
        if (Path.GetDirectoryName(dest) is { Length: > 0 } dir) Directory.CreateDirectory(dir);
        var temp = dest + "." + Convert.ToHexString(RandomNumberGenerator.GetBytes(4));
        var size = file.Size ?? 0;
        try
        {
            if (size < config.MultipartThreshold)
                await WithRetriesAsync(async () =>
                {
                    // Unbuffered: the copy loop writes whole chunks, and a 256 KiB buffer per small file is GC churn.
                    await using var output = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0, useAsync: false);
                    await GetIntoAsync(bucket, key, null, output, verify: true, cancellation);
                }, cancellation);
            else
                await RangedDownloadAsync(bucket, key, size, temp, cancellation);
            File.Move(temp, dest, overwrite: true);
        }
        catch
        {
            try { File.Delete(temp); } catch (IOException) { }
            throw;
        }
        if (file.LastModified is { } modified)
        {
            File.SetLastWriteTimeUtc(dest, modified.UtcDateTime);
            File.SetLastAccessTimeUtc(dest, modified.UtcDateTime);
        }
    }

    /// <summary>cp s3://bucket/key - : the body straight to stdout.</summary>
    public async Task DownloadToStreamAsync(string src, Stream output, CancellationToken cancellation)
    {
        var (bucket, key) = S3Paths.SplitBucketKey(src);
        await GetIntoAsync(bucket, key, null, output, verify: true, cancellation);
        await output.FlushAsync(cancellation);
    }

    private async Task RangedDownloadAsync(string bucket, string key, long size, string temp, CancellationToken cancellation)
    {
        var partSize = config.PartSize(size);
        using (var handle = File.OpenHandle(temp, FileMode.Create, FileAccess.Write, FileShare.None, FileOptions.Asynchronous, size))
        {
            var tasks = new List<Task>();
            using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            for (long offset = 0; offset < size; offset += partSize)
            {
                await _slots.WaitAsync(failed.Token);
                var start = offset;
                var end = Math.Min(offset + partSize, size) - 1;
                tasks.Add(Task.Run(async () =>
                {
                    try
                    {
                        await WithRetriesAsync(async () =>
                        {
                            await using var sink = new OffsetWriteStream(handle, start);
                            await GetIntoAsync(bucket, key, $"bytes={start}-{end}", sink, verify: false, failed.Token);
                        }, failed.Token);
                    }
                    catch { await failed.CancelAsync(); throw; }
                    finally { _slots.Release(); }
                }, failed.Token));
            }
            try { await Task.WhenAll(tasks); }
            catch (Exception)
            {
                var first = tasks.Where(t => t.IsFaulted).Select(t => t.Exception!.InnerException).FirstOrDefault();
                if (first is not null) throw first;
                throw;
            }
        }
    }

    /// <summary>One GetObject into a stream; a single whole-object GET is checked against its MD5 ETag.</summary>
    private async Task GetIntoAsync(string bucket, string key, string? range, Stream output, bool verify, CancellationToken cancellation)
    {
        var input = TransferCommand.Input(bucket, key);
        if (range is not null) input["Range"] = range;
        requestParams.GetObject(input);
        var holdsSlot = range is null;
        if (holdsSlot) await _slots.WaitAsync(cancellation);
        try
        {
            var result = await sourceApi.CallRawAsync("GetObject", input, cancellation);
            var parsed = result.Parsed.Result ?? new JsonObject();
            await using var body = result.Response.BodyStream ?? new MemoryStream(result.Response.Body);
            var etag = ((string?)parsed["ETag"])?.Trim('"');
            using var md5 = verify && etag is { Length: 32 } && parsed["SSECustomerAlgorithm"] is null
                && (string?)parsed["ServerSideEncryption"] != "aws:kms" ? IncrementalHash.CreateHash(HashAlgorithmName.MD5) : null;
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(StreamBuffer);
            try
            {
                while (true)
                {
                    var n = await body.ReadAsync(buffer, cancellation);
                    if (n == 0) break;
                    await limiter.WaitAsync(n, cancellation);
                    md5?.AppendData(buffer, 0, n);
                    await output.WriteAsync(buffer.AsMemory(0, n), cancellation);
                    printer.Bytes(n);
                }
            }
            finally { System.Buffers.ArrayPool<byte>.Shared.Return(buffer); }
            if (md5 is not null && !string.Equals(Convert.ToHexStringLower(md5.GetHashAndReset()), etag, StringComparison.OrdinalIgnoreCase))
                throw new InvalidDataException($"The MD5 of the downloaded data does not match the object's ETag ({etag}).");
        }
        finally { if (holdsSlot) _slots.Release(); }
    }

    /// <summary>s3transfer retries a download whose stream broke, up to five attempts.</summary>
    private static async Task WithRetriesAsync(Func<Task> attempt, CancellationToken cancellation)
    {
        for (var i = 1; ; i++)
        {
            try
            {
                await attempt();
                return;
            }
            catch (Exception e) when (i < MaxAttempts && e is IOException or TransportException or InvalidDataException
                                          && !cancellation.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100 * i), cancellation);
            }
        }
    }

    public async Task CopyAsync(FileEntry file, CancellationToken cancellation)
    {
        var (srcBucket, srcKey) = S3Paths.SplitBucketKey(file.Src);
        var (bucket, key) = S3Paths.SplitBucketKey(file.Dest);
        var copySource = Uri.EscapeDataString(srcBucket + "/" + srcKey).Replace("%2F", "/", StringComparison.Ordinal);
        var size = file.Size ?? 0;
        var copyProps = args.Get("copy-props") ?? "default";
        if (size < config.MultipartThreshold)
        {
            var input = TransferCommand.Input(bucket, key);
            input["CopySource"] = copySource;
            requestParams.CopyObject(input);
            if (copyProps == "none")
            {
                input["MetadataDirective"] = "REPLACE";
                input["TaggingDirective"] = "REPLACE";
            }
            await _slots.WaitAsync(cancellation);
            try { await api.CallAsync("CopyObject", input, cancellation); }
            finally { _slots.Release(); }
            printer.Bytes(size);
            return;
        }
        await MultipartCopyAsync(file, srcBucket, srcKey, bucket, key, copySource, size, copyProps, cancellation);
    }

    private async Task MultipartCopyAsync(FileEntry file, string srcBucket, string srcKey, string bucket, string key, string copySource,
        long size, string copyProps, CancellationToken cancellation)
    {
        var create = TransferCommand.Input(bucket, key);
        requestParams.CreateMultipartUpload(create);
        if (copyProps != "none" && args.Get("metadata-directive") != "REPLACE")
        {
            // A multipart copy starts a new object: carry the source's properties over as CopyObject would.
            var head = file.S3Data is { } data && data.ContainsKey("ContentType") ? data
                : await sourceApi.CallAsync("HeadObject", TransferCommand.Input(srcBucket, srcKey), cancellation);
            foreach (var name in (string[])["CacheControl", "ContentDisposition", "ContentEncoding", "ContentLanguage", "ContentType", "Expires", "Metadata"])
                if (head[name] is { } value && create[name] is null) create[name] = value.DeepClone();
        }
        var uploadId = (string?)(await api.CallAsync("CreateMultipartUpload", create, cancellation))["UploadId"] ?? "";
        var partSize = config.PartSize(size);
        var count = (int)((size + partSize - 1) / partSize);
        var etags = new string?[count];
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions
            {
                MaxDegreeOfParallelism = config.MaxConcurrentRequests, CancellationToken = cancellation,
            }, async (i, ct) =>
            {
                var start = i * partSize;
                var end = Math.Min(start + partSize, size) - 1;
                var input = TransferCommand.Input(bucket, key);
                input["CopySource"] = copySource;
                input["CopySourceRange"] = $"bytes={start}-{end}";
                input["PartNumber"] = i + 1;
                input["UploadId"] = uploadId;
                requestParams.UploadPartCopy(input);
                await _slots.WaitAsync(ct);
                try
                {
                    var result = await api.CallAsync("UploadPartCopy", input, ct);
                    etags[i] = (string?)result["CopyPartResult"]?["ETag"];
                }
                finally { _slots.Release(); }
                printer.Bytes(end - start + 1);
            });
        }
        catch (Exception)
        {
            await AbortAsync(bucket, key, uploadId);
            throw;
        }
        var parts = new JsonArray();
        for (var i = 0; i < count; i++) parts.Add((JsonNode)new JsonObject { ["ETag"] = etags[i], ["PartNumber"] = i + 1 });
        var complete = TransferCommand.Input(bucket, key);
        complete["UploadId"] = uploadId;
        complete["MultipartUpload"] = new JsonObject { ["Parts"] = parts };
        if (requestParams.RequestPayer is { } payer) complete["RequestPayer"] = payer;
        await api.CallAsync("CompleteMultipartUpload", complete, cancellation);
    }

    public async Task DeleteAsync(FileEntry file, CancellationToken cancellation)
    {
        if (!file.SrcIsS3)
        {
            File.Delete(file.Src);
            return;
        }
        var (bucket, key) = S3Paths.SplitBucketKey(file.Src);
        var input = TransferCommand.Input(bucket, key);
        requestParams.Delete(input);
        await _slots.WaitAsync(cancellation);
        try { await api.CallAsync("DeleteObject", input, cancellation); }
        finally { _slots.Release(); }
    }

    /// <summary>mv: the source goes once the transfer succeeded.</summary>
    public async Task DeleteSourceAsync(FileEntry file, CancellationToken cancellation)
    {
        if (!file.SrcIsS3)
        {
            File.Delete(file.Src);
            return;
        }
        var (bucket, key) = S3Paths.SplitBucketKey(file.Src);
        var input = TransferCommand.Input(bucket, key);
        requestParams.Delete(input);
        await sourceApi.CallAsync("DeleteObject", input, cancellation);
    }
}
