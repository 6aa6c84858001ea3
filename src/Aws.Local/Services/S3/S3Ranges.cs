using System.Globalization;

namespace Aws.Local.Services.S3;

/// <summary>Single byte ranges as S3 honours them ("bytes=a-b", "bytes=a-", "bytes=-n"); other forms are ignored.</summary>
internal static class S3Ranges
{
    /// <summary>False when the header is not a single byte range (the whole object is sent).</summary>
    public static bool TryParse(string header, long size, out long first, out long last, out bool satisfiable)
    {
        first = last = 0;
        satisfiable = false;
        header = header.Trim();
        if (!header.StartsWith("bytes=", StringComparison.OrdinalIgnoreCase) || header.Contains(',')) return false;
        var spec = header[6..].Trim();
        var dash = spec.IndexOf('-');
        if (dash < 0) return false;
        var a = spec[..dash].Trim();
        var b = spec[(dash + 1)..].Trim();
        if (a.Length == 0)
        {
            if (!long.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var suffix)) return false;
            if (suffix == 0 || size == 0) return true;
            (first, last, satisfiable) = (Math.Max(0, size - suffix), size - 1, true);
            return true;
        }
        if (!long.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out first)) return false;
        if (b.Length == 0) last = size - 1;
        else if (!long.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out last) || last < first) return false;
        if (first >= size) return true;
        last = Math.Min(last, size - 1);
        satisfiable = true;
        return true;
    }
}
