using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aws.Core.Protocols.Formats;

namespace Aws.Core.Runtime.Validation;

/// <summary>
/// How botocore's validator sees and prints a value: its Python type, the "&lt;class 'int'&gt;" name, and
/// str() of the value (repr() inside containers), so messages match the AWS CLI byte for byte.
/// </summary>
public static class PyValues
{
    public static PyKind KindOf(JsonNode? node)
    {
        switch (node)
        {
            case null: return PyKind.None;
            case JsonObject: return PyKind.Dict;
            case JsonArray: return PyKind.List;
        }
        var v = (JsonValue)node;
        if (v.TryGetValue<JsonElement>(out var e))
        {
            return e.ValueKind switch
            {
                JsonValueKind.String => PyKind.Str,
                JsonValueKind.True or JsonValueKind.False => PyKind.Bool,
                JsonValueKind.Number => IsIntegerLiteral(e.GetRawText()) ? PyKind.Int : PyKind.Float,
                JsonValueKind.Object => PyKind.Dict,
                JsonValueKind.Array => PyKind.List,
                _ => PyKind.None,
            };
        }
        if (v.TryGetValue<string>(out _)) return PyKind.Str;
        if (v.TryGetValue<bool>(out _)) return PyKind.Bool;
        if (v.TryGetValue<long>(out _) || v.TryGetValue<int>(out _)) return PyKind.Int;
        if (v.TryGetValue<double>(out _) || v.TryGetValue<float>(out _)) return PyKind.Float;
        // The CLI's JSON reader keeps integers too big for a long as decimals: Python keeps them as int.
        if (v.TryGetValue<decimal>(out var m)) return m.Scale == 0 ? PyKind.Int : PyKind.Decimal;
        if (v.TryGetValue<byte[]>(out _)) return PyKind.Bytes;
        if (v.TryGetValue<DateTimeOffset>(out _) || v.TryGetValue<DateTime>(out _)) return PyKind.DateTime;
        return PyKind.Str;
    }

    /// <summary>str(type(value)), e.g. "&lt;class 'int'&gt;".</summary>
    public static string TypeName(PyKind kind) => kind switch
    {
        PyKind.None => "<class 'NoneType'>",
        PyKind.Str => "<class 'str'>",
        PyKind.Int => "<class 'int'>",
        PyKind.Float => "<class 'float'>",
        PyKind.Decimal => "<class 'decimal.Decimal'>",
        PyKind.Bool => "<class 'bool'>",
        PyKind.Dict => "<class 'dict'>",
        PyKind.List => "<class 'list'>",
        PyKind.Bytes => "<class 'bytes'>",
        _ => "<class 'datetime.datetime'>",
    };

    /// <summary>Python's str(value): strings bare, everything else as repr.</summary>
    public static string Str(JsonNode? node) => KindOf(node) == PyKind.Str ? StringOf(node!) : Repr(node);

    public static string Repr(JsonNode? node)
    {
        var sb = new StringBuilder();
        WriteRepr(sb, node);
        return sb.ToString();
    }

    /// <summary>A number the model gives (a min), printed as Python prints the int or float json.loads made of it.</summary>
    public static string Number(JsonElement number) =>
        IsIntegerLiteral(number.GetRawText()) ? number.GetRawText() : ScalarText.Double(number.GetDouble());

