using System.Text.Json.Nodes;

namespace Aws.Core.Protocols;

/// <summary>The outcome of parsing one response: either a result or a service error.</summary>
public sealed class ParsedResponse
{
    /// <summary>The output members (model order); null when the response is an error.</summary>
    public JsonObject? Result { get; init; }
    public ServiceError? Error { get; init; }
    /// <summary>For an output whose payload is a streaming blob: that member's name; the body is left in the response stream.</summary>
    public string? StreamingMember { get; init; }
    /// <summary>The request id the service returned, if any (x-amzn-RequestId, x-amz-request-id, RequestId element).</summary>
    public string? RequestId { get; init; }
}
