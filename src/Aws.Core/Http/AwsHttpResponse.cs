namespace Aws.Core.Http;

/// <summary>A response as the protocol parsers read it.</summary>
public sealed class AwsHttpResponse
{
    public int StatusCode { get; set; }
    public HeaderList Headers { get; } = new();
    /// <summary>The whole body, when it was read into memory.</summary>
    public byte[] Body { get; set; } = [];
    /// <summary>The body still on the wire, for streaming payloads (S3 GetObject); parsers leave it unread.</summary>
    public Stream? BodyStream { get; set; }
}
