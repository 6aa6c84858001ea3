using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aws.Core.Model;

namespace Aws.Core.Tests.Protocols.Output;

/// <summary>
/// Puts parsed output into the form the conformance data uses: blobs (base64) as their UTF-8 text and special
/// floats as "NaN"/"Infinity"/"-Infinity". Timestamps are already epoch seconds (see <see cref="EpochSeconds"/>).
/// </summary>
internal static class ResultNormalizer
{
    public static readonly Aws.Core.Protocols.ParseOptions EpochSeconds = new()
    {
        ConvertTimestamp = (instant, _) => JsonValue.Create((decimal)(instant - DateTimeOffset.UnixEpoch).Ticks / TimeSpan.TicksPerSecond),
    };

    public static JsonNode? Normalize(Shape? shape, JsonNode? value)
    {
        if (value is null || shape is null) return value?.DeepClone();
        switch (value)
        {
            case JsonObject obj when shape.IsStructure && !shape.Document:
                var o = new JsonObject();
                foreach (var (k, v) in obj) o[k] = Normalize(shape.Members.TryGetValue(k, out var m) ? m : null, v);
                return o;
            case JsonObject obj when shape.IsMap:
                var map = new JsonObject();
                foreach (var (k, v) in obj) map[k] = Normalize(shape.Value, v);
                return map;
            case JsonArray arr when shape.IsList:
                return new JsonArray(arr.Select(v => Normalize(shape.Member, v)).ToArray());
            case JsonValue v when shape.Type == "blob" && v.TryGetValue<string>(out var b64):
                return JsonValue.Create(Encoding.UTF8.GetString(Convert.FromBase64String(b64)));
            case JsonValue v when v.TryGetValue<double>(out var d) && !double.IsFinite(d):
                return JsonValue.Create(double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
            default:
                return value.DeepClone();
        }
    }

    /// <summary>Deep equality; numbers compare by value (1 == 1.0), object key order is ignored.</summary>
    public static bool DeepEquals(JsonNode? a, JsonNode? b)
    {
        if (a is null || b is null) return a is null && b is null;
        switch (a)
        {
            case JsonObject oa when b is JsonObject ob:
                return oa.Count == ob.Count && oa.All(p => ob.TryGetPropertyValue(p.Key, out var v) && DeepEquals(p.Value, v));
            case JsonArray aa when b is JsonArray ab:
                return aa.Count == ab.Count && aa.Zip(ab).All(p => DeepEquals(p.First, p.Second));
            case JsonValue va when b is JsonValue vb:
                var ka = va.GetValueKind();
                if (ka != vb.GetValueKind()) return false;
                if (ka == JsonValueKind.Number)
                    return decimal.Parse(va.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)
                        == decimal.Parse(vb.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
                return va.ToJsonString() == vb.ToJsonString();
            default:
                return false;
        }
    }
}
