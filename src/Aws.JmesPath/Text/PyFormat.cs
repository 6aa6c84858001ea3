using System.Globalization;
using System.Text;
using Aws.JmesPath.Evaluation;

namespace Aws.JmesPath.Text;

/// <summary>
/// Python's renderings of values: str()/repr() (used in jmespath.py's error messages) and json.dumps with
/// separators (',', ':') and ensure_ascii (used by to_string). Matching them makes our output byte-identical
/// to the CLI's.
/// </summary>
internal static class PyFormat
{
    /// <summary>Python's type name for a runtime value (jmespath.py puts it in some error messages).</summary>
    public static string TypeName(object? v) => Val.TypeOf(v) switch
    {
        JType.Null => "NoneType",
        JType.String => "str",
        JType.Number => Val.TryNumber(v, out var n) && n.IsInt ? "int" : "float",
        JType.Boolean => "bool",
        JType.Array => "list",
        JType.Object => "dict",
        _ => "_Expression",
    };

    /// <summary>Python's str(): strings as they are, everything else as repr().</summary>
    public static string Str(object? v) => Val.TryString(v, out var s) ? s : Repr(v);

    public static string Repr(object? v)
    {
        var sb = new StringBuilder();
        AppendRepr(sb, v);
        return sb.ToString();
    }

    public static string JsonDumps(object? v)
    {
        var sb = new StringBuilder();
        AppendJson(sb, v);
        return sb.ToString();
    }

    /// <summary>Python's repr(float): shortest round-trip digits, exponent form outside 1e-4 .. 1e16.</summary>
    public static string FloatRepr(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        var r = d.ToString("R", CultureInfo.InvariantCulture);
        var neg = r.StartsWith('-');
        if (neg) r = r[1..];
        var exp = 0;
        var e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exp = int.Parse(r[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..e];
        }
        var dot = r.IndexOf('.');
        var intPart = dot >= 0 ? r[..dot] : r;
        var digits = intPart + (dot >= 0 ? r[(dot + 1)..] : "");
        var decpt = intPart.Length + exp;
        var lead = 0;
        while (lead < digits.Length && digits[lead] == '0') lead++;
        digits = digits[lead..].TrimEnd('0');
        decpt -= lead;
        var sign = neg ? "-" : "";
        if (digits.Length == 0) return sign + "0.0";
        if (decpt > -4 && decpt <= 16)
        {
            if (decpt <= 0) return sign + "0." + new string('0', -decpt) + digits;
            if (decpt >= digits.Length) return sign + digits + new string('0', decpt - digits.Length) + ".0";
            return sign + digits[..decpt] + "." + digits[decpt..];
        }
        var x = decpt - 1;
        var mant = digits.Length > 1 ? digits[..1] + "." + digits[1..] : digits;
        return sign + mant + "e" + (x < 0 ? "-" : "+") + Math.Abs(x).ToString("D2", CultureInfo.InvariantCulture);
    }

    public static string NumberText(Num n) => n.IsInt ? n.L.ToString(CultureInfo.InvariantCulture) : FloatRepr(n.D);

    private static void AppendRepr(StringBuilder sb, object? v)
    {
        switch (Val.TypeOf(v))
        {
            case JType.Null: sb.Append("None"); break;
            case JType.Boolean: sb.Append(Val.TryBool(v, out var b) && b ? "True" : "False"); break;
            case JType.Number: Val.TryNumber(v, out var n); sb.Append(NumberText(n)); break;
            case JType.String: Val.TryString(v, out var s); AppendStringRepr(sb, s); break;
            case JType.Array:
                Val.TryArray(v, out var a);
                sb.Append('[');
                for (var i = 0; i < a.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    AppendRepr(sb, a[i]);
                }
                sb.Append(']');
                break;
            case JType.Object:
                Val.TryObject(v, out var o);
                sb.Append('{');
                for (var i = 0; i < o.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    AppendStringRepr(sb, o.KeyAt(i));
                    sb.Append(": ");
                    AppendRepr(sb, o.ValueAt(i));
                }
                sb.Append('}');
                break;
            default: sb.Append("<jmespath.visitor._Expression object>"); break;
        }
    }

    private static void AppendStringRepr(StringBuilder sb, string s)
    {
        var quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        sb.Append(quote);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == quote || c == '\\') { sb.Append('\\').Append(c); continue; }
            switch (c)
            {
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
                case '\t': sb.Append("\\t"); continue;
            }
            int cp = c;
            var width = 1;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(c, s[i + 1]);
                width = 2;
            }
            if (IsPrintable(cp)) sb.Append(s, i, width);
            else if (cp < 0x100) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp < 0x10000) sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
            i += width - 1;
        }
        sb.Append(quote);
    }

    // str.isprintable(): everything but control, format, surrogate, private-use, unassigned and separators
    // other than the ASCII space.
    private static bool IsPrintable(int cp)
    {
        if (cp == ' ') return true;
        if (cp < 0x20 || cp == 0x7f) return false;
        if (cp < 0x7f) return true;
        if (cp >= 0xD800 && cp <= 0xDFFF) return false;
        var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator);
    }

    private static void AppendJson(StringBuilder sb, object? v)
    {
        switch (Val.TypeOf(v))
        {
            case JType.Null: sb.Append("null"); break;
            case JType.Boolean: sb.Append(Val.TryBool(v, out var b) && b ? "true" : "false"); break;
            case JType.Number:
                Val.TryNumber(v, out var n);
                if (!n.IsInt && double.IsNaN(n.D)) sb.Append("NaN");
                else if (!n.IsInt && double.IsInfinity(n.D)) sb.Append(n.D > 0 ? "Infinity" : "-Infinity");
                else sb.Append(NumberText(n));
                break;
            case JType.String: Val.TryString(v, out var s); AppendJsonString(sb, s); break;
            case JType.Array:
                Val.TryArray(v, out var a);
                sb.Append('[');
                for (var i = 0; i < a.Count; i++)
                {
                    if (i > 0) sb.Append(',');
                    AppendJson(sb, a[i]);
                }
                sb.Append(']');
                break;
            case JType.Object:
                Val.TryObject(v, out var o);
                sb.Append('{');
                for (var i = 0; i < o.Count; i++)
                {
                    if (i > 0) sb.Append(',');
                    AppendJsonString(sb, o.KeyAt(i));
                    sb.Append(':');
                    AppendJson(sb, o.ValueAt(i));
                }
                sb.Append('}');
                break;
            default:
                // json.dumps(default=str) on an expression reference.
                AppendJsonString(sb, "<jmespath.visitor._Expression object>");
                break;
        }
    }

    /// <summary>json.dumps string escaping with ensure_ascii=True: everything outside printable ASCII as \uXXXX.</summary>
    public static void AppendJsonString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < 0x20 || c > 0x7e) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
