using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Aws.Cli.Output;

/// <summary>Views a JsonNode the way the CLI's Python code sees the same value: its type and its str().</summary>
internal static class PyValue
{
    public static PyKind Kind(JsonNode? node) => node switch
    {
        null => PyKind.None,
        JsonObject => PyKind.Dict,
        JsonArray => PyKind.List,
        JsonValue v => ValueKind(v),
        _ => PyKind.Str,
    };

    public static bool IsScalar(JsonNode? node) => node is not (JsonObject or JsonArray);

    private static PyKind ValueKind(JsonValue v)
    {
        if (v.TryGetValue(out JsonElement e))
        {
            return e.ValueKind switch
            {
                JsonValueKind.Null or JsonValueKind.Undefined => PyKind.None,
                JsonValueKind.True or JsonValueKind.False => PyKind.Bool,
                JsonValueKind.String => PyKind.Str,
                JsonValueKind.Number => e.GetRawText().AsSpan().IndexOfAny(".eE") >= 0 ? PyKind.Float : PyKind.Int,
                _ => PyKind.Str,
            };
        }
        if (v.TryGetValue(out string? _) || v.TryGetValue(out DateTimeOffset _) || v.TryGetValue(out DateTime _)
            || v.TryGetValue(out char _) || v.TryGetValue(out Guid _)) return PyKind.Str;
        if (v.TryGetValue(out bool _)) return PyKind.Bool;
        if (v.TryGetValue(out double _) || v.TryGetValue(out float _) || v.TryGetValue(out decimal _)) return PyKind.Float;
        return PyKind.Int;
    }

    /// <summary>The JSON (and Python) text of an int, e.g. "42".</summary>
    public static string IntText(JsonValue v)
    {
        if (v.TryGetValue(out JsonElement e))
        {
            var raw = e.GetRawText();
            return raw == "-0" ? "0" : raw;
        }
        return Convert.ToString(v.GetValue<object>(), CultureInfo.InvariantCulture) ?? "0";
    }

    public static double FloatValue(JsonValue v)
    {
        if (v.TryGetValue(out JsonElement e)) return double.Parse(e.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
        if (v.TryGetValue(out double d)) return d;
        if (v.TryGetValue(out float f)) return f;
        return (double)v.GetValue<decimal>();
    }

    public static bool BoolValue(JsonValue v) =>
        v.TryGetValue(out JsonElement e) ? e.ValueKind == JsonValueKind.True : v.GetValue<bool>();

    /// <summary>The string of a Str node; timestamps as Python's datetime.isoformat() (the json default hook).</summary>
    public static string StringValue(JsonValue v, bool isoSeparatorT = true)
    {
        if (v.TryGetValue(out JsonElement e)) return e.GetString() ?? "";
        if (v.TryGetValue(out string? s)) return s ?? "";
        if (v.TryGetValue(out DateTimeOffset dto)) return IsoFormat(dto, isoSeparatorT);
        if (v.TryGetValue(out DateTime dt)) return IsoFormat(new DateTimeOffset(dt.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dt, DateTimeKind.Utc) : dt), isoSeparatorT);
        return Convert.ToString(v.GetValue<object>(), CultureInfo.InvariantCulture) ?? "";
    }

    private static string IsoFormat(DateTimeOffset t, bool separatorT) =>
        Aws.Core.Protocols.Formats.TimestampFormatter.PythonIsoFormat(t, separatorT ? 'T' : ' ');

    /// <summary>Python's str() of a value: None, True/False, ints, float repr, strings as they are,
    /// and repr() for dicts and lists (what the CLI prints when a container lands in a scalar column).</summary>
    public static string Str(JsonNode? node) => Kind(node) switch
    {
        PyKind.None => "None",
        PyKind.Bool => BoolValue((JsonValue)node!) ? "True" : "False",
        PyKind.Int => IntText((JsonValue)node!),
        PyKind.Float => PyFloat.Repr(FloatValue((JsonValue)node!)),
        PyKind.Str => StringValue((JsonValue)node!, isoSeparatorT: false),
        _ => PyRepr.Repr(node),
    };
}
