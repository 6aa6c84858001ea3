using System.Text.Json.Nodes;
using Aws.Core.Model;
using Aws.Core.Protocols.Http;
using Aws.Core.Protocols.Query;

namespace Aws.Core.Protocols.Ec2;

/// <summary>
/// The ec2 protocol: the query protocol with names from queryName, else locationName with its first letter
/// upper-cased, else the member name; lists are always flattened as "Name.N" and empty lists are left out.
/// </summary>
public sealed class Ec2Serializer(RequestSerializerOptions? options = null) : QuerySerializer(options)
{
    protected override string SerializedName(Shape member, string defaultName)
    {
        if (member.QueryName is { } queryName) return queryName;
        if (member.LocationName is { Length: > 0 } name) return char.ToUpperInvariant(name[0]) + name[1..];
        return defaultName;
    }

    protected override void SerializeList(OrderedDictionary<string, string> fields, JsonArray list, Shape shape, string prefix)
    {
        for (var i = 0; i < list.Count; i++)
            Serialize(fields, list[i], shape.Member, $"{prefix}.{i + 1}");
    }
}
