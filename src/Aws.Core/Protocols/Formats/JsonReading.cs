using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aws.Core.Model;

namespace Aws.Core.Protocols.Formats;

/// <summary>
/// JSON bodies (json, rest-json) read against a shape. Members are found by locationName; a member that is
/// null is left out, while nulls inside lists and maps are kept (botocore treats every collection as sparse).
/// With <c>wireNumbers</c> (the json protocol) float and double numbers keep their wire form: botocore's json
/// parser passes them through untouched, so the CLI prints "5" for 5 and "5.0" for 5.0, while rest-json makes
/// every one a float.
/// </summary>
internal static class JsonReading
{
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement;

    /// <summary>The body as JSON: an empty body is {}, and a body that is not JSON becomes {"message": text}.</summary>
    public static JsonElement ParseBody(byte[] body)
    {
        if (body.Length == 0) return EmptyObject;
        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            var message = new JsonObject { ["message"] = Encoding.UTF8.GetString(body) };
            using var doc = JsonDocument.Parse(message.ToJsonString());
            return doc.RootElement.Clone();
        }
    }

    public static JsonNode? ReadShape(Shape shape, JsonElement value, ParseOptions options, bool wireNumbers = false)
    {
        if (value.ValueKind == JsonValueKind.Null) return null;
        switch (shape.Type)
        {
            case "structure":
                return shape.Document || value.ValueKind != JsonValueKind.Object ? Clone(value) : ReadStructure(shape, value, options, wireNumbers);
            case "list":
                if (value.ValueKind != JsonValueKind.Array) return Clone(value);
                var list = new JsonArray();
                foreach (var item in value.EnumerateArray()) list.Add(ReadShape(shape.Member, item, options, wireNumbers));
                return list;
            case "map":
                if (value.ValueKind != JsonValueKind.Object) return Clone(value);
                var map = new JsonObject();
                foreach (var p in value.EnumerateObject()) map[p.Name] = ReadShape(shape.Value, p.Value, options, wireNumbers);
                return map;
            case "integer" or "long" or "short" or "byte":
                return value.ValueKind switch
                {
                    JsonValueKind.Number => JsonValue.Create(value.TryGetInt64(out var l) ? l : (long)value.GetDouble()),
                    JsonValueKind.String => JsonValue.Create(ScalarReading.ParseInteger(value.GetString()!)),
                    _ => Clone(value),
                };
            case "float" or "double":
                return value.ValueKind switch
                {
                    JsonValueKind.Number => wireNumbers ? Clone(value) : JsonValue.Create(value.GetDouble()),
                    JsonValueKind.String => JsonValue.Create(ScalarReading.ParseDouble(value.GetString()!)),
                    _ => Clone(value),
                };
            case "boolean":
                return value.ValueKind == JsonValueKind.String
                    ? JsonValue.Create(string.Equals(value.GetString(), "true", StringComparison.OrdinalIgnoreCase))
                    : Clone(value);
            case "timestamp":
                return ReadTimestamp(value, options);
            case "blob":
                return value.ValueKind == JsonValueKind.String ? JsonValue.Create(ScalarReading.NormalizeBase64(value.GetString()!)) : Clone(value);
            default:
                return Clone(value);
        }
    }

    public static JsonObject ReadStructure(Shape shape, JsonElement value, ParseOptions options, bool wireNumbers = false)
    {
        if (shape.Union && UnknownUnionMember(shape, value) is { } unknown) return unknown;
        var result = new JsonObject();
        foreach (var (name, member) in shape.Members)
        {
            if (member.Location is "header" or "headers" or "statusCode") continue; // bound to HTTP, not the body
            if (value.TryGetProperty(member.LocationName ?? name, out var raw) && raw.ValueKind != JsonValueKind.Null)
                result[name] = ReadShape(member, raw, options, wireNumbers);
        }
        return result;
    }

    /// <summary>A JSON value as a JsonNode, unchanged (documents, unexpected types).</summary>
    public static JsonNode? Clone(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => JsonObject.Create(value.Clone()),
        JsonValueKind.Array => JsonArray.Create(value.Clone()),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => JsonValue.Create(value.Clone()),
    };

    private static JsonNode? ReadTimestamp(JsonElement value, ParseOptions options)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            var ok = value.TryGetDecimal(out var seconds)
                ? TimestampParser.TryFromEpochSeconds(seconds, out var instant)
                : TimestampParser.TryFromEpochSeconds(value.GetDouble(), out instant);
            if (!ok) throw new InvalidDataException($"Invalid timestamp {value.GetRawText()}.");
            return options.ConvertTimestamp(instant, JsonValue.Create(value.Clone())!);
        }
        if (value.ValueKind == JsonValueKind.String)
            return options.ConvertTimestamp(TimestampParser.Parse(value.GetString()!), JsonValue.Create(value.GetString()!));
        return Clone(value);
    }

    private static JsonObject? UnknownUnionMember(Shape shape, JsonElement value)
    {
        string? tag = null;
        var count = 0;
        foreach (var p in value.EnumerateObject())
        {
            if (p.Name == "__type" || p.Value.ValueKind == JsonValueKind.Null) continue;
            tag ??= p.Name;
            count++;
        }
        if (count != 1)
            throw new InvalidDataException($"Invalid service response: {shape.Name} must have one and only one member set.");
        foreach (var (name, member) in shape.Members)
            if ((member.LocationName ?? name) == tag) return null;
        return new JsonObject { ["SDK_UNKNOWN_MEMBER"] = new JsonObject { ["name"] = tag } };
    }
}
