using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using Aws.Core.Model;

namespace Aws.Core.Protocols.Formats;

/// <summary>
/// XML bodies (query, ec2, rest-xml) read against a shape. Element names are matched without namespaces;
/// repeated elements form flattened lists and maps; an empty element is an empty string, never null.
/// </summary>
internal static class XmlReading
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>The root element, or null for an empty body. Throws <see cref="InvalidDataException"/> on bad XML.</summary>
    public static XElement? ParseDocument(byte[] body)
    {
        if (body.Length == 0 || body.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) return null;
        try
        {
            using var stream = new MemoryStream(body, writable: false);
            using var reader = XmlReader.Create(stream, Settings);
            return XDocument.Load(reader, LoadOptions.PreserveWhitespace).Root;
        }
        catch (XmlException e)
        {
            throw new InvalidDataException($"Unable to parse response ({e.Message}), invalid XML received.", e);
        }
    }

    /// <summary>Child elements grouped by local name, in document order.</summary>
    public static Dictionary<string, List<XElement>> ChildrenByName(XElement node)
    {
        var map = new Dictionary<string, List<XElement>>(StringComparer.Ordinal);
        foreach (var child in node.Elements())
        {
            if (!map.TryGetValue(child.Name.LocalName, out var list)) map[child.Name.LocalName] = list = [];
            list.Add(child);
        }
        return map;
    }

    /// <summary>The first child with this local name, or null.</summary>
    public static XElement? Child(XElement? node, string name) =>
        node?.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    /// <summary>Text of the first child with this local name, or null.</summary>
    public static string? ChildText(XElement? node, string name) => Child(node, name)?.Value;

    /// <summary>The element holding an error's fields: ErrorResponse/Error, Response/Errors/Error, or the root itself.</summary>
    public static XElement ErrorRoot(XElement root)
    {
        if (root.Name.LocalName == "ErrorResponse" && Child(root, "Error") is { } error) return error;
        if (Child(root, "Errors") is { } errors && Child(errors, "Error") is { } first) return first;
        return root;
    }

    /// <summary>Reads one member value from the element(s) that carry it (several for flattened lists and maps).</summary>
    public static JsonNode? ReadShape(Shape shape, IReadOnlyList<XElement> nodes, ParseOptions options)
    {
        if (shape.IsStructure) return ReadStructure(shape, nodes[0], options);
        if (shape.IsList) return ReadList(shape, nodes, options);
        if (shape.IsMap) return ReadMap(shape, nodes, options);
        return ScalarReading.FromText(shape, nodes[0].Value, options);
    }

    public static JsonObject ReadStructure(Shape shape, XElement node, ParseOptions options)
    {
        if (shape.Exception) node = ErrorRoot(node);
        var children = ChildrenByName(node);
        var result = new JsonObject();
        if (shape.Union && UnknownUnionMember(shape, children) is { } unknown) return unknown;
        foreach (var (name, member) in shape.Members)
        {
            if (member.Location is "header" or "headers" or "statusCode" || member.EventHeader) continue;
            if (FindMemberElements(children, member, name) is { } found)
                result[name] = ReadShape(member, found, options);
            else if (member.XmlAttribute && Attribute(node, member.LocationName ?? name) is { } attribute)
                result[name] = JsonValue.Create(attribute);
        }
        return result;
    }

    private static JsonArray ReadList(Shape shape, IReadOnlyList<XElement> nodes, ParseOptions options)
    {
        // A wrapped list's items are the wrapper's children, whatever their name (member, item, ...).
        var items = shape.Flattened ? nodes : nodes[0].Elements().ToList();
        var list = new JsonArray();
        foreach (var item in items) list.Add(ReadShape(shape.Member, [item], options));
        return list;
    }

    private static JsonObject ReadMap(Shape shape, IReadOnlyList<XElement> nodes, ParseOptions options)
    {
        var keyName = shape.Key.LocationName ?? "key";
        var valueName = shape.Value.LocationName ?? "value";
        var entries = shape.Flattened ? nodes : nodes[0].Elements().ToList();
        var map = new JsonObject();
        foreach (var entry in entries)
        {
            string? key = null;
            JsonNode? value = null;
            foreach (var part in entry.Elements())
            {
                if (part.Name.LocalName == keyName) key = part.Value;
                else if (part.Name.LocalName == valueName) value = ReadShape(shape.Value, [part], options);
                else throw new InvalidDataException($"Unknown tag: {part.Name.LocalName}");
            }
            if (key is not null) map[key] = value;
        }
        return map;
    }

    /// <summary>
    /// The elements a member is read from. botocore's name comes first (a flattened list's item locationName,
    /// else the member's locationName); then the names Smithy uses (the member's own locationName or name),
    /// since a flattened list is named for the member and a structure's own xmlName applies only at the root.
    /// </summary>
    private static List<XElement>? FindMemberElements(Dictionary<string, List<XElement>> children, Shape member, string memberName)
    {
        if (children.TryGetValue(ElementName(member, memberName), out var found)) return found;
        if (member.LocationName is { } located && children.TryGetValue(located, out found)) return found;
        return children.TryGetValue(memberName, out found) ? found : null;
    }

    private static string ElementName(Shape member, string memberName)
    {
        if (member.IsList && member.Flattened && member.Member.LocationName is { } itemName) return itemName;
        return member.LocationName ?? memberName;
    }

    /// <summary>An attribute by its serialized name; "prefix:name" matches any namespaced attribute called name.</summary>
    private static string? Attribute(XElement node, string serializedName)
    {
        var colon = serializedName.IndexOf(':');
        foreach (var a in node.Attributes())
        {
            if (a.IsNamespaceDeclaration) continue;
            var matches = colon < 0
                ? a.Name.Namespace == XNamespace.None && a.Name.LocalName == serializedName
                : a.Name.Namespace != XNamespace.None && a.Name.LocalName == serializedName[(colon + 1)..];
            if (matches) return a.Value;
        }
        return null;
    }

    private static JsonObject? UnknownUnionMember(Shape shape, Dictionary<string, List<XElement>> children)
    {
        if (children.Count != 1)
            throw new InvalidDataException($"Invalid service response: {shape.Name} must have one and only one member set.");
        var tag = children.Keys.First();
        foreach (var (name, member) in shape.Members)
            if (ElementName(member, name) == tag || member.LocationName == tag || name == tag) return null;
        return new JsonObject { ["SDK_UNKNOWN_MEMBER"] = new JsonObject { ["name"] = tag } };
    }
}
