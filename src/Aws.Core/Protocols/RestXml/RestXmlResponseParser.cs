using System.Text.Json.Nodes;
using System.Xml.Linq;
using Aws.Core.Http;
using Aws.Core.Model;
using Aws.Core.Protocols.Formats;
using Aws.Core.Protocols.Http;

namespace Aws.Core.Protocols.RestXml;

/// <summary>
/// restXml responses: HTTP bindings plus an XML body whose root element is the output shape.
/// Errors: S3's &lt;Error&gt;, others' &lt;ErrorResponse&gt;&lt;Error&gt;, or nothing (HEAD): then the status code.
/// </summary>
public sealed class RestXmlResponseParser : IResponseParser
{
    private static readonly IRestBodyFormat Format = new XmlBodyFormat();

    public ParsedResponse Parse(OperationModel operation, AwsHttpResponse response, ParseOptions options) =>
        ResponseErrors.Guard(operation, () => ParseCore(operation, response, options));

    private static ParsedResponse ParseCore(OperationModel operation, AwsHttpResponse response, ParseOptions options)
    {
        var requestId = HttpResponseBinding.RequestId(response.Headers);
        if (ResponseErrors.IsError(response) || IsS3ErrorIn200(operation, response))
            return ParseError(operation, response, options, requestId);
        if (operation.Output is not { } output) return new ParsedResponse { Result = new JsonObject(), RequestId = requestId };
        var result = HttpResponseBinding.ReadShape(output, response, Format, options, out var streaming);
        return new ParsedResponse { Result = result, RequestId = requestId, StreamingMember = streaming };
    }

    private static ParsedResponse ParseError(OperationModel operation, AwsHttpResponse response, ParseOptions options, string? headerRequestId)
    {
        if (ResponseErrors.Generic(response, headerRequestId) is { } generic) return new ParsedResponse { Error = generic, RequestId = headerRequestId };
        XElement? root;
        try
        {
            root = XmlReading.ParseDocument(response.Body);
        }
        catch (InvalidDataException)
        {
            root = null; // not XML: fall back on the status code, like a bodiless error
        }
        if (root is null)
        {
            var bare = ResponseErrors.FromStatus(response, response.Headers["x-amz-request-id"] ?? headerRequestId);
            return new ParsedResponse { Error = bare, RequestId = bare.RequestId };
        }

        // S3 puts <Error> at the root and its request id in headers; the others wrap it and add <RequestId>.
        var fields = XmlReading.ErrorRoot(root);
        var requestId = root.Name.LocalName == "Error"
            ? headerRequestId ?? XmlReading.ChildText(root, "RequestId")
            : XmlReading.ChildText(root, "RequestId") ?? headerRequestId;
        var code = XmlReading.ChildText(fields, "Code") ?? "";
        var details = ResponseErrors.FindErrorShape(operation, code) is { } shape
            ? HttpResponseBinding.ReadShape(shape, response, Format, options, out _) : new JsonObject();
        var error = new ServiceError
        {
            Code = code,
            Message = XmlReading.ChildText(fields, "Message") ?? "",
            Type = XmlReading.ChildText(fields, "Type"),
            StatusCode = response.StatusCode,
            RequestId = requestId,
            Details = details,
        };
        return new ParsedResponse { Error = error, RequestId = requestId };
    }

    /// <summary>
    /// S3 can answer 200 and then report a failure in the body (CopyObject, CompleteMultipartUpload, ...):
    /// a non-streaming S3 response whose root element is &lt;Error&gt; is an error.
    /// </summary>
    private static bool IsS3ErrorIn200(OperationModel operation, AwsHttpResponse response)
    {
        var metadata = operation.Service.Metadata;
        if (metadata.EndpointPrefix != "s3" && metadata.ServiceId != "S3") return false;
        if (response.Body.Length == 0 || response.BodyStream is not null) return false;
        if (operation.Output is { Payload: { } p } output && output.Members.TryGetValue(p, out var payload) && (payload.Streaming || payload.EventStream))
            return false;
        try
        {
            return XmlReading.ParseDocument(response.Body)?.Name.LocalName == "Error";
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private sealed class XmlBodyFormat : IRestBodyFormat
    {
        public JsonObject ReadBodyMembers(Shape shape, byte[] body, ParseOptions options) =>
            XmlReading.ParseDocument(body) is { } root ? XmlReading.ReadStructure(shape, root, options) : new JsonObject();

        public JsonNode? ReadPayload(Shape payload, byte[] body, ParseOptions options)
        {
            var root = XmlReading.ParseDocument(body);
            if (root is null) return payload.IsStructure && !payload.Union ? new JsonObject() : null;
            return XmlReading.ReadShape(payload, [root], options);
        }
    }
}
