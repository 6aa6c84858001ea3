using System.Text;
using System.Text.Json.Nodes;
using Aws.Core.Http;
using Aws.Core.Model;
using Aws.Core.Protocols.Formats;
using Aws.Core.Protocols.Http;

namespace Aws.Core.Protocols.Query;

/// <summary>
/// The query protocol: Action, Version and the members as flat "A.b.member.1=x" form fields, in the order
/// the parameters were given (botocore's order), form-encoded into a POST body.
/// </summary>
public class QuerySerializer(RequestSerializerOptions? options = null) : RequestSerializerBase(options)
{
    public const string ContentType = "application/x-www-form-urlencoded; charset=utf-8";

    protected override void Build(OperationModel operation, IReadOnlyList<KeyValuePair<string, JsonNode?>> parameters, AwsHttpRequest request)
    {
        var fields = new OrderedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["Action"] = operation.Name,
            ["Version"] = operation.Service.Metadata.ApiVersion,
        };
        if (operation.Input is { } input) SerializeMembers(fields, parameters, input, "");
        request.Path = "/";
        request.Headers["Content-Type"] = ContentType;
        request.Body = Encoding.UTF8.GetBytes(PercentEncoding.EncodeFormPairs(fields));
    }

    /// <summary>The field name for a member: its locationName, else its member name.</summary>
    protected virtual string SerializedName(Shape member, string defaultName) => member.LocationName ?? defaultName;

    protected void Serialize(OrderedDictionary<string, string> fields, JsonNode? value, Shape shape, string prefix)
    {
        switch (shape.Type)
        {
            case "structure": SerializeStructure(fields, value, shape, prefix); break;
            case "list": SerializeList(fields, value as JsonArray ?? [], shape, prefix); break;
            case "map": SerializeMap(fields, value as JsonObject ?? [], shape, prefix); break;
            case "blob": fields[prefix] = Convert.ToBase64String(BlobValue.GetBytes(value!)); break;
            case "timestamp":
                fields[prefix] = TimestampFormatter.Format(value, shape.TimestampFormat, TimestampFormatter.Iso8601);
                break;
            case "boolean": fields[prefix] = ScalarText.Boolean(value); break;
            case "float" or "double": fields[prefix] = ScalarText.Float(value); break;
            default: fields[prefix] = ScalarText.ToText(value); break;
        }
    }

    private void SerializeStructure(OrderedDictionary<string, string> fields, JsonNode? value, Shape shape, string prefix)
    {
        if (value is JsonObject obj) SerializeMembers(fields, obj, shape, prefix);
    }

    private void SerializeMembers(OrderedDictionary<string, string> fields, IEnumerable<KeyValuePair<string, JsonNode?>> members, Shape shape, string prefix)
    {
        foreach (var (key, memberValue) in members)
        {
            if (memberValue is null) continue;
            var member = ParameterMembers.Find(shape, key);
            var name = SerializedName(member, key);
            Serialize(fields, memberValue, member, prefix.Length > 0 ? prefix + "." + name : name);
        }
    }

    protected virtual void SerializeList(OrderedDictionary<string, string> fields, JsonArray list, Shape shape, string prefix)
    {
        if (list.Count == 0)
        {
            // The query protocol sends an empty list as "Name=".
            fields[prefix] = "";
            return;
        }
        string listPrefix;
        if (shape.Flattened)
        {
            listPrefix = prefix;
            // A flattened list with a member locationName replaces the last name segment.
            if (shape.Member.LocationName is { Length: > 0 } memberName)
            {
                var dot = prefix.LastIndexOf('.');
                listPrefix = dot < 0 ? memberName : prefix[..(dot + 1)] + memberName;
            }
        }
        else
        {
            listPrefix = prefix + "." + (shape.Member.LocationName ?? "member");
        }
        for (var i = 0; i < list.Count; i++)
            Serialize(fields, list[i], shape.Member, $"{listPrefix}.{i + 1}");
    }

    private void SerializeMap(OrderedDictionary<string, string> fields, JsonObject map, Shape shape, string prefix)
    {
        var fullPrefix = shape.Flattened ? prefix : prefix + ".entry";
        var keySuffix = SerializedName(shape.Key, "key");
        var valueSuffix = SerializedName(shape.Value, "value");
        var i = 0;
        foreach (var (key, value) in map)
        {
            i++;
            Serialize(fields, JsonValue.Create(key), shape.Key, $"{fullPrefix}.{i}.{keySuffix}");
            Serialize(fields, value, shape.Value, $"{fullPrefix}.{i}.{valueSuffix}");
        }
    }
}
