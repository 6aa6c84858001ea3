using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Aws.JmesPath.Tests;

/// <summary>JSON deep equality for test results: numbers by value, object key order ignored.</summary>
internal static class JsonAssert
{
    public static void Equal(JsonNode? expected, JsonNode? actual, string context = "")
    {
        if (!DeepEqual(expected, actual))
            Assert.Fail($"{context}\nexpected: {Show(expected)}\nactual:   {Show(actual)}");
    }

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Show(JsonNode? n) => n?.ToJsonString(Relaxed) ?? "null";

    public static bool DeepEqual(JsonNode? a, JsonNode? b)
    {
        var ka = Kind(a);
        if (ka != Kind(b)) return false;
        switch (ka)
        {
            case JsonValueKind.Null:
            case JsonValueKind.True:
            case JsonValueKind.False:
                return true;
            case JsonValueKind.Number:
                return Number(a!) == Number(b!);
            case JsonValueKind.String:
                return a!.GetValue<string>() == b!.GetValue<string>();
            case JsonValueKind.Array:
            {
                var x = a!.AsArray();
                var y = b!.AsArray();
                if (x.Count != y.Count) return false;
                for (var i = 0; i < x.Count; i++)
                    if (!DeepEqual(x[i], y[i])) return false;
                return true;
            }
            default:
            {
                var x = a!.AsObject();
                var y = b!.AsObject();
                if (x.Count != y.Count) return false;
                foreach (var (key, value) in x)
                    if (!y.TryGetPropertyValue(key, out var other) || !DeepEqual(value, other)) return false;
                return true;
            }
        }
    }

    private static JsonValueKind Kind(JsonNode? n) => n is null ? JsonValueKind.Null : n.GetValueKind();

    private static double Number(JsonNode n)
    {
        var v = n.AsValue();
        if (v.TryGetValue<JsonElement>(out var e)) return e.GetDouble();
        if (v.TryGetValue<long>(out var l)) return l;
        if (v.TryGetValue<int>(out var i)) return i;
        return v.GetValue<double>();
    }
}
