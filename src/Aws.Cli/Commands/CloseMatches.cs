namespace Aws.Cli.Commands;

/// <summary>
/// "Did you mean" suggestions as the AWS CLI makes them (Python difflib.get_close_matches: Ratcliff/Obershelp
/// similarity, cutoff 0.8, at most 3, best first).
/// </summary>
public static class CloseMatches
{
    public static IReadOnlyList<string> Find(string word, IEnumerable<string> possibilities, int n = 3, double cutoff = 0.8)
    {
        var scored = new List<(double Score, string Value)>();
        foreach (var candidate in possibilities)
        {
            var score = Ratio(candidate, word);
            if (score >= cutoff) scored.Add((score, candidate));
        }
        // heapq.nlargest on (score, string) tuples: ties go to the larger string.
        return scored.OrderByDescending(s => s.Score).ThenByDescending(s => s.Value, StringComparer.Ordinal)
            .Take(n).Select(s => s.Value).ToArray();
    }

    /// <summary>difflib.SequenceMatcher(None, a, b).ratio() for short strings (no junk heuristic applies).</summary>
    public static double Ratio(string a, string b)
    {
        var total = a.Length + b.Length;
        return total == 0 ? 1.0 : 2.0 * Matches(a, 0, a.Length, b, 0, b.Length) / total;
    }

    private static int Matches(string a, int alo, int ahi, string b, int blo, int bhi)
    {
        if (alo >= ahi || blo >= bhi) return 0;
        var (i, j, k) = LongestMatch(a, alo, ahi, b, blo, bhi);
        if (k == 0) return 0;
        return k + Matches(a, alo, i, b, blo, j) + Matches(a, i + k, ahi, b, j + k, bhi);
    }

    // Longest common block; earliest in a, then earliest in b, as difflib picks it.
    private static (int I, int J, int K) LongestMatch(string a, int alo, int ahi, string b, int blo, int bhi)
    {
        var best = (I: alo, J: blo, K: 0);
        var prev = new int[bhi - blo + 1];
        for (var i = alo; i < ahi; i++)
        {
            var cur = new int[bhi - blo + 1];
            for (var j = blo; j < bhi; j++)
            {
                if (a[i] != b[j]) continue;
                var k = cur[j - blo + 1] = prev[j - blo] + 1;
                if (k > best.K) best = (i - k + 1, j - k + 1, k);
            }
            prev = cur;
        }
        return best;
    }
}
