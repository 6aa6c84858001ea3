using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Aws.Core.Protocols.Formats;

/// <summary>
/// Text forms of scalar parameter values, as botocore produces them with Python's str():
/// numbers keep the text they were given in, booleans are "true"/"false", special floats are
/// "NaN", "Infinity" and "-Infinity".
/// </summary>
public static class ScalarText
{
    /// <summary>The value as text (strings as-is, numbers in their given or shortest form).</summary>
    public static string ToText(JsonNode? node)
    {
        switch (node)
        {
            case null: return "";
            case JsonValue v:
                if (v.TryGetValue<JsonElement>(out var e))
                    return e.ValueKind switch
                    {
                        JsonValueKind.String => e.GetString()!,
                        JsonValueKind.Number => e.GetRawText(),
                        JsonValueKind.True => "true",
                        JsonValueKind.False => "false",
                        JsonValueKind.Null => "",
                        _ => e.GetRawText(),
                    };
                if (v.TryGetValue<string>(out var s)) return s;
                if (v.TryGetValue<bool>(out var b)) return b ? "true" : "false";
                if (v.TryGetValue<double>(out var d)) return Double(d);
                if (v.TryGetValue<float>(out var f)) return Double(f);
                if (v.TryGetValue<decimal>(out var m)) return m.ToString(CultureInfo.InvariantCulture);
                if (v.TryGetValue<long>(out var l)) return l.ToString(CultureInfo.InvariantCulture);
                if (v.TryGetValue<int>(out var i)) return i.ToString(CultureInfo.InvariantCulture);
                if (v.TryGetValue<DateTimeOffset>(out var t)) return TimestampFormatter.FormatIso8601(t);
                return v.ToJsonString();
            default:
                return node.ToJsonString();
        }
    }

    /// <summary>True for JSON true, and for the strings "true" (any case); Python truthiness otherwise.</summary>
    public static bool IsTrue(JsonNode? node)
    {
        if (node is not JsonValue v) return node is not null;
        if (v.TryGetValue<bool>(out var b)) return b;
        if (v.TryGetValue<JsonElement>(out var e))
            return e.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.String => StringIsTrue(e.GetString()!),
                JsonValueKind.Number => e.GetDouble() != 0,
                _ => false,
            };
        if (v.TryGetValue<string>(out var s)) return StringIsTrue(s);
        return ToText(node) is not ("0" or "" or "false");
    }

    private static bool StringIsTrue(string s) => !s.Equals("false", StringComparison.OrdinalIgnoreCase) && s.Length > 0;

    public static string Boolean(JsonNode? node) => IsTrue(node) ? "true" : "false";

    /// <summary>A float/double member: special values by name, finite values as given.</summary>
    public static string Float(JsonNode? node)
    {
        if (node is JsonValue v && v.TryGetValue<double>(out var d)) return Double(d);
        if (node is JsonValue f && f.TryGetValue<float>(out var x)) return Double(x);
        return ToText(node);
    }

    /// <summary>Python's repr of a float: shortest round-trip, "1.0" for integral values, "1e+16" style exponents.</summary>
    public static string Double(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "Infinity";
        if (double.IsNegativeInfinity(d)) return "-Infinity";
        var r = d.ToString("R", CultureInfo.InvariantCulture);
        var ePos = r.IndexOf('E');
        if (ePos < 0 && Math.Abs(d) >= 1e16)
        {
            // Plain digits from .NET; Python switches to an exponent from 1e16 on.
            var digits = r.TrimStart('-');
            var significant = digits.TrimEnd('0');
            var mantissa = significant.Length > 1 ? significant[0] + "." + significant[1..] : significant;
            return (d < 0 ? "-" : "") + mantissa + "e+" + (digits.Length - 1).ToString("D2", CultureInfo.InvariantCulture);
        }
        if (ePos >= 0)
        {
            var exp = int.Parse(r[(ePos + 1)..], CultureInfo.InvariantCulture);
            if (exp is < -4 or >= 16)
                return r[..ePos] + "e" + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("D2", CultureInfo.InvariantCulture);
            r = ((decimal)d).ToString(CultureInfo.InvariantCulture);
        }
        return r.Contains('.') ? r : r + ".0";
    }
}
