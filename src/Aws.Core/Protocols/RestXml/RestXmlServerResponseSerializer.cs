using System.Text;
using System.Text.Json.Nodes;
using Aws.Core.Http;
using Aws.Core.Model;
using Aws.Core.Protocols.Formats;
using Aws.Core.Protocols.Http;

namespace Aws.Core.Protocols.RestXml;

/// <summary>
/// Server side of rest-xml: an operation's output written as <see cref="RestXmlResponseParser"/> reads it (header
/// and prefixed-header members, the status code, an XML body or payload with the service's namespace, or a
/// streaming payload handed over as a stream), and errors in S3's format
/// (&lt;Error&gt;&lt;Code/&gt;&lt;Message/&gt;...&lt;RequestId/&gt;&lt;/Error&gt;; no body for HEAD).
/// </summary>
public static class RestXmlServerResponseSerializer
{
    public const string S3Namespace = "http://s3.amazonaws.com/doc/2006-03-01/";
    public const string ContentType = "application/xml";
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    /// <summary>
    /// The response for an output. A streaming payload member holds a stream (<see cref="StreamValue"/>) or bytes
    /// (<see cref="BlobValue"/>); it becomes <see cref="AwsHttpResponse.BodyStream"/> or the body.
    /// </summary>
    /// <param name="rootName">The XML root element when the output shape has no locationName (S3's ListBucketResult, ...).</param>
    /// <param name="statusCode">Overrides the model's status (206 for a range).</param>
    public static AwsHttpResponse Success(OperationModel operation, JsonObject? output, string? rootName = null,
        string? xmlNamespace = null, int? statusCode = null)
    {
        output ??= [];
        var response = new AwsHttpResponse { StatusCode = statusCode ?? operation.ResponseCode ?? 200 };
        if (operation.Output is not { } shape) return response;
        foreach (var (name, member) in shape.Members)
        {
            if (!output.TryGetPropertyValue(name, out var value) || value is null) continue;
            var wireName = member.LocationName ?? name;
            switch (member.Location)
            {
                case "statusCode":
                    if (statusCode is null && int.TryParse(ScalarText.ToText(value), out var code)) response.StatusCode = code;
                    break;
                case "header":
                    if (member.IsList && value is JsonArray { Count: 0 }) break;
                    response.Headers[wireName] = HttpBindingText.HeaderValue(value, member);
                    break;
                case "headers":
                    foreach (var (suffix, headerValue) in value as JsonObject ?? [])
                        if (headerValue is not null) response.Headers.Add(wireName + suffix, ScalarText.ToText(headerValue));
                    break;
            }
        }
        WriteBody(operation, shape, output, response, rootName, xmlNamespace ?? shape.XmlNamespace?.Uri);
        return response;
    }

    private static void WriteBody(OperationModel operation, Shape shape, JsonObject output, AwsHttpResponse response,
        string? rootName, string? xmlNamespace)
    {
        if (shape.Payload is { } payloadName && shape.Members.TryGetValue(payloadName, out var payload))
        {
            var value = output[payloadName];
            if (payload.Type is "blob" or "string")
            {
                if (StreamValue.TryGetStream(value, out var stream)) response.BodyStream = stream;
                else if (value is not null)
                    response.Body = payload.Type == "string" && !BlobValue.IsBytes(value)
                        ? Encoding.UTF8.GetBytes(ScalarText.ToText(value)) : BlobValue.GetBytes(value);
                return;
            }
            if (value is null) return;
            var holder = new XmlBodyElement("");
            RestXmlSerializer.Write(holder, value, payload, payload.LocationName ?? payloadName);
            SetXml(response, holder.Children[0], xmlNamespace);
            return;
        }
        var bodyMembers = shape.Members.Where(m => m.Value.Location is null).ToList();
        if (bodyMembers.Count == 0) return;
        var root = new XmlBodyElement(rootName ?? shape.LocationName ?? operation.Name + "Result");
        foreach (var (name, member) in bodyMembers)
        {
            if (!output.TryGetPropertyValue(name, out var value) || value is null) continue;
            if (member.XmlAttribute) root.SetAttribute(member.LocationName ?? name, ScalarText.ToText(value));
            else RestXmlSerializer.Write(root, value, member, member.LocationName ?? name);
        }
        SetXml(response, root, xmlNamespace);
    }

    private static void SetXml(AwsHttpResponse response, XmlBodyElement root, string? xmlNamespace)
    {
        if (xmlNamespace is not null && !root.Attributes.Any(a => a.Key == "xmlns")) root.Attributes.Insert(0, new("xmlns", xmlNamespace));
        response.Body = Encoding.UTF8.GetBytes(Declaration + root);
        response.Headers["Content-Type"] = ContentType;
    }

    /// <summary>
    /// An S3-style error: &lt;Error&gt; with Code, Message, any extra fields (Key, BucketName, Resource, ...) and the
    /// request id. A HEAD request gets the status and headers only, as S3 answers.
    /// </summary>
    public static AwsHttpResponse Error(int statusCode, string code, string message, string requestId,
        IEnumerable<KeyValuePair<string, string>>? fields = null, bool withBody = true)
    {
        var response = new AwsHttpResponse { StatusCode = statusCode };
        if (!withBody) return response;
        var root = new XmlBodyElement("Error");
        root.Add("Code").Text = code;
        root.Add("Message").Text = message;
        foreach (var (name, value) in fields ?? []) root.Add(name).Text = value;
        root.Add("RequestId").Text = requestId;
        response.Body = Encoding.UTF8.GetBytes(Declaration + root);
        response.Headers["Content-Type"] = ContentType;
        return response;
    }
}
