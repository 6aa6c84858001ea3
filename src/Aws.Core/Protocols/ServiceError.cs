using System.Text.Json.Nodes;

namespace Aws.Core.Protocols;

/// <summary>An error the service answered with, in protocol-neutral form.</summary>
public sealed class ServiceError
{
    public required string Code { get; init; }
    public string Message { get; init; } = "";
    public int StatusCode { get; init; }
    public string? RequestId { get; init; }
    /// <summary>"Sender" or "Receiver" where the protocol says so.</summary>
    public string? Type { get; init; }
    /// <summary>Modeled error members (top level of the error shape), when the error shape is known.</summary>
    public JsonObject Details { get; init; } = new();
}
