using System.Text.Json.Nodes;
using Aws.Core.Model;
using Aws.Core.Protocols;

namespace Aws.Core.Tests.Protocols.Server;

/// <summary>
/// Builds a value for every member of a shape (two items per list and map, nested structures a few levels deep),
/// using the value conventions of the client serializers and parsers: DateTimeOffset timestamps, byte[] blobs.
/// </summary>
internal static class SampleValues
{
    private static readonly DateTimeOffset Time = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);

    public static JsonObject For(Shape shape, int depth = 0)
    {
        var result = new JsonObject();
        foreach (var (name, member) in shape.Members)
            if (Value(member, name, depth + 1) is { } value) result[name] = value;
        return result;
    }

    private static JsonNode? Value(Shape shape, string name, int depth)
    {
        if (depth > 6) return null;
        return shape.Type switch
        {
            "structure" => For(shape, depth),
            "list" => new JsonArray(Value(shape.Member, name, depth + 1), Value(shape.Member, name, depth + 1)),
            "map" => new JsonObject { ["k1"] = Value(shape.Value, name, depth + 1), ["k2"] = Value(shape.Value, name, depth + 1) },
            "boolean" => JsonValue.Create(true),
            "integer" or "long" or "short" or "byte" => JsonValue.Create(42L),
            "float" or "double" => JsonValue.Create(1.5),
            "timestamp" => JsonValue.Create(Time),
            "blob" => BlobValue.Create([1, 2, 3, 4]), // base64 without '+': byte[] and string JSON escape it differently
            _ => JsonValue.Create(shape.Enum.Count > 0 ? shape.Enum[0] : $"{name} <&> é"),
        };
    }
}
