using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Aws.Cli.Arguments;

/// <summary>Thrown with Python's json error text, e.g. "Expecting value: line 1 column 1 (char 0)".</summary>
public sealed class PyJsonException(string message) : Exception(message);

/// <summary>
/// A JSON reader that accepts what Python's json.loads accepts (NaN, Infinity, big numbers) and fails with the
/// same messages, because the CLI shows those messages to the user.
/// </summary>
public static class PyJson
{
    public static JsonNode? Parse(string text)
    {
        var p = new Reader(text);
        var i = p.SkipWs(0);
        var value = p.Value(i, out var end);
        end = p.SkipWs(end);
        if (end != text.Length) throw p.Error("Extra data", end);
        return value;
    }

    private sealed class Reader(string s)
    {
        public PyJsonException Error(string msg, int pos)
        {
            var line = 1;
            var lastNl = -1;
            for (var k = 0; k < pos && k < s.Length; k++) if (s[k] == '\n') { line++; lastNl = k; }
            var col = pos - lastNl;
            return new PyJsonException($"{msg}: line {line} column {col} (char {pos})");
        }

        public int SkipWs(int i)
        {
            while (i < s.Length && s[i] is ' ' or '\t' or '\n' or '\r') i++;
            return i;
        }

        public JsonNode? Value(int i, out int end)
        {
            if (i >= s.Length) throw Error("Expecting value", i);
            var c = s[i];
            switch (c)
            {
                case '"': { var str = String(i + 1, out end); return JsonValue.Create(str); }
                case '{': return Object(i + 1, out end);
                case '[': return Array(i + 1, out end);
                case 'n' when At(i, "null"): end = i + 4; return null;
                case 't' when At(i, "true"): end = i + 4; return JsonValue.Create(true);
                case 'f' when At(i, "false"): end = i + 5; return JsonValue.Create(false);
                case 'N' when At(i, "NaN"): end = i + 3; return JsonValue.Create(double.NaN);
                case 'I' when At(i, "Infinity"): end = i + 8; return JsonValue.Create(double.PositiveInfinity);
                case '-' when At(i, "-Infinity"): end = i + 9; return JsonValue.Create(double.NegativeInfinity);
            }
            if (c == '-' || char.IsAsciiDigit(c)) return Number(i, out end);
            throw Error("Expecting value", i);
        }

        private bool At(int i, string word) => string.CompareOrdinal(s, i, word, 0, word.Length) == 0;

