namespace Aws.Cli.Output;

/// <summary>Python-compatible string measures: display width as the CLI's table counts it, and code point order.</summary>
internal static class TextWidth
{
    /// <summary>Code points counted once, East Asian Wide, Fullwidth and Ambiguous ones twice.</summary>
    public static int Of(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes()) width += IsWide(rune.Value) ? 2 : 1;
        return width;
    }

    /// <summary>Python len(): code points, not UTF-16 units.</summary>
    public static int Length(string text)
    {
        var n = 0;
        foreach (var _ in text.EnumerateRunes()) n++;
        return n;
    }

    public static bool IsWide(int codePoint)
    {
        var ranges = EastAsianWidthData.WideRanges;
        int lo = 0, hi = ranges.Length / 2 - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (codePoint < ranges[2 * mid]) hi = mid - 1;
            else if (codePoint > ranges[2 * mid + 1]) lo = mid + 1;
            else return true;
        }
        return false;
    }

    /// <summary>Python's str ordering (by code point), which differs from ordinal UTF-16 order above U+FFFF.</summary>
    public static int CompareCodePoints(string? a, string? b)
    {
        if (a is null || b is null) return string.CompareOrdinal(a, b);
        var ea = a.EnumerateRunes();
        var eb = b.EnumerateRunes();
        while (true)
        {
            var hasA = ea.MoveNext();
            var hasB = eb.MoveNext();
            if (!hasA || !hasB) return hasA ? 1 : hasB ? -1 : 0;
            var c = ea.Current.Value.CompareTo(eb.Current.Value);
            if (c != 0) return c;
        }
    }

    public static readonly Comparer<string> CodePointOrder = Comparer<string>.Create(CompareCodePoints);

}