    private static void WriteRepr(StringBuilder sb, JsonNode? node)
    {
        switch (KindOf(node))
        {
            case PyKind.None: sb.Append("None"); return;
            case PyKind.Bool: sb.Append(IsTrue(node!) ? "True" : "False"); return;
            case PyKind.Str: WriteStringRepr(sb, StringOf(node!), ""); return;
            case PyKind.Int: sb.Append(IntText(node!)); return;
            case PyKind.Float: sb.Append(FloatText(node!)); return;
            case PyKind.Decimal: sb.Append("Decimal('").Append(node!.GetValue<decimal>().ToString(CultureInfo.InvariantCulture)).Append("')"); return;
            case PyKind.Bytes: WriteStringRepr(sb, Encoding.Latin1.GetString(node!.GetValue<byte[]>()), "b"); return;
            case PyKind.DateTime: sb.Append(node!.ToJsonString()); return;
            case PyKind.List:
                sb.Append('[');
                var items = AsArray(node!);
                for (var i = 0; i < items.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    WriteRepr(sb, items[i]);
                }
                sb.Append(']');
                return;
            case PyKind.Dict:
                sb.Append('{');
                var first = true;
                foreach (var (key, value) in AsObject(node!))
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    WriteStringRepr(sb, key, "");
                    sb.Append(": ");
                    WriteRepr(sb, value);
                }
                sb.Append('}');
                return;
        }
    }

    // Python's repr of a str: single quotes unless the text has ' and no ", backslash escapes for the rest.
    private static void WriteStringRepr(StringBuilder sb, string s, string prefix)
    {
        var quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        sb.Append(prefix).Append(quote);
        foreach (var rune in s.EnumerateRunes())
        {
            var c = rune.Value;
            if (c == quote || c == '\\') sb.Append('\\').Append((char)c);
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c == '\t') sb.Append("\\t");
            else if (c < 0x20 || c == 0x7f || (prefix == "b" && c > 0x7f)) sb.Append("\\x").Append(c.ToString("x2", CultureInfo.InvariantCulture));
            else if (c is >= 0x80 and < 0xa0) sb.Append("\\x").Append(c.ToString("x2", CultureInfo.InvariantCulture));
            else sb.Append(rune.ToString());
        }
        sb.Append(quote);
    }

    private static bool IsIntegerLiteral(string raw) => raw.IndexOfAny(['.', 'e', 'E']) < 0;

    private static string StringOf(JsonNode node) =>
        node is JsonValue v && v.TryGetValue<JsonElement>(out var e) ? e.GetString()! : node.GetValue<string>();

    private static bool IsTrue(JsonNode node) =>
        node is JsonValue v && v.TryGetValue<JsonElement>(out var e) ? e.ValueKind == JsonValueKind.True : node.GetValue<bool>();

    private static string IntText(JsonNode node)
    {
        var v = (JsonValue)node;
        if (v.TryGetValue<JsonElement>(out var e)) return e.GetRawText();
        if (v.TryGetValue<long>(out var l)) return l.ToString(CultureInfo.InvariantCulture);
        if (v.TryGetValue<int>(out var i)) return i.ToString(CultureInfo.InvariantCulture);
        return v.GetValue<decimal>().ToString(CultureInfo.InvariantCulture);
    }

    private static string FloatText(JsonNode node)
    {
        var v = (JsonValue)node;
        var d = v.TryGetValue<JsonElement>(out var e) ? e.GetDouble() : v.TryGetValue<double>(out var x) ? x : v.GetValue<float>();
        // Python prints non-finite floats as inf/nan; ScalarText spells them the JSON way.
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        return ScalarText.Double(d);
    }

    internal static double ToDouble(JsonNode node)
    {
        var v = (JsonValue)node;
        if (v.TryGetValue<JsonElement>(out var e)) return e.ValueKind is JsonValueKind.True ? 1 : e.ValueKind is JsonValueKind.False ? 0 : e.GetDouble();
        if (v.TryGetValue<bool>(out var b)) return b ? 1 : 0;
        if (v.TryGetValue<long>(out var l)) return l;
        if (v.TryGetValue<int>(out var i)) return i;
        if (v.TryGetValue<double>(out var d)) return d;
        if (v.TryGetValue<float>(out var f)) return f;
        return (double)v.GetValue<decimal>();
    }

    internal static string TextOf(JsonNode node) => StringOf(node);

    // JsonElement-backed containers are materialised as nodes so one walk handles both representations.
    internal static JsonArray AsArray(JsonNode node) => node as JsonArray ?? JsonNode.Parse(node.ToJsonString())!.AsArray();

    internal static JsonObject AsObject(JsonNode node) => node as JsonObject ?? JsonNode.Parse(node.ToJsonString())!.AsObject();
}
