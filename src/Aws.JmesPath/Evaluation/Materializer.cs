using System.Text.Json;
using System.Text.Json.Nodes;
using Aws.JmesPath.Text;

namespace Aws.JmesPath.Evaluation;

/// <summary>Turns runtime values into fresh JsonNodes the caller owns, and JSON text into runtime values.</summary>
internal static class Materializer
{
    private static readonly JsonDocumentOptions DocOptions = new() { MaxDepth = 1000 };

    public static JsonNode? ToNode(object? v)
    {
        switch (v)
        {
            case null:
                return null;
            case JsonNode n:
                // Borrowed from the input (or a shared literal): copy so the result can join new parents.
                return n.DeepClone();
            case string s:
                return JsonValue.Create(s);
            case long l:
                return JsonValue.Create(l);
            case double d:
                return FloatNode(d);
            case bool b:
                return JsonValue.Create(b);
            case List<object?> list:
            {
                var arr = new JsonArray();
                foreach (var item in list) arr.Add(ToNode(item));
                return arr;
            }
            case OrderedDictionary<string, object?> map:
            {
                var obj = new JsonObject();
                foreach (var kv in map) obj[kv.Key] = ToNode(kv.Value);
                return obj;
            }
            default:
                // An expression reference has no JSON form.
                return null;
        }
    }

    /// <summary>
    /// A computed float, backed by its Python repr text so it prints as the CLI prints it (2.0, not 2).
    /// </summary>
    private static JsonNode FloatNode(double d)
    {
        if (!double.IsFinite(d)) return JsonValue.Create(d);
        using var doc = JsonDocument.Parse(PyFormat.FloatRepr(d));
        return JsonValue.Create(doc.RootElement.Clone())!;
    }

    /// <summary>An integer beyond long (Python ints are unbounded), kept exact as JSON text.</summary>
    public static JsonNode BigInteger(System.Numerics.BigInteger value)
    {
        using var doc = JsonDocument.Parse(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return JsonValue.Create(doc.RootElement.Clone())!;
    }

    /// <summary>Parses JSON text into runtime values (python json.loads semantics for numbers: int unless . or e).</summary>
    public static bool TryParseJson(string text, out object? value)
    {
        var t = text.Trim(' ', '\t', '\n', '\r');
        switch (t)
        {
            // json.loads accepts these three non-standard constants.
            case "NaN": value = double.NaN; return true;
            case "Infinity": value = double.PositiveInfinity; return true;
            case "-Infinity": value = double.NegativeInfinity; return true;
        }
        try
        {
            using var doc = JsonDocument.Parse(text, DocOptions);
            value = FromElement(doc.RootElement);
            return true;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            value = null;
            return false;
        }
    }

    private static object? FromElement(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
            {
                var map = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
                foreach (var p in e.EnumerateObject()) map[p.Name] = FromElement(p.Value);
                return map;
            }
            case JsonValueKind.Array:
            {
                var list = new List<object?>(e.GetArrayLength());
                foreach (var item in e.EnumerateArray()) list.Add(FromElement(item));
                return list;
            }
            case JsonValueKind.String:
                return e.GetString();
            case JsonValueKind.Number:
                return e.TryGetInt64(out var l) ? (object)l : e.GetDouble();
            case JsonValueKind.True:
                return Val.True;
            case JsonValueKind.False:
                return Val.False;
            default:
                return null;
        }
    }
}
