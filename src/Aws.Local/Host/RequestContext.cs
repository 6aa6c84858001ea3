using System.Text.Json.Nodes;
using Aws.Core.Model;
using Aws.Local.Auth;

namespace Aws.Local.Host;

/// <summary>One authenticated request as a handler sees it: who, which operation, the parsed input, when.</summary>
public sealed record RequestContext
{
    public required Principal Principal { get; init; }
    public required OperationModel Operation { get; init; }
    public required JsonObject Input { get; init; }
    public required string RequestId { get; init; }
    public required string Region { get; init; }
    public required DateTimeOffset Now { get; init; }
    public string? SourceIp { get; init; }
    public bool IsSecureTransport { get; init; }

    public string AccountId => Principal.AccountId;

    /// <summary>A string input member, or null.</summary>
    public string? Str(string name) => Input[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>A required string input member; AWS's ValidationError when missing.</summary>
    public string Required(string name) => Str(name) ?? throw LocalServiceException.Validation(
        $"1 validation error detected: Value null at '{char.ToLowerInvariant(name[0])}{name[1..]}' failed to satisfy constraint: Member must not be null");

    public long? Long(string name) => Input[name] is JsonValue v && v.TryGetValue<long>(out var l) ? l : null;

    public bool? Bool(string name) => Input[name] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;
}