        private JsonNode Number(int i, out int end)
        {
            var j = i;
            if (s[j] == '-') j++;
            if (j >= s.Length || !char.IsAsciiDigit(s[j])) throw Error("Expecting value", i);
            if (s[j] == '0') j++;
            else while (j < s.Length && char.IsAsciiDigit(s[j])) j++;
            var isFloat = false;
            if (j + 1 < s.Length && s[j] == '.' && char.IsAsciiDigit(s[j + 1]))
            {
                isFloat = true;
                j += 2;
                while (j < s.Length && char.IsAsciiDigit(s[j])) j++;
            }
            if (j < s.Length && s[j] is 'e' or 'E')
            {
                var k = j + 1;
                if (k < s.Length && s[k] is '+' or '-') k++;
                if (k < s.Length && char.IsAsciiDigit(s[k]))
                {
                    while (k < s.Length && char.IsAsciiDigit(s[k])) k++;
                    isFloat = true;
                    j = k;
                }
            }
            end = j;
            var text = s[i..j];
            if (!isFloat && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
                return JsonValue.Create(l);
            if (!isFloat && decimal.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d))
                return JsonValue.Create(d);
            return JsonValue.Create(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        private string String(int i, out int end)
        {
            var begin = i - 1;
            var sb = new StringBuilder();
            while (true)
            {
                if (i >= s.Length) throw Error("Unterminated string starting at", begin);
                var c = s[i];
                if (c == '"') { end = i + 1; return sb.ToString(); }
                if (c < 0x20) throw Error("Invalid control character at", i);
                if (c != '\\') { sb.Append(c); i++; continue; }
                i++;
                if (i >= s.Length) throw Error("Unterminated string starting at", begin);
                var e = s[i];
                switch (e)
                {
                    case '"': sb.Append('"'); break;
                    case '\\': sb.Append('\\'); break;
                    case '/': sb.Append('/'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'u':
                        sb.Append((char)Hex4(i + 1, i));
                        i += 4;
                        break;
                    default: throw Error("Invalid \\escape", i - 1);
                }
                i++;
            }
        }

        private int Hex4(int i, int escapeStart)
        {
            if (i + 4 > s.Length || !int.TryParse(s.AsSpan(i, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var v)
                || s.AsSpan(i, 4).ContainsAnyExcept("0123456789abcdefABCDEF"))
                throw Error("Invalid \\uXXXX escape", escapeStart);
            return v;
        }

        private JsonObject Object(int i, out int end)
        {
            var obj = new JsonObject();
            i = SkipWs(i);
            if (i < s.Length && s[i] == '}') { end = i + 1; return obj; }
            while (true)
            {
                if (i >= s.Length || s[i] != '"') throw Error("Expecting property name enclosed in double quotes", i);
                var key = String(i + 1, out i);
                i = SkipWs(i);
                if (i >= s.Length || s[i] != ':') throw Error("Expecting ':' delimiter", i);
                i = SkipWs(i + 1);
                var value = Value(i, out i);
                obj[key] = value; // Python keeps the last duplicate key.
                i = SkipWs(i);
                if (i < s.Length && s[i] == '}') { end = i + 1; return obj; }
                if (i >= s.Length || s[i] != ',') throw Error("Expecting ',' delimiter", i);
                i = SkipWs(i + 1);
            }
        }

        private JsonArray Array(int i, out int end)
        {
            var arr = new JsonArray();
            i = SkipWs(i);
            if (i < s.Length && s[i] == ']') { end = i + 1; return arr; }
            while (true)
            {
                arr.Add(Value(i, out i));
                i = SkipWs(i);
                if (i < s.Length && s[i] == ']') { end = i + 1; return arr; }
                if (i >= s.Length || s[i] != ',') throw Error("Expecting ',' delimiter", i);
                i = SkipWs(i + 1);
            }
        }
    }

    /// <summary>json.dumps(value, indent=4) as the CLI prints skeletons (ASCII-escaped, ", " and ": " separators).</summary>
    public static string Dump(JsonNode? node, int indent = 4)
    {
        var sb = new StringBuilder();
        Write(sb, node, indent, 0);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, JsonNode? node, int indent, int level)
    {
        switch (node)
        {
            case null: sb.Append("null"); break;
            case JsonObject o:
                if (o.Count == 0) { sb.Append("{}"); break; }
                sb.Append('{');
                var first = true;
                foreach (var (k, v) in o)
                {
                    sb.Append(first ? "" : ",").Append('\n').Append(' ', indent * (level + 1));
                    first = false;
                    WriteString(sb, k);
                    sb.Append(": ");
                    Write(sb, v, indent, level + 1);
                }
                sb.Append('\n').Append(' ', indent * level).Append('}');
                break;
            case JsonArray a:
                if (a.Count == 0) { sb.Append("[]"); break; }
                sb.Append('[');
                for (var i = 0; i < a.Count; i++)
                {
                    sb.Append(i == 0 ? "" : ",").Append('\n').Append(' ', indent * (level + 1));
                    Write(sb, a[i], indent, level + 1);
                }
                sb.Append('\n').Append(' ', indent * level).Append(']');
                break;
            case JsonValue v:
                if (v.TryGetValue<string>(out var str)) WriteString(sb, str);
                else if (v.TryGetValue<bool>(out var b)) sb.Append(b ? "true" : "false");
                else if (v.TryGetValue<long>(out var l)) sb.Append(l.ToString(CultureInfo.InvariantCulture));
                else if (v.TryGetValue<double>(out var d)) sb.Append(FloatRepr(d));
                else sb.Append(v.ToJsonString());
                break;
        }
    }

    /// <summary>Python's float repr: shortest round-trip digits, always with a '.' or exponent.</summary>
    public static string FloatRepr(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "Infinity";
        if (double.IsNegativeInfinity(d)) return "-Infinity";
        var r = d.ToString("R", CultureInfo.InvariantCulture);
        if (r.Contains('E'))
        {
            var parts = r.Split('E');
            var exp = int.Parse(parts[1], CultureInfo.InvariantCulture);
            return parts[0] + "e" + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
        }
        return r.Contains('.') ? r : r + ".0";
    }

    private static void WriteString(StringBuilder sb, string s) => Aws.Core.Protocols.Formats.PythonJson.WriteString(sb, s);
}
