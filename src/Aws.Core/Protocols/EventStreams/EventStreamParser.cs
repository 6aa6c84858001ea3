using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aws.Core.Model;
using Aws.Core.Protocols.Formats;

namespace Aws.Core.Protocols.EventStreams;

/// <summary>
/// Decodes an event-stream body (the member a parser reported in <see cref="ParsedResponse.StreamingMember"/>)
/// into events, each {"EventName": {members}}. Event payloads are JSON or XML after the service's protocol.
/// </summary>
public static class EventStreamParser
{
    /// <summary>
    /// Reads events lazily from <paramref name="body"/>. An "initial-response" event (json protocol) is not
    /// yielded: its members go to <paramref name="initialResponse"/>. Error and exception messages throw
    /// <see cref="EventStreamErrorException"/>; unknown event types are skipped.
    /// </summary>
    public static IEnumerable<JsonObject> ReadEvents(OperationModel operation, string member, Stream body, ParseOptions options,
        Action<JsonObject>? initialResponse = null)
    {
        var output = operation.Output ?? throw new InvalidOperationException($"{operation.Name} has no output.");
        var stream = output.Members[member];
        var protocol = operation.Service.Metadata.Protocol;
        var xml = protocol is "rest-xml" or "query" or "ec2";
        var format = new Format(xml, WireNumbers: protocol == "json");
        foreach (var message in EventStreamMessageDecoder.ReadAll(body))
        {
            switch (message.Text(":message-type"))
            {
                case "error":
                    throw new EventStreamErrorException(new ServiceError
                    {
                        Code = message.Text(":error-code") ?? "", Message = message.Text(":error-message") ?? "",
                    });
                case "exception":
                    throw new EventStreamErrorException(ReadException(stream, message, format, options));
            }
            var eventType = message.Text(":event-type");
            if (eventType == "initial-response")
            {
                var members = ReadPayloadAs(output, message.Payload, format, options);
                members.Remove(member);
                initialResponse?.Invoke(members);
            }
            else if (eventType is not null && stream.Members.TryGetValue(eventType, out var eventShape))
            {
                yield return new JsonObject { [eventType] = ReadEvent(eventShape, message, format, options) };
            }
        }
    }

    private static JsonObject ReadEvent(Shape shape, EventStreamMessage message, Format format, ParseOptions options)
    {
        var result = new JsonObject();
        var payloadMember = shape.Members.FirstOrDefault(m => m.Value.EventPayload);
        JsonObject? body = payloadMember.Key is null ? ReadPayloadAs(shape, message.Payload, format, options) : null;
        foreach (var (name, member) in shape.Members)
        {
            if (member.EventHeader)
            {
                if (message.Headers.TryGetValue(name, out var header) && header.Value is not null) result[name] = HeaderValue(member, header, options);
            }
            else if (name == payloadMember.Key)
            {
                result[name] = member.Type switch
                {
                    "blob" => Convert.ToBase64String(message.Payload),
                    "string" => Encoding.UTF8.GetString(message.Payload),
                    _ => ReadPayloadShape(member, message.Payload, format, options),
                };
            }
            else if (body is not null && body.Remove(name, out var value))
            {
                result[name] = value;
            }
        }
        return result;
    }

    private static ServiceError ReadException(Shape stream, EventStreamMessage message, Format format, ParseOptions options)
    {
        var code = message.Text(":exception-type") ?? "";
        var details = stream.Members.TryGetValue(code, out var shape) ? ReadPayloadAs(shape, message.Payload, format, options) : new JsonObject();
        var text = (details["Message"] ?? details["message"]) is JsonValue m && m.TryGetValue<string>(out var s) ? s : "";
        return new ServiceError { Code = code, Message = text, Details = details };
    }

    private static JsonNode? HeaderValue(Shape member, EventStreamHeader header, ParseOptions options)
    {
        if (member.Type == "timestamp" && header.Value!.GetValueKind() == JsonValueKind.Number)
        {
            // Timestamp headers carry epoch milliseconds.
            var seconds = header.Value.GetValue<long>() / 1000m;
            TimestampParser.TryFromEpochSeconds(seconds, out var instant);
            return options.ConvertTimestamp(instant, JsonValue.Create(seconds));
        }
        return header.Value!.DeepClone();
    }

    private static JsonObject ReadPayloadAs(Shape shape, byte[] payload, Format format, ParseOptions options) =>
        ReadPayloadShape(shape, payload, format, options) as JsonObject ?? new JsonObject();

    private static JsonNode? ReadPayloadShape(Shape shape, byte[] payload, Format format, ParseOptions options)
    {
        if (format.Xml)
            return XmlReading.ParseDocument(payload) is { } root ? XmlReading.ReadShape(shape, [root], options) : new JsonObject();
        return JsonReading.ReadShape(shape, JsonReading.ParseBody(payload), options, format.WireNumbers);
    }

    /// <summary>How payloads are read: XML or JSON, and for the json protocol, numbers as on the wire.</summary>
    private readonly record struct Format(bool Xml, bool WireNumbers);
}
