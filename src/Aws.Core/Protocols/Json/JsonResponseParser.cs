using System.Text.Json;
using System.Text.Json.Nodes;
using Aws.Core.Http;
using Aws.Core.Model;
using Aws.Core.Protocols.Formats;
using Aws.Core.Protocols.Http;

namespace Aws.Core.Protocols.Json;

/// <summary>awsJson 1.0/1.1 responses: the body is the output structure; errors name themselves in __type.</summary>
public sealed class JsonResponseParser : IResponseParser
{
    public ParsedResponse Parse(OperationModel operation, AwsHttpResponse response, ParseOptions options) =>
        ResponseErrors.Guard(operation, () => ParseCore(operation, response, options));

    private static ParsedResponse ParseCore(OperationModel operation, AwsHttpResponse response, ParseOptions options)
    {
        var requestId = response.Headers["x-amzn-RequestId"];
        if (ResponseErrors.IsError(response))
        {
            var error = ReadError(operation, response, requestId, restJson: false,
                (shape, body) => body.ValueKind == JsonValueKind.Object ? JsonReading.ReadStructure(shape, body, options, wireNumbers: true) : new JsonObject());
            return new ParsedResponse { Error = error, RequestId = requestId };
        }

        var result = new JsonObject();
        string? streaming = null;
        if (operation.Output is { } output)
        {
            // An event-stream output is the whole body (initial response first); the caller decodes it.
            streaming = output.Members.FirstOrDefault(m => m.Value.EventStream).Key;
            var body = streaming is null ? JsonReading.ParseBody(response.Body) : default;
            if (body.ValueKind == JsonValueKind.Object) result = JsonReading.ReadStructure(output, body, options, wireNumbers: true);
        }
        return new ParsedResponse { Result = result, RequestId = requestId, StreamingMember = streaming };
    }

    /// <summary>
    /// A JSON error (json and rest-json). Code: x-amzn-query-error for query-compatible services, else the
    /// X-Amzn-ErrorType header, __type / code / Code in the body, else the status code; "ns#Name:extra" is cut to "Name".
    /// Message: message, Message or errorMessage. <paramref name="readDetails"/> reads a modeled error shape.
    /// </summary>
    internal static ServiceError ReadError(OperationModel operation, AwsHttpResponse response, string? requestId, bool restJson,
        Func<Shape, JsonElement, JsonObject> readDetails)
    {
        if (ResponseErrors.Generic(response, requestId) is { } generic) return generic;
        var body = JsonReading.ParseBody(response.Body);
        // botocore's precedence: rest-json prefers the body's code over __type, awsJson the reverse.
        var code = response.Headers["X-Amzn-ErrorType"]
            ?? (restJson
                ? BodyString(body, "code") ?? BodyString(body, "Code") ?? BodyString(body, "__type")
                : BodyString(body, "__type") ?? BodyString(body, "code") ?? BodyString(body, "Code"))
            ?? response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        code = ResponseErrors.SanitizeCode(code);
        string? type = null;
        if (response.Headers["x-amzn-query-error"] is { } queryError && queryError.Split(';') is [{ Length: > 0 } queryCode, var fault])
        {
            code = queryCode;
            type = fault;
        }
        var details = ResponseErrors.FindErrorShape(operation, code) is { } shape ? readDetails(shape, body) : new JsonObject();
        return new ServiceError
        {
            Code = code,
            Message = BodyString(body, "message") ?? BodyString(body, "Message") ?? BodyString(body, "errorMessage") ?? "",
            Type = type,
            StatusCode = response.StatusCode,
            RequestId = requestId,
            Details = details,
        };
    }

    private static string? BodyString(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
