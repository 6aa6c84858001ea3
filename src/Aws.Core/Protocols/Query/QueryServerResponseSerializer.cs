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
        var xml = new XmlTextBuilder();
        var rootName = operation.Name + "Response";
        xml.Open(rootName);
        if (operation.Service.Metadata.XmlNamespace is { } ns) xml.Attribute("xmlns", ns);
        var root = xml.StartContent();
        if (operation.Output is { } shape)
        {
            if (shape.ResultWrapper is { } wrapper)
            {
                xml.Open(wrapper);
                var result = xml.StartContent();
                WriteMembers(xml, shape, output ?? []);
                xml.Close(wrapper, result);
            }
            else
            {
                WriteMembers(xml, shape, output ?? []);
            }
        }
        xml.Open("ResponseMetadata");
        var metadata = xml.StartContent();
        xml.Element("RequestId", requestId);
        xml.Close("ResponseMetadata", metadata);
        xml.Close(rootName, root);
        return Response(200, xml, requestId);
    }

    /// <summary>An error document; <paramref name="senderFault"/> false gives Type "Receiver".</summary>
    public static AwsHttpResponse Error(ServiceModel service, int statusCode, string code, string message, string requestId,
        bool senderFault = true)
    {
        var xml = new XmlTextBuilder();
        xml.Open("ErrorResponse");
        if (service.Metadata.XmlNamespace is { } ns) xml.Attribute("xmlns", ns);
        var root = xml.StartContent();
        xml.Open("Error");
        var error = xml.StartContent();
        xml.Element("Type", senderFault ? "Sender" : "Receiver");
        xml.Element("Code", code);
        xml.Element("Message", message);
        xml.Close("Error", error);
        xml.Element("RequestId", requestId);
        xml.Close("ErrorResponse", root);
        return Response(statusCode, xml, requestId);
    }

    private static AwsHttpResponse Response(int status, XmlTextBuilder xml, string requestId)
    {
        var response = new AwsHttpResponse { StatusCode = status, Body = xml.ToUtf8() };
        response.Headers["x-amzn-RequestId"] = requestId;
        response.Headers["Content-Type"] = ContentType;
        return response;
    }

    private static void WriteMembers(XmlTextBuilder xml, Shape shape, JsonObject value)
    {
        foreach (var (name, member) in shape.Members)
        {
            if (!value.TryGetPropertyValue(name, out var memberValue) || memberValue is null) continue;
            Write(xml, member.LocationName ?? name, member, memberValue);
        }
    }

    private static void Write(XmlTextBuilder xml, string elementName, Shape shape, JsonNode value)
    {
        switch (shape.Type)
        {
            case "structure":
            {
                xml.Open(elementName);
                var content = xml.StartContent();
                WriteMembers(xml, shape, value as JsonObject ?? []);
                xml.Close(elementName, content);
                break;
            }
            case "list":
            {
                var items = value as JsonArray ?? [];
                if (shape.Flattened)
                {
                    var itemName = shape.Member.LocationName ?? elementName;
                    foreach (var item in items) if (item is not null) Write(xml, itemName, shape.Member, item);
                    break;
                }
                // An empty list is still an element ("<Name />"), never left out.
                xml.Open(elementName);
                var content = xml.StartContent();
                var memberName = shape.Member.LocationName ?? "member";
                foreach (var item in items) if (item is not null) Write(xml, memberName, shape.Member, item);
                xml.Close(elementName, content);
                break;
            }
            case "map":
            {
                var content = 0;
                if (!shape.Flattened)
                {
                    xml.Open(elementName);
                    content = xml.StartContent();
                }
                var entryName = shape.Flattened ? elementName : "entry";
                foreach (var (key, entryValue) in value as JsonObject ?? [])
                {
                    xml.Open(entryName);
                    var entry = xml.StartContent();
                    xml.Element(shape.Key.LocationName ?? "key", key);
                    if (entryValue is not null) Write(xml, shape.Value.LocationName ?? "value", shape.Value, entryValue);
                    xml.Close(entryName, entry);
                }
                if (!shape.Flattened) xml.Close(elementName, content);
                break;
            }
            default:
                xml.Element(elementName, ScalarToText(shape, value));
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
