using System.Text.Json.Nodes;
using Aws.Core.Http;
using Aws.Core.Model;
using Aws.Core.Protocols.Http;

namespace Aws.Core.Protocols.Json;

/// <summary>
/// awsJson 1.0 / 1.1: POST / with X-Amz-Target {targetPrefix}.{Operation} and a JSON body of the members
/// ("{}" when there are none); query-compatible services also get x-amzn-query-mode.
/// </summary>
public sealed class AwsJsonSerializer(RequestSerializerOptions? options = null) : RequestSerializerBase(options)
{
    protected override void Build(OperationModel operation, IReadOnlyList<KeyValuePair<string, JsonNode?>> parameters, AwsHttpRequest request)
    {
        var metadata = operation.Service.Metadata;
        request.Path = "/";
        request.Headers["X-Amz-Target"] = $"{metadata.TargetPrefix}.{operation.Name}";
        request.Headers["Content-Type"] = $"application/x-amz-json-{metadata.JsonVersion ?? "1.0"}";
        if (metadata.AwsQueryCompatible) request.Headers["x-amzn-query-mode"] = "true";
        request.Body = operation.Input is { } input ? JsonBodyBuilder.Serialize(parameters, input) : "{}"u8.ToArray();
    }
}
