using System.Globalization;
using System.Text;

namespace Aws.Cli.Arguments;

/// <summary>The few Python behaviours the CLI's messages and conversions depend on (repr, int(), float()).</summary>
internal static class PyText
{
    /// <summary>Python's repr() of a str.</summary>
    public static string Repr(string s)
    {
        var quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2).Append(quote);
        foreach (var c in s)
        {
            if (c == quote || c == '\\') sb.Append('\\').Append(c);
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c == '\t') sb.Append("\\t");
            else if (c < 0x20 || c == 0x7f) sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.Append(quote).ToString();
    }

    /// <summary>Python's str.isspace() for one character.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || (c >= '\x1c' && c <= '\x1f');

    public static string Strip(string s)
    {
        int a = 0, b = s.Length;
        while (a < b && IsSpace(s[a])) a++;
        while (b > a && IsSpace(s[b - 1])) b--;
        return s[a..b];
    }

    public static string LStrip(string s)
    {
        var a = 0;
        while (a < s.Length && IsSpace(s[a])) a++;
        return s[a..];
    }

    public static string RStrip(string s)
    {
        var b = s.Length;
        while (b > 0 && IsSpace(s[b - 1])) b--;
        return s[..b];
    }

    /// <summary>int(s) for a str: surrounding whitespace, a sign, digits with single '_' between them.</summary>
    public static bool TryParseInt(string s, out long value)
    {
        value = 0;
        var t = Strip(s);
        var i = 0;
        var negative = false;
        if (i < t.Length && (t[i] == '+' || t[i] == '-')) { negative = t[i] == '-'; i++; }
        if (i >= t.Length) return false;
        var digits = new StringBuilder();
        var lastUnderscore = true;
        for (; i < t.Length; i++)
        {
            var c = t[i];
            if (c == '_') { if (lastUnderscore) return false; lastUnderscore = true; continue; }
            var d = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (d < 0) return false;
            digits.Append((char)('0' + d));
            lastUnderscore = false;
        }
        if (lastUnderscore) return false;
        if (!long.TryParse(digits.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out value)) return false;
        if (negative) value = -value;
        return true;
    }

    public static string IntError(string s) => "invalid literal for int() with base 10: " + Repr(s);

    /// <summary>float(s) for a str: whitespace, sign, inf/infinity/nan, decimal with optional exponent, '_' between digits.</summary>
    public static bool TryParseFloat(string s, out double value)
    {
        value = 0;
        var t = Strip(s);
        if (t.Length == 0) return false;
        var body = t[0] is '+' or '-' ? t[1..] : t;
        var sign = t[0] == '-' ? -1.0 : 1.0;
        switch (body.ToLowerInvariant())
        {
            case "inf": case "infinity": value = sign * double.PositiveInfinity; return true;
            case "nan": value = double.NaN; return true;
        }
        // Underscores are allowed only between digits.
        for (var i = 0; i < body.Length; i++)
            if (body[i] == '_' && (i == 0 || i == body.Length - 1 || !char.IsAsciiDigit(body[i - 1]) || !char.IsAsciiDigit(body[i + 1])))
                return false;
        body = body.Replace("_", "");
        var j = 0;
        var mantissaDigits = 0;
        while (j < body.Length && char.IsAsciiDigit(body[j])) { j++; mantissaDigits++; }
        if (j < body.Length && body[j] == '.') { j++; while (j < body.Length && char.IsAsciiDigit(body[j])) { j++; mantissaDigits++; } }
        if (mantissaDigits == 0) return false;
        if (j < body.Length && (body[j] == 'e' || body[j] == 'E'))
        {
            j++;
            if (j < body.Length && (body[j] == '+' || body[j] == '-')) j++;
            var expDigits = 0;
            while (j < body.Length && char.IsAsciiDigit(body[j])) { j++; expDigits++; }
            if (expDigits == 0) return false;
        }
        if (j != body.Length) return false;
        value = sign * double.Parse(body, NumberStyles.Float, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>Python's type(x) repr for a JSON-ish value, as in "received &lt;class 'list'&gt;".</summary>
    public static string TypeName(System.Text.Json.Nodes.JsonNode? node) => node switch
    {
        null => "<class 'NoneType'>",
        System.Text.Json.Nodes.JsonObject => "<class 'dict'>",
        System.Text.Json.Nodes.JsonArray => "<class 'list'>",
        System.Text.Json.Nodes.JsonValue v when v.TryGetValue<string>(out _) => "<class 'str'>",
        System.Text.Json.Nodes.JsonValue v when v.TryGetValue<bool>(out _) => "<class 'bool'>",
        System.Text.Json.Nodes.JsonValue v when v.TryGetValue<long>(out _) => "<class 'int'>",
        System.Text.Json.Nodes.JsonValue v when v.TryGetValue<double>(out _) => "<class 'float'>",
        _ => "<class 'object'>",
    };
}
