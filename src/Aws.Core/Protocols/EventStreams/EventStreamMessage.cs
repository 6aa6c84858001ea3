using System.Text.Json.Nodes;

namespace Aws.Core.Protocols.EventStreams;

/// <summary>One message of the binary event-stream framing (application/vnd.amazon.eventstream).</summary>
internal sealed record EventStreamMessage(IReadOnlyDictionary<string, EventStreamHeader> Headers, byte[] Payload)
{
    public string? Text(string header) => Headers.TryGetValue(header, out var h) ? h.Value?.ToString() : null;
}

/// <summary>A header value: its wire type (0-9) and the value (bool, long, string, byte[] as base64, or epoch milliseconds).</summary>
internal sealed record EventStreamHeader(byte Type, JsonNode? Value);
