using System.Text.Json.Nodes;
using System.Xml.Linq;
using Aws.Core.Http;
using Aws.Core.Model;
using Aws.Core.Protocols.Formats;
using Aws.Core.Protocols.Http;

namespace Aws.Core.Protocols.Query;

/// <summary>
/// awsQuery responses: &lt;OpResponse&gt;&lt;OpResult&gt;members&lt;/OpResult&gt;&lt;ResponseMetadata&gt;&lt;RequestId/&gt;...
/// Errors: &lt;ErrorResponse&gt;&lt;Error&gt;&lt;Type/&gt;&lt;Code/&gt;&lt;Message/&gt;&lt;/Error&gt;&lt;RequestId/&gt;.
/// </summary>
public class QueryResponseParser : IResponseParser
{
    public ParsedResponse Parse(OperationModel operation, AwsHttpResponse response, ParseOptions options) =>
        ResponseErrors.Guard(operation, () => ResponseErrors.IsError(response)
            ? ParseError(operation, response, options) : ParseSuccess(operation, response, options));

    private ParsedResponse ParseSuccess(OperationModel operation, AwsHttpResponse response, ParseOptions options)
    {
        var root = XmlReading.ParseDocument(response.Body);
        var result = new JsonObject();
        if (operation.Output is { } output && root is not null)
        {
            var start = output.ResultWrapper is { } wrapper ? XmlReading.Child(root, wrapper) : root;
            if (start is not null) result = XmlReading.ReadStructure(output, start, options);
        }
        return new ParsedResponse
        {
            Result = result,
            RequestId = SuccessRequestId(root) ?? HttpResponseBinding.RequestId(response.Headers),
        };
    }

    /// <summary>Where the request id sits in a successful response.</summary>
    protected virtual string? SuccessRequestId(XElement? root) =>
        XmlReading.ChildText(XmlReading.Child(root, "ResponseMetadata"), "RequestId");

    private static ParsedResponse ParseError(OperationModel operation, AwsHttpResponse response, ParseOptions options)
    {
        var headerRequestId = HttpResponseBinding.RequestId(response.Headers);
        if (ResponseErrors.Generic(response, headerRequestId) is { } generic) return new ParsedResponse { Error = generic, RequestId = headerRequestId };
        XElement? root;
        try
        {
            root = XmlReading.ParseDocument(response.Body);
        }
        catch (InvalidDataException)
        {
            root = null;
        }
        if (root is null)
        {
            var bare = ResponseErrors.FromStatus(response, headerRequestId);
            return new ParsedResponse { Error = bare, RequestId = headerRequestId };
        }

        var fields = XmlReading.ErrorRoot(root);
        var code = XmlReading.ChildText(fields, "Code") ?? "";
        // query says RequestId, ec2 says RequestID.
        var requestId = XmlReading.ChildText(root, "RequestId") ?? XmlReading.ChildText(root, "RequestID") ?? headerRequestId;
        var details = ResponseErrors.FindErrorShape(operation, code) is { } shape
            ? XmlReading.ReadStructure(shape, root, options) : new JsonObject();
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
}
