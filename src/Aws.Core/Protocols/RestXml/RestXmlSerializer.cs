using System.Text.Json.Nodes;
using Aws.Core.Model;
using Aws.Core.Protocols.Formats;
using Aws.Core.Protocols.Http;

namespace Aws.Core.Protocols.RestXml;

/// <summary>
/// rest-xml: the HTTP binding with an XML body rooted at the input's (or payload member's) locationName,
/// with xmlNamespace, xmlAttribute, flattened lists and maps, and ISO 8601 timestamps. No Content-Type
/// is set (botocore sends none).
/// </summary>
public sealed class RestXmlSerializer(RequestSerializerOptions? options = null) : RestSerializerBase(options)
{
    protected override byte[] SerializeBody(IReadOnlyList<KeyValuePair<string, JsonNode?>> members, Shape input)
    {
        var root = new XmlBodyElement(input.LocationName ?? input.Name ?? "Request");
        AddNamespace(input, root);
        WriteMembers(root, members, input);
        return root.ToUtf8();
    }

    protected override byte[] SerializePayload(JsonNode value, Shape member, string memberName)
    {
        var holder = new XmlBodyElement("");
        Write(holder, value, member, member.LocationName ?? member.Name ?? memberName);
        return holder.Children[0].ToUtf8();
    }

    protected override byte[] EmptyBody => [];

    internal static void Write(XmlBodyElement parent, JsonNode? value, Shape shape, string name)
    {
        switch (shape.Type)
        {
            case "structure":
                var node = parent.Add(name);
                AddNamespace(shape, node);
                WriteMembers(node, value as JsonObject ?? [], shape);
                break;
            case "list":
                WriteList(parent, value as JsonArray ?? [], shape, name);
                break;
            case "map":
                WriteMap(parent, value as JsonObject ?? [], shape, name);
                break;
            default:
                var scalar = parent.Add(name);
                scalar.Text = ScalarXmlText(value, shape);
                AddNamespace(shape, scalar);
                break;
        }
    }

    private static void WriteMembers(XmlBodyElement node, IEnumerable<KeyValuePair<string, JsonNode?>> members, Shape shape)
    {
        foreach (var (key, value) in members)
        {
            if (value is null) continue;
            var member = ParameterMembers.Find(shape, key);
            var memberName = member.LocationName ?? key;
            if (member.XmlAttribute) node.SetAttribute(memberName, ScalarXmlText(value, member));
            else Write(node, value, member, memberName);
        }
    }

    private static void WriteList(XmlBodyElement parent, JsonArray items, Shape shape, string name)
    {
        XmlBodyElement listNode;
        string elementName;
        if (shape.Flattened)
        {
            (listNode, elementName) = (parent, name);
        }
        else
        {
            (listNode, elementName) = (parent.Add(name), shape.Member.LocationName ?? "member");
        }
        AddNamespace(shape, listNode);
        foreach (var item in items) Write(listNode, item, shape.Member, elementName);
    }

    private static void WriteMap(XmlBodyElement parent, JsonObject entries, Shape shape, string name)
    {
        XmlBodyElement? mapNode = null;
        if (!shape.Flattened)
        {
            mapNode = parent.Add(name);
            AddNamespace(shape, mapNode);
        }
        var keyName = shape.Key.LocationName ?? "key";
        var valueName = shape.Value.LocationName ?? "value";
        foreach (var (key, value) in entries)
        {
            var entry = mapNode is null ? parent.Add(name) : mapNode.Add("entry");
            Write(entry, JsonValue.Create(key), shape.Key, keyName);
            Write(entry, value, shape.Value, valueName);
        }
    }

    private static string ScalarXmlText(JsonNode? value, Shape shape) => shape.Type switch
    {
        "boolean" => ScalarText.Boolean(value),
        "blob" => Convert.ToBase64String(BlobValue.GetBytes(value!)),
        "timestamp" => TimestampFormatter.Format(value, shape.TimestampFormat, TimestampFormatter.Iso8601),
        "float" or "double" => ScalarText.Float(value),
        _ => ScalarText.ToText(value),
    };

    private static void AddNamespace(Shape shape, XmlBodyElement node)
    {
        if (shape.XmlNamespace is not { } ns) return;
        node.SetAttribute(string.IsNullOrEmpty(ns.Prefix) ? "xmlns" : "xmlns:" + ns.Prefix, ns.Uri);
    }
}
