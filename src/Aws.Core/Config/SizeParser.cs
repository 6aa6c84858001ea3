using System.Globalization;

namespace Aws.Core.Config;

/// <summary>Human-readable byte sizes as the CLI's s3 settings accept them ("8MB", "1GiB", "1048576").</summary>
public static class SizeParser
{
    private static readonly (string Suffix, long Factor)[] Suffixes =
    [
        ("kib", 1L << 10), ("mib", 1L << 20), ("gib", 1L << 30), ("tib", 1L << 40),
        ("kb", 1L << 10), ("mb", 1L << 20), ("gb", 1L << 30), ("tb", 1L << 40),
    ];

    public static bool TryParse(string text, out long bytes)
    {
        var s = text.Trim().ToLowerInvariant();
        if (s.EndsWith("/s", StringComparison.Ordinal)) s = s[..^2]; // max_bandwidth is a rate: "50MB/s"
        foreach (var (suffix, factor) in Suffixes)
        {
            if (!s.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var ok = long.TryParse(s[..^suffix.Length].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n);
            bytes = ok ? n * factor : 0;
            return ok;
        }
        if (s.EndsWith('b')) s = s[..^1];
        return long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out bytes);
    }
}
