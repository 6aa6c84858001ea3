using System.Text;

namespace Aws.Local.Policy.Matching;

/// <summary>
/// A pattern whose <c>*</c> and <c>?</c> characters may or may not be wildcards: text that came from a policy
/// variable (or <c>${*}</c>) is literal even if it contains them. <see cref="Text"/> is the pattern with every
/// character literal, which is what the exact-match operators compare.
/// </summary>
public sealed class Glob
{
    private readonly bool[] _wild;

    private Glob(string text, bool[] wild)
    {
        Text = text;
        _wild = wild;
    }

    /// <summary>The pattern's characters (wildcards included as plain characters).</summary>
    public string Text { get; }

    /// <summary>A pattern where every <c>*</c> and <c>?</c> is a wildcard.</summary>
    public static Glob Pattern(string pattern)
    {
        var wild = new bool[pattern.Length];
        for (int i = 0; i < pattern.Length; i++)
            wild[i] = pattern[i] is '*' or '?';
        return new Glob(pattern, wild);
    }

    /// <summary>A pattern that matches only <paramref name="text"/> itself.</summary>
    public static Glob Literal(string text) => new(text, new bool[text.Length]);

    /// <summary>Glob match over the whole input; <c>*</c> matches any run (including ':' and '/').</summary>
    public bool IsMatch(string input, bool ignoreCase = false) => IsMatch(input.AsSpan(), ignoreCase);

    public bool IsMatch(ReadOnlySpan<char> input, bool ignoreCase = false) =>
        MatchRange(0, Text.Length, input, ignoreCase);

    /// <summary>Splits on literal <paramref name="separator"/> characters, at most <paramref name="maxParts"/> parts.</summary>
    internal List<Glob> Split(char separator, int maxParts)
    {
        var parts = new List<Glob>();
        int start = 0;
        for (int i = 0; i < Text.Length && parts.Count < maxParts - 1; i++)
        {
            if (Text[i] == separator && !_wild[i])
            {
                parts.Add(Slice(start, i));
                start = i + 1;
            }
        }
        parts.Add(Slice(start, Text.Length));
        return parts;
    }

    private Glob Slice(int start, int end) => new(Text[start..end], _wild[start..end]);

    // Iterative wildcard match with single-star backtracking: linear in practice, no recursion.
    private bool MatchRange(int pStart, int pEnd, ReadOnlySpan<char> s, bool ignoreCase)
    {
        int p = pStart, i = 0, starP = -1, starI = 0;
        while (i < s.Length)
        {
            if (p < pEnd && _wild[p] && Text[p] == '*')
            {
                starP = p++;
                starI = i;
            }
            else if (p < pEnd && ((_wild[p] && Text[p] == '?') || CharEquals(Text[p], s[i], ignoreCase)))
            {
                p++;
                i++;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                i = ++starI;
            }
            else
                return false;
        }
        while (p < pEnd && _wild[p] && Text[p] == '*')
            p++;
        return p == pEnd;
    }

    private static bool CharEquals(char a, char b, bool ignoreCase) =>
        a == b || (ignoreCase && char.ToUpperInvariant(a) == char.ToUpperInvariant(b));

    internal sealed class Builder
    {
        private readonly StringBuilder _text = new();
        private readonly List<bool> _wild = [];

        public void AppendPattern(ReadOnlySpan<char> pattern)
        {
            foreach (var c in pattern)
            {
                _text.Append(c);
                _wild.Add(c is '*' or '?');
            }
        }

        public void AppendLiteral(ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                _text.Append(c);
                _wild.Add(false);
            }
        }

        public Glob Build() => new(_text.ToString(), [.. _wild]);
    }

    public override string ToString() => Text;
}
