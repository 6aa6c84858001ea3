namespace Aws.Cli.Customizations.Configure;

/// <summary>Python's difflib.get_close_matches (SequenceMatcher ratio without junk heuristics).</summary>
internal static class CloseMatches
{
    public static List<string> Find(string word, IEnumerable<string> possibilities, int n, double cutoff) =>
        possibilities
            .Select(p => (p, score: Ratio(word, p)))
            .Where(x => x.score >= cutoff)
            .OrderByDescending(x => x.score).ThenByDescending(x => x.p, StringComparer.Ordinal)
            .Take(n).Select(x => x.p).ToList();

    /// <summary>2*M/T where M counts characters in SequenceMatcher's matching blocks.</summary>
    public static double Ratio(string a, string b)
    {
        var total = a.Length + b.Length;
        return total == 0 ? 1.0 : 2.0 * Matches(a, 0, a.Length, b, 0, b.Length) / total;
    }

    private static int Matches(string a, int alo, int ahi, string b, int blo, int bhi)
    {
        // Longest common block (earliest in a, then in b), then recurse on both sides, as SequenceMatcher does.
        int bestI = alo, bestJ = blo, bestSize = 0;
        for (var i = alo; i < ahi; i++)
            for (var j = blo; j < bhi; j++)
            {
                var k = 0;
                while (i + k < ahi && j + k < bhi && a[i + k] == b[j + k]) k++;
                if (k > bestSize) { bestI = i; bestJ = j; bestSize = k; }
            }
        if (bestSize == 0) return 0;
        return bestSize + Matches(a, alo, bestI, b, blo, bestJ) + Matches(a, bestI + bestSize, ahi, b, bestJ + bestSize, bhi);
    }
}
