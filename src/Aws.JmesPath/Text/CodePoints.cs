using System.Text;

namespace Aws.JmesPath.Text;

/// <summary>String operations by Unicode code point, as Python (and so the spec) sees strings.</summary>
internal static class CodePoints
{
    public static int Length(string s)
    {
        var n = s.Length;
        for (var i = 0; i + 1 < s.Length; i++)
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1])) { n--; i++; }
        return n;
    }

    /// <summary>The code point index of UTF-16 offset <paramref name="utf16Index"/> (for error columns).</summary>
    public static int IndexOf(string s, int utf16Index)
    {
        var n = 0;
        for (var i = 0; i < utf16Index && i < s.Length; i++, n++)
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
        return n + Math.Max(0, utf16Index - s.Length);
    }

    public static string Reverse(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = s.Length - 1; i >= 0; i--)
        {
            if (i > 0 && char.IsLowSurrogate(s[i]) && char.IsHighSurrogate(s[i - 1]))
            {
                sb.Append(s[i - 1]).Append(s[i]);
                i--;
            }
            else sb.Append(s[i]);
        }
        return sb.ToString();
    }

    /// <summary>Compares by code point (ordinal UTF-16 order differs for supplementary characters).</summary>
    public static int Compare(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            var x = a[i];
            var y = b[i];
            if (x == y) continue;
            return Fix(x) - Fix(y);
        }
        return a.Length.CompareTo(b.Length);
    }

    // Surrogates (D800-DFFF) encode code points above every BMP character, so lift them above E000-FFFF.
    private static int Fix(char c) => c >= 0xD800 && c <= 0xDFFF ? c + 0x2000 : c >= 0xE000 ? c - 0x800 : c;
}
