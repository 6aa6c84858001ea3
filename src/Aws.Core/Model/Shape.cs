using System.Text.Json;

namespace Aws.Core.Model;

/// <summary>
/// A shape as seen from one reference to it: the target definition with the reference's own traits
/// (locationName, location, xmlNamespace, ...) laid over it, as botocore does for members.
/// Members, list members and map keys/values are resolved lazily, so recursive shapes are fine.
/// </summary>
public sealed class Shape
{
    private readonly ServiceModel _service;
    private readonly Dictionary<string, JsonElement> _props;
    private OrderedDictionary<string, Shape>? _members;
    private Shape? _member, _key, _value;
    private HashSet<string>? _required;

    internal Shape(ServiceModel service, string? name, Dictionary<string, JsonElement> props)
    {
        _service = service;
        Name = name;
        _props = props;
        Type = props.TryGetValue("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "string";
    }

    /// <summary>The named shape this reference resolves to; null for an inline definition.</summary>
    public string? Name { get; }

    /// <summary>structure, list, map, string, integer, long, float, double, boolean, timestamp, blob, ...</summary>
    public string Type { get; }

    public ServiceModel Service => _service;

    public bool IsStructure => Type == "structure";
    public bool IsList => Type == "list";
    public bool IsMap => Type == "map";
    public bool IsScalar => !IsStructure && !IsList && !IsMap;

    public OrderedDictionary<string, Shape> Members => _members ??= LoadMembers();
    public Shape Member => _member ??= Child("member");
    public Shape Key => _key ??= Child("key");
    public Shape Value => _value ??= Child("value");

    public IReadOnlySet<string> Required => _required ??= GetStrings("required").ToHashSet(StringComparer.Ordinal);

    // Serialization traits (botocore's names).
    public string? Location => GetString("location");
    public string? LocationName => GetString("locationName");
    public string? QueryName => GetString("queryName");
    public bool Flattened => GetBool("flattened");
    public bool XmlAttribute => GetBool("xmlAttribute");
    public string? TimestampFormat => GetString("timestampFormat");
    public bool JsonValue => GetBool("jsonvalue");
    public bool IdempotencyToken => GetBool("idempotencyToken");
    public bool HostLabel => GetBool("hostLabel");
    public bool Streaming => GetBool("streaming");
    public bool RequiresLength => GetBool("requiresLength");
    public string? Payload => GetString("payload");
    public string? ResultWrapper => GetString("resultWrapper");
    public bool Sensitive => GetBool("sensitive");
    public bool Union => GetBool("union");
    public bool Document => GetBool("document");
    public bool EventStream => GetBool("eventstream");
    public bool Event => GetBool("event");
    public bool EventPayload => GetBool("eventpayload");
    public bool EventHeader => GetBool("eventheader");
    public bool Exception => GetBool("exception");
    public bool Fault => GetBool("fault");
    public bool Deprecated => GetBool("deprecated");
    public bool Wrapper => GetBool("wrapper");
    public IReadOnlyList<string> Enum => GetStrings("enum");
    public string? Documentation => GetString("documentation");

    /// <summary>The xmlNamespace trait: {"prefix": ..., "uri": ...} or a bare URI string.</summary>
    public (string? Prefix, string Uri)? XmlNamespace
    {
        get
        {
            if (!_props.TryGetValue("xmlNamespace", out var ns)) return null;
            if (ns.ValueKind == JsonValueKind.String) return (null, ns.GetString()!);
            if (ns.ValueKind != JsonValueKind.Object) return null;
            var prefix = ns.TryGetProperty("prefix", out var p) ? p.GetString() : null;
            var uri = ns.TryGetProperty("uri", out var u) ? u.GetString() ?? "" : "";
            return (prefix, uri);
        }
    }

    /// <summary>The error trait of an exception shape: code and HTTP status.</summary>
    public (string? Code, int? HttpStatusCode, bool SenderFault)? Error
    {
        get
        {
            if (!_props.TryGetValue("error", out var e) || e.ValueKind != JsonValueKind.Object) return null;
            return (e.TryGetProperty("code", out var c) ? c.GetString() : null,
                e.TryGetProperty("httpStatusCode", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : null,
                e.TryGetProperty("senderFault", out var f) && f.ValueKind == JsonValueKind.True);
        }
    }

    public bool Has(string trait) => _props.ContainsKey(trait);
    public bool TryGet(string trait, out JsonElement value) => _props.TryGetValue(trait, out value);

    public string? GetString(string trait) =>
        _props.TryGetValue(trait, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public bool GetBool(string trait) => _props.TryGetValue(trait, out var v) && v.ValueKind == JsonValueKind.True;

    public double? GetNumber(string trait) =>
        _props.TryGetValue(trait, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private IReadOnlyList<string> GetStrings(string trait) =>
        _props.TryGetValue(trait, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToArray()
            : [];

    private Shape Child(string key) =>
        _props.TryGetValue(key, out var reference) ? _service.ResolveReference(reference)
            : throw new InvalidOperationException($"Shape {Name ?? Type} has no {key}.");

    private OrderedDictionary<string, Shape> LoadMembers()
    {
        var members = new OrderedDictionary<string, Shape>(StringComparer.Ordinal);
        if (_props.TryGetValue("members", out var m) && m.ValueKind == JsonValueKind.Object)
            foreach (var p in m.EnumerateObject())
                members[p.Name] = _service.ResolveReference(p.Value);
        return members;
    }

    public override string ToString() => Name is null ? Type : $"{Name} ({Type})";
}
