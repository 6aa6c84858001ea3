using System.Text.Json.Nodes;
using Aws.Cli.Errors;

namespace Aws.Cli.Customizations.S3;

/// <summary>
/// cp, mv, rm and sync: validate the paths, list the source (and, for sync, the destination), filter and
/// compare, then hand the resulting files to the <see cref="TransferRunner"/>. Returns 1 when a transfer
/// failed, 2 when files were skipped with a warning, else 0.
/// </summary>
public sealed class TransferCommand(S3Session session, string command)
{
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellation)
    {
        var paths = command == "rm" ? 1 : 2;
        var parsed = S3Arguments.Parse(args, TransferOptions.For(command), paths, paths, "paths", RequestPayer.Constant);
        var src = parsed.Positionals[0];
        var dest = paths == 2 ? parsed.Positionals[1] : src;
        var pathsType = (S3Paths.IsS3(src) ? "s3" : "local") + (paths == 2 ? S3Paths.IsS3(dest) ? "s3" : "local" : "");
        var allowed = command == "rm" ? pathsType == "s3" : pathsType is "s3s3" or "s3local" or "locals3";
        if (!allowed)
            throw new CliException(ExitCodes.ParamValidation, $"usage: aws s3 {command} {TransferOptions.Usage(command)}\nError: Invalid argument type");
        src = NormalizeBucketOnly(src);
        dest = NormalizeBucketOnly(dest);
        var dirOp = command == "sync" || parsed.Has("recursive");
        var isStream = src == "-" || dest == "-";
        if (isStream && (command != "cp" || dirOp))
            throw new CliException(ExitCodes.ParamValidation, "Streaming currently is only compatible with non-recursive cp commands");
        if (command == "mv" && pathsType == "s3s3" && SamePath(src, dest))
            throw new CliException(ExitCodes.ParamValidation, $"Cannot mv a file onto itself: '{src}' - '{dest}'");
        var cwd = session.CurrentDirectory;
        if (pathsType == "locals3" && !isStream && !Path.Exists(Path.GetFullPath(src, cwd)))
            throw new CliException(ExitCodes.General, $"The user-provided path {src} does not exist.");
        if (pathsType == "s3local" && dirOp && !isStream) Directory.CreateDirectory(Path.GetFullPath(dest, cwd));
        ValidateSseC(parsed, "sse-c");
        ValidateSseC(parsed, "sse-c-copy-source");
        if (parsed.Has("sse-c-copy-source") && pathsType != "s3s3")
            throw new CliException(ExitCodes.ParamValidation, "--sse-c-copy-source is only supported for copy operations.");

        var mode = parsed.Has("quiet") ? PrintMode.Quiet
            : parsed.Has("only-show-errors") || isStream ? PrintMode.OnlyErrors
            : parsed.Has("no-progress") ? PrintMode.NoProgress : PrintMode.Normal;
        var printer = new ResultPrinter(session.Out, session.Error, mode, session.Context.StdoutIsTerminal);
        var config = session.TransferConfig();
        var sourceApi = pathsType.StartsWith("s3", StringComparison.Ordinal) ? session.SourceApi(parsed.Get("source-region")) : session.Api;
        var runner = new TransferRunner(session, parsed, printer, config, sourceApi, command == "mv");
        var operation = pathsType switch { "locals3" => "upload", "s3local" => "download", "s3s3" => "copy", _ => "delete" };
        try
        {
            if (isStream)
            {
                await runner.RunStreamAsync(src, dest, cancellation);
            }
            else
            {
                var files = await PlanAsync(parsed, src, dest, dirOp, operation, sourceApi, printer, cancellation);
                await runner.RunAsync(files, cancellation);
            }
        }
        catch (S3ServiceException e) { printer.Fatal(e.Message); }
        catch (IOException e) { printer.Fatal(e.Message); }
        catch (UnauthorizedAccessException e) { printer.Fatal(e.Message); }
        return printer.Failures > 0 ? 1 : printer.Warnings > 0 ? 2 : 0;
    }

    private async Task<IEnumerable<FileEntry>> PlanAsync(S3Arguments parsed, string src, string dest, bool dirOp, string operation,
        S3Api sourceApi, ResultPrinter printer, CancellationToken cancellation)
    {
        var cwd = session.CurrentDirectory;
        var paths = TransferPaths.Create(src, dest, dirOp, cwd);
        var filter = new PathFilter(parsed.Filters, PathFilter.Root(src, dirOp, cwd), PathFilter.Root(dest, dirOp, cwd));
        var lister = new FileLister(parsed, printer.Warning, parsed.GetInt("page-size"));
        var source = (await lister.ListAsync(sourceApi, paths, operation, command == "rm", cancellation)).Where(f => filter.Includes(f.Src));
        if (command != "sync") return source;
        var reverse = TransferPaths.Create(dest, src, dirOp, cwd);
        var destination = (await lister.ListAsync(session.Api, reverse, "delete", false, cancellation)).Where(f => filter.Includes(f.Src));
        var mode = parsed.Has("size-only") ? SyncMode.SizeOnly : parsed.Has("exact-timestamps") ? SyncMode.ExactTimestamps : SyncMode.Default;
        return new SyncComparator(mode, parsed.Has("delete")).Compare(source.ToList(), destination.ToList());
    }

    private static string NormalizeBucketOnly(string path)
    {
        if (!S3Paths.IsS3(path)) return path;
        var (_, key) = S3Paths.SplitBucketKey(path);
        return key.Length == 0 && !path.EndsWith('/') ? path + "/" : path;
    }

    private static bool SamePath(string src, string dest)
    {
        if (src == dest) return true;
        return dest.EndsWith('/') && src == dest + src[(src.LastIndexOf('/') + 1)..];
    }

    private static void ValidateSseC(S3Arguments parsed, string option)
    {
        var key = option + "-key";
        if (parsed.Has(option) && !parsed.Has(key))
            throw new CliException(ExitCodes.ParamValidation, $"If --{option} is specified, --{key} must be specified as well.");
        if (parsed.Has(key) && !parsed.Has(option))
            throw new CliException(ExitCodes.ParamValidation, $"If --{key} is specified, --{option} must be specified as well.");
    }

    internal static JsonObject Input(string bucket, string key) => new() { ["Bucket"] = bucket, ["Key"] = key };
}
