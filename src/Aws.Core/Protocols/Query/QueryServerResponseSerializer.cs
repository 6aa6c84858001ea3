using System.Text.Json.Nodes;
using Aws.Core.Http;
using Aws.Core.Model;
using Aws.Core.Protocols.Formats;

namespace Aws.Core.Protocols.Query;

/// <summary>
/// Server side of the query protocol: an operation's output written as the XML <see cref="QueryResponseParser"/>
/// reads (&lt;OpResponse xmlns&gt;&lt;OpResult&gt;...&lt;/OpResult&gt;&lt;ResponseMetadata&gt;), and errors as
/// &lt;ErrorResponse&gt;&lt;Error&gt;&lt;Type/&gt;&lt;Code/&gt;&lt;Message/&gt;&lt;/Error&gt;&lt;RequestId/&gt;.
/// Output values follow the parsers' conventions: timestamps as DateTimeOffset or ISO-8601 text, blobs as
/// base64 text or byte[].
/// </summary>
public static class QueryServerResponseSerializer
{
    public const string ContentType = "text/xml";

    public static AwsHttpResponse Success(OperationModel operation, JsonObject? output, string requestId)
    {
        var root = new XmlBodyElement(operation.Name + "Response");
        if (operation.Service.Metadata.XmlNamespace is { } ns) root.SetAttribute("xmlns", ns);
        if (operation.Output is { } shape)
        {
            var result = shape.ResultWrapper is { } wrapper ? root.Add(wrapper) : root;
            WriteMembers(result, shape, output ?? []);
        }
        root.Add("ResponseMetadata").Add("RequestId").Text = requestId;
        return Response(200, root, requestId);
    }

    /// <summary>An error document; <paramref name="senderFault"/> false gives Type "Receiver".</summary>
    public static AwsHttpResponse Error(ServiceModel service, int statusCode, string code, string message, string requestId,
        bool senderFault = true)
    {
        var root = new XmlBodyElement("ErrorResponse");
        if (service.Metadata.XmlNamespace is { } ns) root.SetAttribute("xmlns", ns);
        var error = root.Add("Error");
        error.Add("Type").Text = senderFault ? "Sender" : "Receiver";
        error.Add("Code").Text = code;
        error.Add("Message").Text = message;
        root.Add("RequestId").Text = requestId;
        return Response(statusCode, root, requestId);
    }

    private static AwsHttpResponse Response(int status, XmlBodyElement root, string requestId)
    {
        var response = new AwsHttpResponse { StatusCode = status, Body = root.ToUtf8() };
        response.Headers["x-amzn-RequestId"] = requestId;
        response.Headers["Content-Type"] = ContentType;
        return response;
    }

    private static void WriteMembers(XmlBodyElement parent, Shape shape, JsonObject value)
    {
        foreach (var (name, member) in shape.Members)
        {
            if (!value.TryGetPropertyValue(name, out var memberValue) || memberValue is null) continue;
            Write(parent, member.LocationName ?? name, member, memberValue);
        }
    }

    private static void Write(XmlBodyElement parent, string elementName, Shape shape, JsonNode value)
    {
        switch (shape.Type)
        {
            case "structure":
                WriteMembers(parent.Add(elementName), shape, value as JsonObject ?? []);
                break;
            case "list":
                var items = value as JsonArray ?? [];
                if (shape.Flattened)
                {
                    var itemName = shape.Member.LocationName ?? elementName;
                    foreach (var item in items) if (item is not null) Write(parent, itemName, shape.Member, item);
                }
                else
                {
                    var list = parent.Add(elementName);
                    list.Text = ""; // an empty list is still an element, never null
                    foreach (var item in items) if (item is not null) Write(list, shape.Member.LocationName ?? "member", shape.Member, item);
                }
                break;
            case "map":
                var entries = shape.Flattened ? parent : parent.Add(elementName);
                foreach (var (key, entryValue) in value as JsonObject ?? [])
                {
                    var entry = entries.Add(shape.Flattened ? elementName : "entry");
                    entry.Add(shape.Key.LocationName ?? "key").Text = key;
                    if (entryValue is not null) Write(entry, shape.Value.LocationName ?? "value", shape.Value, entryValue);
                }
                break;
            default:
                parent.Add(elementName).Text = ScalarToText(shape, value);
                break;
        }
    }

    /// <summary>A scalar as the query protocol writes it.</summary>
    public static string ScalarToText(Shape shape, JsonNode value) => shape.Type switch
    {
        "timestamp" => TimestampFormatter.Format(value, shape.TimestampFormat, TimestampFormatter.Iso8601),
        "boolean" => ScalarText.Boolean(value),
        "float" or "double" => ScalarText.Float(value),
        "blob" => BlobValue.IsBytes(value) ? Convert.ToBase64String(BlobValue.GetBytes(value)) : ScalarText.ToText(value),
        _ => ScalarText.ToText(value),
    };
}
