using System.Text;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Aws.Core.Protocols;

/// <summary>Blob parameters: raw bytes wrapped in a JsonNode, or a string taken as its UTF-8 bytes.</summary>
public static class BlobValue
{
    public static JsonNode Create(byte[] bytes) => JsonValue.Create(bytes, BlobJsonContext.Default.ByteArray)!;

    public static bool IsBytes(JsonNode? node) => node is JsonValue v && v.TryGetValue<byte[]>(out _);

    public static byte[] GetBytes(JsonNode node)
    {
        if (node is JsonValue v)
        {
            if (v.TryGetValue<byte[]>(out var b)) return b;
            if (v.TryGetValue<string>(out var s)) return Encoding.UTF8.GetBytes(s);
        }
        return Encoding.UTF8.GetBytes(node.ToJsonString());
    }
}

[JsonSerializable(typeof(byte[]))]
internal sealed partial class BlobJsonContext : JsonSerializerContext;
