using System.Text.Json.Nodes;
using Aws.Core.Http;
using Aws.Core.Model;

namespace Aws.Core.Protocols;

/// <summary>
/// Client side: turns an operation's input into an unsigned request aimed at <paramref name="endpoint"/>
/// (host prefixes and labels applied). Parameter value conventions:
/// timestamps are numbers (epoch seconds), ISO-8601 strings or DateTimeOffset values; blobs are strings
/// (their UTF-8 bytes) or byte[] values (<see cref="BlobValue"/>); a streaming payload may also be a Stream
/// (<see cref="StreamValue"/>), sent unread as the body; special floats are "NaN", "Infinity", "-Infinity".
/// <see cref="RequestSerializers.For(string)"/> gives the serializer for a protocol.
/// </summary>
public interface IRequestSerializer
{
    AwsHttpRequest Serialize(OperationModel operation, JsonObject? parameters, Uri endpoint);
}
