using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Aws.JmesPath.Evaluation;

/// <summary>
/// Runtime values. The interpreter works on <c>object?</c>: null; a borrowed input or literal JsonNode (never
/// mutated); or a value built during evaluation: string, long, double, bool, List&lt;object?&gt; (array),
/// OrderedDictionary&lt;string, object?&gt; (object), <see cref="ExprRef"/>. Borrowed nodes are only copied when the
/// result is materialized, so walking a large document costs no allocation per visited node.
/// </summary>
internal static class Val
{
    public static readonly object True = true;
    public static readonly object False = false;

    public static object Bool(bool b) => b ? True : False;

    /// <summary>Normalizes a node read from input: JSON null and JsonElement-backed containers get their usual shape.</summary>
    public static object? FromNode(JsonNode? node)
    {
        if (node is not JsonValue v) return node;
        switch (v.GetValueKind())
        {
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return null;
            case JsonValueKind.Object when v.TryGetValue<JsonElement>(out var o):
                return JsonObject.Create(o);
            case JsonValueKind.Array when v.TryGetValue<JsonElement>(out var a):
                return JsonArray.Create(a);
            default:
                return v;
        }
    }

    public static JType TypeOf(object? v) => v switch
    {
        null => JType.Null,
        JsonObject => JType.Object,
        JsonArray => JType.Array,
        JsonValue jv => jv.GetValueKind() switch
        {
            JsonValueKind.String => JType.String,
            JsonValueKind.Number => JType.Number,
            JsonValueKind.True or JsonValueKind.False => JType.Boolean,
            JsonValueKind.Object => JType.Object,
            JsonValueKind.Array => JType.Array,
            _ => JType.Null,
        },
        string => JType.String,
        long or double => JType.Number,
        bool => JType.Boolean,
        List<object?> => JType.Array,
        OrderedDictionary<string, object?> => JType.Object,
        ExprRef => JType.Expref,
        _ => JType.Null,
    };

    public static string TypeName(JType t) => t switch
    {
        JType.Null => "null",
        JType.String => "string",
        JType.Number => "number",
        JType.Boolean => "boolean",
        JType.Array => "array",
        JType.Object => "object",
        _ => "expref",
    };

    public static bool TryArray(object? v, out ArrayView view)
    {
        switch (v)
        {
            case JsonArray a:
                view = new ArrayView(a);
                return true;
            case List<object?> l:
                view = new ArrayView(l);
                return true;
            default:
                view = default;
                return false;
        }
    }

    public static bool TryObject(object? v, out ObjectView view)
    {
        switch (v)
        {
            case JsonObject o:
                view = new ObjectView(o);
                return true;
            case OrderedDictionary<string, object?> m:
                view = new ObjectView(m);
                return true;
            default:
                view = default;
                return false;
        }
    }

    public static bool TryString(object? v, out string s)
    {
        switch (v)
        {
            case string str:
                s = str;
                return true;
            case JsonValue jv when jv.GetValueKind() == JsonValueKind.String:
                s = StringOf(jv);
                return true;
            default:
                s = "";
                return false;
        }
    }

    /// <summary>The JsonElement behind a value parsed from JSON text, if it is one.</summary>
    public static bool TryElement(object? v, out JsonElement element)
    {
        if (v is JsonValue jv && jv.TryGetValue(out element)) return true;
        element = default;
        return false;
    }

    public static bool TryNumber(object? v, out Num n)
    {
        switch (v)
        {
            case long l:
                n = Num.Int(l);
                return true;
            case double d:
                n = Num.Float(d);
                return true;
            case JsonValue jv when jv.GetValueKind() == JsonValueKind.Number:
                n = NumberOf(jv);
                return true;
            default:
                n = default;
                return false;
        }
    }

    public static bool TryBool(object? v, out bool b)
    {
        switch (v)
        {
            case bool x:
                b = x;
                return true;
            case JsonValue jv:
                var k = jv.GetValueKind();
                b = k == JsonValueKind.True;
                return k is JsonValueKind.True or JsonValueKind.False;
            default:
                b = false;
                return false;
        }
    }

    /// <summary>JMESPath truthiness: null, false, "", [] and {} are false; everything else (all numbers) is true.</summary>
    public static bool IsTruthy(object? v)
    {
        switch (TypeOf(v))
        {
            case JType.Null: return false;
            case JType.Boolean: return TryBool(v, out var b) && b;
            case JType.String: return TryString(v, out var s) && s.Length > 0;
            case JType.Array: return TryArray(v, out var a) && a.Count > 0;
            case JType.Object: return TryObject(v, out var o) && o.Count > 0;
            default: return true;
        }
    }

    private static string StringOf(JsonValue jv)
    {
        if (jv.TryGetValue<string>(out var s)) return s;
        if (jv.TryGetValue<DateTimeOffset>(out var dto)) return IsoFormat(dto);
        if (jv.TryGetValue<DateTime>(out var dt))
        {
            // A naive Python datetime has no offset in isoformat(); UTC ones (what botocore makes) say +00:00.
            var iso = IsoFormat(new DateTimeOffset(dt.Ticks, TimeSpan.Zero));
            return dt.Kind == DateTimeKind.Utc ? iso : iso[..^6];
        }
        if (jv.TryGetValue<char>(out var c)) return c.ToString();
        // Anything else the serializer writes as a JSON string (Guid, enums...): read back what it writes.
        using var doc = JsonDocument.Parse(jv.ToJsonString());
        return doc.RootElement.GetString() ?? "";
    }

    /// <summary>Python's datetime.isoformat(), which is what the CLI's timestamps look like by the time --query runs.</summary>
    public static string IsoFormat(DateTimeOffset t)
    {
        var frac = t.Ticks % TimeSpan.TicksPerSecond;
        var s = t.ToString(frac == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture);
        var off = t.Offset;
        var sign = off < TimeSpan.Zero ? '-' : '+';
        off = off.Duration();
        return $"{s}{sign}{off.Hours:D2}:{off.Minutes:D2}";
    }

    private static Num NumberOf(JsonValue jv)
    {
        if (jv.TryGetValue<JsonElement>(out var el))
        {
            if (el.TryGetInt64(out var l)) return Num.Int(l);
            return Num.Float(el.GetDouble());
        }
        if (jv.TryGetValue<long>(out var lv)) return Num.Int(lv);
        if (jv.TryGetValue<int>(out var iv)) return Num.Int(iv);
        if (jv.TryGetValue<double>(out var dv)) return Num.Float(dv);
        if (jv.TryGetValue<float>(out var fv)) return Num.Float(fv);
        if (jv.TryGetValue<decimal>(out var mv)) return Num.Float((double)mv);
        if (jv.TryGetValue<short>(out var sv)) return Num.Int(sv);
        if (jv.TryGetValue<byte>(out var bv)) return Num.Int(bv);
        if (jv.TryGetValue<sbyte>(out var sbv)) return Num.Int(sbv);
        if (jv.TryGetValue<ushort>(out var usv)) return Num.Int(usv);
        if (jv.TryGetValue<uint>(out var uv)) return Num.Int(uv);
        if (jv.TryGetValue<ulong>(out var ulv)) return ulv <= long.MaxValue ? Num.Int((long)ulv) : Num.Float(ulv);
        // Unknown CLR number type: go through its JSON text.
        using var doc = JsonDocument.Parse(jv.ToJsonString());
        return doc.RootElement.TryGetInt64(out var x) ? Num.Int(x) : Num.Float(doc.RootElement.GetDouble());
    }
}
