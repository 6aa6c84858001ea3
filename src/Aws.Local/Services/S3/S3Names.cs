using System.Net;

namespace Aws.Local.Services.S3;

/// <summary>S3's naming rules for buckets, and guards that keep names from escaping the storage folder.</summary>
internal static class S3Names
{
    /// <summary>The general purpose bucket naming rules AWS documents.</summary>
    public static bool IsValidBucketName(string name)
    {
        if (name.Length is < 3 or > 63) return false;
        foreach (var c in name)
            if (!(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '-')) return false;
        if (!char.IsAsciiLetterOrDigit(name[0]) || !char.IsAsciiLetterOrDigit(name[^1])) return false;
        if (name.Contains("..", StringComparison.Ordinal) || name.Contains(".-", StringComparison.Ordinal) || name.Contains("-.", StringComparison.Ordinal)) return false;
        if (IPAddress.TryParse(name, out _) && name.Count(c => c == '.') == 3) return false;
        if (name.StartsWith("xn--", StringComparison.Ordinal) || name.StartsWith("sthree-", StringComparison.Ordinal)) return false;
        return !name.EndsWith("-s3alias", StringComparison.Ordinal) && !name.EndsWith("--ol-s3", StringComparison.Ordinal);
    }

    /// <summary>A name that can only be a bucket folder (legacy names may have upper case or underscores).</summary>
    public static bool IsPlausibleBucket(string name) =>
        name.Length is > 0 and <= 255 && name[0] != '.' && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');

    public static bool IsPlausibleUploadId(string id) =>
        id.Length is > 0 and <= 128 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
