using System.Text.Json;
using System.Text.Json.Nodes;
using Aws.Core.Http;
using Aws.Core.Model;
using Aws.Core.Protocols.Formats;
using Aws.Core.Protocols.Http;
using Aws.Core.Protocols.Json;

namespace Aws.Core.Protocols.RestJson;

/// <summary>restJson1 responses: HTTP bindings (status, headers, payload) plus a JSON body.</summary>
public sealed class RestJsonResponseParser : IResponseParser
{
    private static readonly IRestBodyFormat Format = new JsonBodyFormat();

    public ParsedResponse Parse(OperationModel operation, AwsHttpResponse response, ParseOptions options) =>
        ResponseErrors.Guard(operation, () => ParseCore(operation, response, options));

    private static ParsedResponse ParseCore(OperationModel operation, AwsHttpResponse response, ParseOptions options)
    {
        var requestId = HttpResponseBinding.RequestId(response.Headers);
        if (ResponseErrors.IsError(response))
        {
            var error = JsonResponseParser.ReadError(operation, response, requestId, restJson: true,
                (shape, _) => HttpResponseBinding.ReadShape(shape, response, Format, options, out string? _));
            return new ParsedResponse { Error = error, RequestId = requestId };
        }
        if (operation.Output is not { } output) return new ParsedResponse { Result = new JsonObject(), RequestId = requestId };
        var result = HttpResponseBinding.ReadShape(output, response, Format, options, out var streaming);
        return new ParsedResponse { Result = result, RequestId = requestId, StreamingMember = streaming };
    }

    private sealed class JsonBodyFormat : IRestBodyFormat
    {
        public JsonObject ReadBodyMembers(Shape shape, byte[] body, ParseOptions options)
        {
            var json = JsonReading.ParseBody(body);
            return json.ValueKind == JsonValueKind.Object ? JsonReading.ReadStructure(shape, json, options) : new JsonObject();
        }

        public JsonNode? ReadPayload(Shape payload, byte[] body, ParseOptions options)
        {
            // No body means no union member was set; botocore would fail on the empty union.
            if (body.Length == 0 && payload.Union) return null;
            return JsonReading.ReadShape(payload, JsonReading.ParseBody(body), options);
        }
    }
}
