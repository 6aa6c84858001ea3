using System.Globalization;

namespace Aws.Cli.Customizations.S3;

/// <summary>Path helpers shared by the s3 commands: bucket/key splitting, display paths, sizes.</summary>
public static class S3Paths
{
    public const string Scheme = "s3://";

    public static bool IsS3(string path) => path.StartsWith(Scheme, StringComparison.Ordinal);

    /// <summary>"bucket/key/part" (no scheme) -> ("bucket", "key/part").</summary>
    public static (string Bucket, string Key) SplitBucketKey(string path)
    {
        if (IsS3(path)) path = path[Scheme.Length..];
        var slash = path.IndexOf('/');
        return slash < 0 ? (path, "") : (path[..slash], path[(slash + 1)..]);
    }

    /// <summary>The AWS CLI's relative_path: the directory made relative to the working folder, joined with the name.</summary>
    public static string RelativePath(string file, string cwd)
    {
        var slash = file.LastIndexOf('/');
        var dir = slash < 0 ? "" : slash == 0 ? "/" : file[..slash];
        var name = file[(slash + 1)..];
        var rel = Path.GetRelativePath(cwd, Path.GetFullPath(dir.Length == 0 ? "." : dir, cwd));
        return rel + "/" + name;
    }

    /// <summary>awscli's human_readable_size: "1 Byte", "10 Bytes", "1.0 KiB", ...</summary>
    public static string HumanReadableSize(long value)
    {
        const double Base = 1024;
        var bytes = (double)value;
        if (value == 1) return "1 Byte";
        if (bytes < Base) return value.ToString(CultureInfo.InvariantCulture) + " Bytes";
        string[] suffixes = ["KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
        for (var i = 0; i < suffixes.Length; i++)
        {
            var unit = Math.Pow(Base, i + 2);
            if (Math.Round(bytes / unit * Base, MidpointRounding.ToEven) < Base)
                return (Base * bytes / unit).ToString("F1", CultureInfo.InvariantCulture) + " " + suffixes[i];
        }
        return (bytes / Math.Pow(Base, suffixes.Length)).ToString("F1", CultureInfo.InvariantCulture) + " EiB";
    }

    /// <summary>Python's "%.1f" rounds half to even on the binary value; .NET's F1 does the same for doubles.</summary>
    public static string LocalTime(DateTimeOffset value) =>
        value.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>Parses a service timestamp (ISO 8601 text in the parsed output).</summary>
    public static DateTimeOffset ParseTimestamp(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
