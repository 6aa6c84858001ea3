using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Aws.Core.Protocols;

namespace Aws.Cli.Customizations.S3;

/// <summary>
/// The object-level transfers (s3transfer's job): single-request or multipart uploads, single or ranged downloads
/// (to a temporary name, then renamed), server-side copies and deletes. All requests share one slot pool of
/// max_concurrent_requests so part buffers stay bounded.
/// </summary>
public sealed partial class ObjectTransfers(S3Api api, S3Api sourceApi, TransferConfig config, RequestParams requestParams,
    S3Arguments args, ResultPrinter printer, BandwidthLimiter limiter)
{
    private const int StreamBuffer = 256 * 1024;
    private const int MaxAttempts = 5;
    private readonly SemaphoreSlim _slots = new(config.MaxConcurrentRequests);
    private readonly PartBuffers _buffers = new();

    public TransferConfig Config => config;

    public async Task UploadAsync(FileEntry file, CancellationToken cancellation)
    {
        var (bucket, key) = S3Paths.SplitBucketKey(file.Dest);
        var size = file.Size ?? new FileInfo(file.Src).Length;
        var contentType = ContentTypeFor(file.Src);
        if (size < config.MultipartThreshold)
        {
            await _slots.WaitAsync(cancellation);
            try
            {
                var input = TransferCommand.Input(bucket, key);
                requestParams.PutObject(input);
                if (contentType is not null) input["ContentType"] = contentType;
                if (size <= 64 * TransferConfig.MiB)
                {
                    var bytes = await File.ReadAllBytesAsync(file.Src, cancellation);
                    await limiter.WaitAsync(bytes.Length, cancellation);
                    input["Body"] = BlobValue.Create(bytes);
                    input["ContentMD5"] = Convert.ToBase64String(MD5.HashData(bytes));
                    await api.CallAsync("PutObject", input, cancellation);
                    printer.Bytes(bytes.Length);
                }
                else
                {
                    await using var stream = new FileStream(file.Src, FileMode.Open, FileAccess.Read, FileShare.Read, StreamBuffer, true);
                    input["ContentMD5"] = Convert.ToBase64String(await MD5.HashDataAsync(stream, cancellation));
                    stream.Position = 0;
                    input["Body"] = StreamValue.Create(stream);
                    await api.CallAsync("PutObject", input, cancellation);
                    printer.Bytes(size);
                }
            }
            finally { _slots.Release(); }
            return;
        }
        using var handle = File.OpenHandle(file.Src, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.Asynchronous);
        var partSize = config.PartSize(size);
        await MultipartUploadAsync(bucket, key, contentType, size, partSize, async (offset, buffer, ct) =>
        {
            var read = 0;
            while (read < buffer.Length)
            {
                var n = await RandomAccess.ReadAsync(handle, buffer.AsMemory(read), offset + read, ct);
                if (n == 0) throw new IOException($"{file.Src} changed size during the upload.");
                read += n;
            }
        }, cancellation);
    }

    /// <summary>cp - s3://bucket/key: stdin in parts; a short stream goes up in one PutObject.</summary>
    public async Task UploadStreamAsync(Stream input, string dest, long? expectedSize, CancellationToken cancellation)
    {
        var (bucket, key) = S3Paths.SplitBucketKey(dest);
        var partSize = config.PartSize(expectedSize ?? 0);
        var first = new byte[Math.Max(partSize, config.MultipartThreshold)];
        var length = await ReadFullyAsync(input, first, cancellation);
        if (length < config.MultipartThreshold)
        {
            var body = first.AsSpan(0, length).ToArray();
            var put = TransferCommand.Input(bucket, key);
            requestParams.PutObject(put);
            put["Body"] = BlobValue.Create(body);
            put["ContentMD5"] = Convert.ToBase64String(MD5.HashData(body));
            await api.CallAsync("PutObject", put, cancellation);
            return;
        }
        var pending = new Queue<byte[]>();
        for (var offset = 0; offset < length; offset += (int)partSize)
            pending.Enqueue(first.AsSpan(offset, (int)Math.Min(partSize, length - offset)).ToArray());
        var eof = false;
        await MultipartUploadCoreAsync(bucket, key, ContentTypeFor(key), async ct =>
        {
            if (pending.Count > 0) return pending.Dequeue();
            if (eof) return null;
            var buffer = _buffers.Rent((int)partSize);
            var n = await ReadFullyAsync(input, buffer, ct);
            if (n < buffer.Length) eof = true;
            return n == 0 ? null : n == buffer.Length ? buffer : buffer.AsSpan(0, n).ToArray();
        }, cancellation);
    }

    private async Task MultipartUploadAsync(string bucket, string key, string? contentType, long size, long partSize,
        Func<long, byte[], CancellationToken, Task> readPart, CancellationToken cancellation)
    {
        long offset = 0;
        await MultipartUploadCoreAsync(bucket, key, contentType, async ct =>
        {
            if (offset >= size) return null;
            var buffer = _buffers.Rent((int)Math.Min(partSize, size - offset));
            await readPart(offset, buffer, ct);
            offset += buffer.Length;
            return buffer;
        }, cancellation);
    }

    /// <summary>CreateMultipartUpload, parts (each holding a request slot while buffered), Complete; Abort on failure.</summary>
    private async Task MultipartUploadCoreAsync(string bucket, string key, string? contentType,
        Func<CancellationToken, Task<byte[]?>> nextPart, CancellationToken cancellation)
    {
        var create = TransferCommand.Input(bucket, key);
        requestParams.CreateMultipartUpload(create);
        if (contentType is not null) create["ContentType"] = contentType;
        var uploadId = (string?)(await api.CallAsync("CreateMultipartUpload", create, cancellation))["UploadId"] ?? "";
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var etags = new List<string?>();
        var tasks = new List<Task>();
        try
        {
            for (var number = 1; ; number++)
            {
                await _slots.WaitAsync(failed.Token);
                byte[]? part;
                try { part = await nextPart(failed.Token); }
                catch { _slots.Release(); throw; }
                if (part is null) { _slots.Release(); break; }
                lock (etags) etags.Add(null);
                var partNumber = number;
                tasks.Add(Task.Run(async () =>
                {
                    try
                    {
                        await limiter.WaitAsync(part.Length, failed.Token);
                        var input = TransferCommand.Input(bucket, key);
                        input["UploadId"] = uploadId;
                        input["PartNumber"] = partNumber;
                        input["Body"] = BlobValue.Create(part);
                        input["ContentMD5"] = Convert.ToBase64String(MD5.HashData(part));
                        requestParams.UploadPart(input);
                        var result = await api.CallAsync("UploadPart", input, failed.Token);
                        lock (etags) etags[partNumber - 1] = (string?)result["ETag"];
                        printer.Bytes(part.Length);
                    }
                    catch { await failed.CancelAsync(); throw; }
                    finally
                    {
                        _buffers.Return(part);
                        _slots.Release();
                    }
                }, failed.Token));
            }
            await Task.WhenAll(tasks);
        }
        catch (Exception)
        {
            try { await Task.WhenAll(tasks); } catch (Exception) { /* the first failure is reported */ }
            await AbortAsync(bucket, key, uploadId);
            var first = tasks.Where(t => t.IsFaulted).Select(t => t.Exception!.InnerException).FirstOrDefault();
            if (first is not null) throw first;
            throw;
        }
        var parts = new JsonArray();
        for (var i = 0; i < etags.Count; i++) parts.Add((JsonNode)new JsonObject { ["ETag"] = etags[i], ["PartNumber"] = i + 1 });
        var complete = TransferCommand.Input(bucket, key);
        complete["UploadId"] = uploadId;
        complete["MultipartUpload"] = new JsonObject { ["Parts"] = parts };
        if (requestParams.RequestPayer is { } payer) complete["RequestPayer"] = payer;
        await api.CallAsync("CompleteMultipartUpload", complete, cancellation);
    }

    private async Task AbortAsync(string bucket, string key, string uploadId)
    {
        var abort = TransferCommand.Input(bucket, key);
        abort["UploadId"] = uploadId;
        if (requestParams.RequestPayer is { } payer) abort["RequestPayer"] = payer;
        try { await api.CallAsync("AbortMultipartUpload", abort, CancellationToken.None); }
        catch (S3ServiceException) { /* the upload's own error is what the user sees */ }
    }

    private string? ContentTypeFor(string path)
    {
        if (args.Get("content-type") is { Length: > 0 }) return null; // RequestParams already set it
        return args.Has("no-guess-mime-type") ? null : MimeTypes.Guess(path);
    }

    private static async Task<int> ReadFullyAsync(Stream stream, byte[] buffer, CancellationToken cancellation)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(total), cancellation);
            if (n == 0) break;
            total += n;
        }
        return total;
    }
}
