using System.Text.Json.Nodes;
using Aws.Core.Runtime.Transport;

namespace Aws.Cli.Customizations.S3;

/// <summary>
/// Runs the planned files: many in flight at once (max_concurrent_requests), each reported as it finishes.
/// Warnings (glacier objects, parent references, oversized uploads) skip a file; dry runs only print.
/// </summary>
public sealed class TransferRunner
{
    private static readonly string[] GlacierClasses = ["GLACIER", "DEEP_ARCHIVE"];
    private readonly S3Session _session;
    private readonly S3Arguments _args;
    private readonly ResultPrinter _printer;
    private readonly bool _isMove;
    private readonly ObjectTransfers _transfers;

    public TransferRunner(S3Session session, S3Arguments args, ResultPrinter printer, TransferConfig config, S3Api sourceApi, bool isMove)
    {
        _session = session;
        _args = args;
        _printer = printer;
        _isMove = isMove;
        _transfers = new ObjectTransfers(session.Api, sourceApi, config, new RequestParams(args), args, printer,
            new BandwidthLimiter(config.MaxBandwidth));
    }

    public async Task RunAsync(IEnumerable<FileEntry> files, CancellationToken cancellation)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = _transfers.Config.MaxConcurrentRequests, CancellationToken = cancellation };
        var queue = System.Threading.Channels.Channel.CreateBounded<FileEntry>(_transfers.Config.MaxQueueSize);
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var file in files)
                {
                    if (Skip(file)) continue;
                    if (_args.Has("dryrun"))
                    {
                        _printer.DryRun(TransferType(file), Location(file));
                        continue;
                    }
                    _printer.Expect(file.Operation == "delete" ? 0 : file.Size ?? 0);
                    await queue.Writer.WriteAsync(file, cancellation);
                }
            }
            finally
            {
                _printer.ExpectationsFinal();
                queue.Writer.Complete();
            }
        }, cancellation);
        await Parallel.ForEachAsync(queue.Reader.ReadAllAsync(cancellation), options, async (file, ct) => await RunOneAsync(file, ct));
        await producer;
    }

    private async Task RunOneAsync(FileEntry file, CancellationToken cancellation)
    {
        try
        {
            switch (file.Operation)
            {
                case "upload": await _transfers.UploadAsync(file, cancellation); break;
                case "download": await _transfers.DownloadAsync(file, cancellation); break;
                case "copy": await _transfers.CopyAsync(file, cancellation); break;
                default: await _transfers.DeleteAsync(file, cancellation); break;
            }
            if (_isMove) await _transfers.DeleteSourceAsync(file, cancellation);
            _printer.Success(TransferType(file), Location(file));
        }
        catch (Exception e) when (e is S3ServiceException or IOException or UnauthorizedAccessException or TransportException
                                      or InvalidDataException)
        {
            _printer.Failure(TransferType(file), Location(file), e.Message);
        }
    }

    /// <summary>cp - s3://... (stdin) and cp s3://... - (stdout).</summary>
    public async Task RunStreamAsync(string src, string dest, CancellationToken cancellation)
    {
        var upload = src == "-";
        var file = new FileEntry
        {
            Src = upload ? "-" : src[S3Paths.Scheme.Length..],
            Dest = upload ? dest[S3Paths.Scheme.Length..] : "-",
            CompareKey = "",
            SrcIsS3 = !upload,
            DestIsS3 = upload,
            Operation = upload ? "upload" : "download",
            IsStream = true,
        };
        if (_args.Has("dryrun"))
        {
            _printer.DryRun(TransferType(file), Location(file));
            return;
        }
        try
        {
            if (upload)
            {
                await using var stdin = _session.Context.OpenStandardInput();
                await _transfers.UploadStreamAsync(stdin, file.Dest, _args.GetLong("expected-size"), cancellation);
            }
            else
            {
                await using var stdout = _session.Context.OpenStandardOutput();
                await _session.Out.FlushAsync(cancellation);
                await _transfers.DownloadToStreamAsync(file.Src, stdout, cancellation);
            }
            _printer.Success(TransferType(file), Location(file));
        }
        catch (Exception e) when (e is S3ServiceException or IOException or TransportException or InvalidDataException)
        {
            _printer.Failure(TransferType(file), Location(file), e.Message);
        }
    }

    private bool Skip(FileEntry file)
    {
        if (file.Operation is "download" or "copy" && IsGlacier(file.S3Data) && !_args.Has("force-glacier-transfer"))
        {
            if (!_args.Has("ignore-glacier-warnings"))
                _printer.Warning($"warning: Skipping file s3://{file.Src}. Object is of storage class GLACIER. Unable to perform " +
                    $"{file.Operation} operations on GLACIER objects. You must restore the object to be able to perform the " +
                    $"operation. See aws s3 {file.Operation} help for additional parameter options to ignore or force these transfers.");
            return true;
        }
        if (file.Operation == "download" && EscapesDestination(file.CompareKey))
        {
            _printer.Warning($"warning: Skipping file {file.CompareKey}. File references a parent directory.");
            return true;
        }
        if (file.Operation == "upload" && file.Size > 5L * 1024 * 1024 * 1024 * 1024)
        {
            var rel = S3Paths.RelativePath(file.Src, _session.CurrentDirectory);
            _printer.Warning($"warning: File {rel} exceeds s3 upload limit of 5.0 TiB.");
        }
        return false;
    }

    private static bool IsGlacier(JsonObject? data)
    {
        if (data?["StorageClass"]?.ToString() is not { } storageClass || !GlacierClasses.Contains(storageClass)) return false;
        return data["Restore"]?.ToString() is not { } restore || !restore.Contains("ongoing-request=\"false\"", StringComparison.Ordinal);
    }

    private static bool EscapesDestination(string compareKey)
    {
        var depth = 0;
        foreach (var part in compareKey.Split('/'))
        {
            if (part == "..") { if (--depth < 0) return true; }
            else if (part.Length > 0 && part != ".") depth++;
        }
        return false;
    }

    private string TransferType(FileEntry file) => _isMove ? "move" : file.Operation;

    private string Location(FileEntry file)
    {
        string Format(string path, bool isS3) =>
            path == "-" ? "-" : isS3 ? S3Paths.Scheme + path : S3Paths.RelativePath(path, _session.CurrentDirectory);
        if (file.Operation == "delete") return Format(file.Src, file.SrcIsS3);
        return Format(file.Src, file.SrcIsS3) + " to " + Format(file.Dest, file.DestIsS3);
    }
}
