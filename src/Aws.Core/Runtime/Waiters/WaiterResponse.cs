using System.Text.Json.Nodes;

namespace Aws.Core.Runtime.Waiters;

/// <summary>What one poll returned: the output, or the error code and message, and the HTTP status.</summary>
public sealed record WaiterResponse(JsonObject? Result, int StatusCode, string? ErrorCode = null, string? ErrorMessage = null);
