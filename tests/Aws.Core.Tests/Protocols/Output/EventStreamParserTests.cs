using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using Aws.Core.Model;
using Aws.Core.Protocols.EventStreams;

namespace Aws.Core.Tests.Protocols.Output;

public class EventStreamParserTests
{
    private static readonly OperationModel Operation = BuildOperation();

    [Fact]
    public void Reads_events_and_stops_with_the_modeled_exception()
    {
        var body = new MemoryStream([
            .. Message([(":message-type", "event"), (":event-type", "Records")], "{\"Payload\":\"aGk=\"}"),
            .. Message([(":message-type", "exception"), (":exception-type", "Boom")], "{\"Message\":\"it broke\"}"),
        ]);
        var events = new List<string>();
        var e = Assert.Throws<EventStreamErrorException>(() =>
        {
            foreach (var ev in EventStreamParser.ReadEvents(Operation, "Stream", body, Aws.Core.Protocols.ParseOptions.Default))
                events.Add(ev.ToJsonString());
        });
        Assert.Equal(["{\"Records\":{\"Payload\":\"aGk=\"}}"], events);
        Assert.Equal("Boom", e.Error.Code);
        Assert.Equal("it broke", e.Error.Message);
    }

    [Fact]
    public void Corrupt_message_checksum_is_rejected()
    {
        var bytes = Message([(":message-type", "event"), (":event-type", "Records")], "{}");
        bytes[^1] ^= 0xFF;
        Assert.Throws<InvalidDataException>(() =>
            EventStreamParser.ReadEvents(Operation, "Stream", new MemoryStream(bytes), Aws.Core.Protocols.ParseOptions.Default).ToList());
    }

    /// <summary>Frames one message with string headers (type 7), as a service would send it.</summary>
    private static byte[] Message((string Name, string Value)[] headers, string payload)
    {
        var h = new List<byte>();
        foreach (var (name, value) in headers)
        {
            h.Add((byte)name.Length);
            h.AddRange(Encoding.UTF8.GetBytes(name));
            h.Add(7);
            var v = Encoding.UTF8.GetBytes(value);
            h.Add((byte)(v.Length >> 8));
            h.Add((byte)v.Length);
            h.AddRange(v);
        }
        var p = Encoding.UTF8.GetBytes(payload);
        var total = 16 + h.Count + p.Length;
        var m = new byte[total];
        BinaryPrimitives.WriteInt32BigEndian(m, total);
        BinaryPrimitives.WriteInt32BigEndian(m.AsSpan(4), h.Count);
        BinaryPrimitives.WriteUInt32BigEndian(m.AsSpan(8), Crc32.Compute(m.AsSpan(0, 8)));
        h.CopyTo(m, 12);
        p.CopyTo(m, 12 + h.Count);
        BinaryPrimitives.WriteUInt32BigEndian(m.AsSpan(total - 4), Crc32.Compute(m.AsSpan(0, total - 4)));
        return m;
    }

    private static OperationModel BuildOperation()
    {
        const string model = """
            {"metadata": {"protocol": "rest-json"},
             "operations": {"Subscribe": {"name": "Subscribe", "output": {"shape": "Out"}}},
             "shapes": {
               "Out": {"type": "structure", "members": {"Stream": {"shape": "Events"}}, "payload": "Stream"},
               "Events": {"type": "structure", "eventstream": true, "members": {"Records": {"shape": "Rec"}, "Boom": {"shape": "BoomError"}}},
               "Rec": {"type": "structure", "event": true, "members": {"Payload": {"shape": "Blob"}}},
               "BoomError": {"type": "structure", "exception": true, "members": {"Message": {"shape": "Str"}}},
               "Blob": {"type": "blob"}, "Str": {"type": "string"}}}
            """;
        var service = new ServiceModel("test", new DocumentModelSource(JsonDocument.Parse(model).RootElement));
        return service.GetOperation("Subscribe")!;
    }
}
