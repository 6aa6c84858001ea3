using System.Text.Json.Nodes;
using Aws.Core.Http;
using Aws.Core.Model;
using Aws.Local.Auth;
using Aws.Local.Host;

namespace Aws.Local.Services.S3;

/// <summary>One authenticated S3 request as an operation handler sees it.</summary>
internal sealed class S3Call
{
    public required OperationModel Operation { get; init; }
    public required JsonObject Input { get; init; }
    public required AwsHttpRequest Request { get; init; }
    /// <summary>The payload (aws-chunked already decoded) for streaming operations.</summary>
    public required Stream Body { get; init; }
    /// <summary>The hex SHA-256 the signature declared for the body, to check as it is read; null when unsigned.</summary>
    public string? DeclaredSha256 { get; init; }
    /// <summary>The payload length (x-amz-decoded-content-length for aws-chunked bodies, else Content-Length).</summary>
    public long? DeclaredLength { get; init; }
    public required RequestContext Context { get; init; }
    /// <summary>Authorizes one more action (DeleteObjects per key, CopyObject's source); throws AccessDenied.</summary>
    public required Action<string, string, string?> Authorize { get; init; }
    public CancellationToken Cancellation { get; init; }

    public Principal Principal => Context.Principal;
    public DateTimeOffset Now => Context.Now;
    public string Bucket => Str("Bucket") ?? "";
    public string Key => Str("Key") ?? "";

    public string? Str(string name) => Input[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
    public long? Long(string name) => Input[name] is JsonValue v && v.TryGetValue<long>(out var l) ? l : null;
    public DateTimeOffset? Time(string name) => Input[name] is JsonValue v && v.TryGetValue<DateTimeOffset>(out var t) ? t : null;
}

/// <summary>What a handler answers: the output members, and the status or XML root name when the model cannot say.</summary>
internal sealed record S3Result(JsonObject Output, int? StatusCode = null, string? RootName = null)
{
    public static S3Result Empty => new([]);
}
