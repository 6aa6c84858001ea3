using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Aws.Core.Protocols;

/// <summary>
/// Streaming blob parameters (uploads from files or stdin): a Stream wrapped in a JsonNode, so it can sit in
/// the parameters object. Serializers put it in <c>AwsHttpRequest.BodyStream</c> unread.
/// </summary>
public static class StreamValue
{
    private static readonly JsonTypeInfo<Stream> TypeInfo =
        JsonMetadataServices.CreateValueInfo<Stream>(
            new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine() }, new NotSerializableConverter());

    public static JsonNode Create(Stream stream) => JsonValue.Create(stream, TypeInfo)!;

    public static bool TryGetStream(JsonNode? node, out Stream stream)
    {
        stream = null!;
        return node is JsonValue v && v.TryGetValue(out stream!);
    }

    private sealed class NotSerializableConverter : JsonConverter<Stream>
    {
        public override Stream Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("A stream parameter cannot be read from JSON.");

        public override void Write(Utf8JsonWriter writer, Stream value, JsonSerializerOptions options) =>
            writer.WriteStringValue("<stream>");
    }
}
