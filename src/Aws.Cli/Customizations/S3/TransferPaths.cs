namespace Aws.Cli.Customizations.S3;

/// <summary>
/// awscli's FileFormat: the source and destination roots (scheme stripped, local made absolute) and whether
/// destinations take the source's name (directories, trailing separators).
/// </summary>
public sealed record TransferPaths(string Src, bool SrcIsS3, string Dest, bool DestIsS3, bool DirOp, bool UseSrcName)
{
    public static TransferPaths Create(string src, string dest, bool dirOp, string cwd)
    {
        var (srcIsS3, srcPath) = Identify(src);
        var (destIsS3, destPath) = Identify(dest);
        var srcRoot = srcIsS3 ? S3Format(srcPath, dirOp).Path : LocalFormat(srcPath, dirOp, cwd).Path;
        var (destRoot, useSrcName) = destIsS3 ? S3Format(destPath, dirOp) : LocalFormat(destPath, dirOp, cwd);
        return new TransferPaths(srcRoot, srcIsS3, destRoot, destIsS3, dirOp, useSrcName);
    }

    private static (bool, string) Identify(string path) =>
        S3Paths.IsS3(path) ? (true, path[S3Paths.Scheme.Length..]) : (false, path);

    private static (string Path, bool UseSrcName) LocalFormat(string path, bool dirOp, string cwd)
    {
        var full = AbsPath(path, cwd);
        if (Directory.Exists(full) || dirOp) return (full + "/", true);
        return path.EndsWith('/') ? (full + "/", true) : (full, false);
    }

    private static (string Path, bool UseSrcName) S3Format(string path, bool dirOp)
    {
        if (dirOp) return (path.EndsWith('/') ? path : path + "/", true);
        return (path, path.EndsWith('/'));
    }

    /// <summary>os.path.abspath: absolute and normalized, without a trailing slash.</summary>
    public static string AbsPath(string path, string cwd)
    {
        var full = Path.GetFullPath(path, cwd);
        return full.Length > 1 ? full.TrimEnd('/') : full;
    }

    /// <summary>find_dest_path_comp_key: where one source file goes and the key sync compares it by.</summary>
    public (string Dest, string CompareKey) DestinationFor(string srcPath)
    {
        var rel = DirOp ? srcPath[Src.Length..] : srcPath[(srcPath.LastIndexOf('/') + 1)..];
        return (UseSrcName ? Dest + rel : Dest, rel);
    }
}
