using System.Buffers.Binary;
using System.Text;
using System.Text.Json.Nodes;

namespace Aws.Core.Protocols.EventStreams;

/// <summary>
/// Reads the framing: total length, headers length, prelude CRC32, headers, payload, message CRC32
/// (all big-endian). Both checksums are verified.
/// </summary>
internal static class EventStreamMessageDecoder
{
    public static IEnumerable<EventStreamMessage> ReadAll(Stream stream)
    {
        var prelude = new byte[12];
        while (ReadFully(stream, prelude, allowEnd: true))
        {
            var total = BinaryPrimitives.ReadInt32BigEndian(prelude);
            var headersLength = BinaryPrimitives.ReadInt32BigEndian(prelude.AsSpan(4));
            if (Crc32.Compute(prelude.AsSpan(0, 8)) != BinaryPrimitives.ReadUInt32BigEndian(prelude.AsSpan(8)))
                throw new InvalidDataException("Event stream prelude checksum mismatch.");
            if (total < 16 || headersLength < 0 || headersLength > total - 16)
                throw new InvalidDataException("Invalid event stream message length.");
            var message = new byte[total];
            prelude.CopyTo(message, 0);
            ReadFully(stream, message.AsSpan(12), allowEnd: false);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(message.AsSpan(total - 4));
            if (Crc32.Compute(message.AsSpan(0, total - 4)) != crc)
                throw new InvalidDataException("Event stream message checksum mismatch.");
            var headers = ReadHeaders(message.AsSpan(12, headersLength));
            yield return new EventStreamMessage(headers, message.AsSpan(12 + headersLength, total - 16 - headersLength).ToArray());
        }
    }

    private static Dictionary<string, EventStreamHeader> ReadHeaders(ReadOnlySpan<byte> span)
    {
        var headers = new Dictionary<string, EventStreamHeader>(StringComparer.Ordinal);
        while (span.Length > 0)
        {
            var nameLength = span[0];
            var name = Encoding.UTF8.GetString(span.Slice(1, nameLength));
            var type = span[1 + nameLength];
            span = span[(2 + nameLength)..];
            JsonNode? value;
            switch (type)
            {
                case 0: value = true; break;
                case 1: value = false; break;
                case 2: value = (long)(sbyte)span[0]; span = span[1..]; break;
                case 3: value = (long)BinaryPrimitives.ReadInt16BigEndian(span); span = span[2..]; break;
                case 4: value = (long)BinaryPrimitives.ReadInt32BigEndian(span); span = span[4..]; break;
                case 5 or 8: value = BinaryPrimitives.ReadInt64BigEndian(span); span = span[8..]; break;
                case 6 or 7:
                    var length = BinaryPrimitives.ReadUInt16BigEndian(span);
                    var bytes = span.Slice(2, length);
                    value = type == 6 ? Convert.ToBase64String(bytes) : Encoding.UTF8.GetString(bytes);
                    span = span[(2 + length)..];
                    break;
                case 9: value = new Guid(span[..16], bigEndian: true).ToString(); span = span[16..]; break;
                default: throw new InvalidDataException($"Unknown event stream header type {type}.");
            }
            headers[name] = new EventStreamHeader(type, value);
        }
        return headers;
    }

    private static bool ReadFully(Stream stream, Span<byte> buffer, bool allowEnd)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var n = stream.Read(buffer[read..]);
            if (n == 0)
            {
                if (allowEnd && read == 0) return false;
                throw new InvalidDataException("Event stream ended in the middle of a message.");
            }
            read += n;
        }
        return true;
    }

    private static bool ReadFully(Stream stream, byte[] buffer, bool allowEnd) => ReadFully(stream, buffer.AsSpan(), allowEnd);
}
