using System.Text;

namespace Aws.Core.Config;

/// <summary>
/// The few Python string semantics the config loader depends on (str.strip, str.splitlines, shlex.split,
/// os.path.expanduser/expandvars). Config files must parse exactly as botocore parses them, so these follow
/// CPython's definitions rather than .NET's.
/// </summary>
public static class PyText
{
    /// <summary>Python's str.isspace for one char: .NET whitespace plus the ASCII separators 0x1C-0x1F.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || (c >= '\x1c' && c <= '\x1f');

    public static string Strip(string s) => RStrip(LStrip(s));

    public static string LStrip(string s)
    {
        var i = 0;
        while (i < s.Length && IsSpace(s[i])) i++;
        return i == 0 ? s : s[i..];
    }

    public static string RStrip(string s)
    {
        var j = s.Length;
        while (j > 0 && IsSpace(s[j - 1])) j--;
        return j == s.Length ? s : s[..j];
    }

    /// <summary>Python's str.splitlines() (no keepends): every Unicode line boundary, \r\n as one.</summary>
    public static List<string> SplitLines(string s)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (!IsLineBoundary(c)) continue;
            lines.Add(s[start..i]);
            if (c == '\r' && i + 1 < s.Length && s[i + 1] == '\n') i++;
            start = i + 1;
        }
        if (start < s.Length) lines.Add(s[start..]);
        return lines;
    }

    private static bool IsLineBoundary(char c) =>
        c is '\n' or '\r' or '\x0b' or '\x0c' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    /// <summary>
    /// Splits text into lines the way Python's text-mode file iteration does (universal newlines: \r\n, \r and \n
    /// all become \n). Each line keeps its trailing "\n" except possibly the last.
    /// </summary>
    public static List<string> ReadLinesUniversal(string text)
    {
        var lines = new List<string>();
        var sb = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                sb.Append('\n');
                lines.Add(sb.ToString());
                sb.Clear();
            }
            else sb.Append(c);
        }
        if (sb.Length > 0) lines.Add(sb.ToString());
        return lines;
    }

    /// <summary>shlex.split(s) in POSIX mode; null when Python would raise ValueError (unbalanced quotes).</summary>
    public static List<string>? ShlexSplit(string s)
    {
        var tokens = new List<string>();
        var token = new StringBuilder();
        var inToken = false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                if (inToken) { tokens.Add(token.ToString()); token.Clear(); inToken = false; }
                continue;
            }
            inToken = true;
            if (c == '\\')
            {
                if (++i >= s.Length) return null; // "No escaped character"
                token.Append(s[i]);
            }
            else if (c is '\'' or '"')
            {
                var quote = c;
                var closed = false;
                for (i++; i < s.Length; i++)
                {
                    var q = s[i];
                    if (q == quote) { closed = true; break; }
                    // Inside double quotes a backslash escapes only itself and the quote.
                    if (quote == '"' && q == '\\' && i + 1 < s.Length && s[i + 1] is '"' or '\\') q = s[++i];
                    else if (quote == '"' && q == '\\' && i + 1 >= s.Length) return null;
                    token.Append(q);
                }
                if (!closed) return null; // "No closing quotation"
            }
            else token.Append(c);
        }
        if (inToken) tokens.Add(token.ToString());
        return tokens;
    }

    /// <summary>shlex.quote: wraps in single quotes unless the text is made only of safe characters.</summary>
    public static string ShlexQuote(string s)
    {
        if (s.Length == 0) return "''";
        var safe = true;
        foreach (var c in s)
            if (!(char.IsAsciiLetterOrDigit(c) || "@%+=:,./-_".Contains(c))) { safe = false; break; }
        return safe ? s : "'" + s.Replace("'", "'\"'\"'") + "'";
    }

    /// <summary>os.path.expanduser for POSIX: a leading "~" or "~/" becomes the home folder.</summary>
    public static string ExpandUser(string path, string? home)
    {
        if (home is null || path.Length == 0 || path[0] != '~') return path;
        if (path.Length > 1 && path[1] != '/') return path; // ~user is not supported
        var expanded = home.TrimEnd('/') + path[1..];
        return expanded.Length == 0 ? "/" : expanded;
    }

    /// <summary>os.path.expandvars (POSIX): $NAME and ${NAME} for set variables; others are left as written.</summary>
    public static string ExpandVars(string path, Func<string, string?> env)
    {
        if (!path.Contains('$')) return path;
        var sb = new StringBuilder();
        var i = 0;
        while (i < path.Length)
        {
            if (path[i] != '$') { sb.Append(path[i++]); continue; }
            int nameStart, nameEnd, next;
            if (i + 1 < path.Length && path[i + 1] == '{')
            {
                var close = path.IndexOf('}', i + 2);
                if (close < 0) { sb.Append(path[i++]); continue; }
                nameStart = i + 2; nameEnd = close; next = close + 1;
            }
            else
            {
                nameStart = i + 1; nameEnd = nameStart;
                while (nameEnd < path.Length && (char.IsAsciiLetterOrDigit(path[nameEnd]) || path[nameEnd] == '_')) nameEnd++;
                next = nameEnd;
            }
            var name = path[nameStart..nameEnd];
            var value = name.Length > 0 ? env(name) : null;
            if (value is null) { sb.Append(path, i, next - i); }
            else sb.Append(value);
            i = next;
        }
        return sb.ToString();
    }

    /// <summary>Python's repr() of a str (quote choice and the common escapes).</summary>
    public static string Repr(string s)
    {
        var quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var body = s.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t");
        if (quote == '\'') body = body.Replace("'", "\\'");
        return quote + body + quote;
    }
}
