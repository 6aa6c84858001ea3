using System.Text.Json.Nodes;
using Aws.Core.Http;
using Aws.Core.Model;
using Aws.Core.Protocols.Formats;

namespace Aws.Core.Protocols.Query;

/// <summary>
/// Server side of the query protocol: the form fields <see cref="QuerySerializer"/> writes (Action, Version,
/// "Name", "List.member.N", "Map.entry.N.key/value", "Struct.Member") read back into the operation's input,
/// with scalars typed by the model the same way response parsers type XML text.
/// </summary>
public sealed class QueryServerRequestParser
{
    /// <summary>Timestamps come back as DateTimeOffset values unless the options say otherwise.</summary>
    public ParseOptions Options { get; init; } = ParseOptions.Default;

    /// <summary>
    /// The decoded form fields of a request: the body when it is form-encoded (POST), else the query string.
    /// Later duplicates win, as they do for AWS.
    /// </summary>
    public static Dictionary<string, string> ReadFields(AwsHttpRequest request)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        AddPairs(fields, request.QueryString);
        if (request.Body.Length > 0) AddPairs(fields, System.Text.Encoding.UTF8.GetString(request.Body));
        return fields;
    }

    /// <summary>Splits "a=b&amp;c=d" and decodes each side ('+' is a space).</summary>
    public static void AddPairs(Dictionary<string, string> fields, string encoded)
    {
        foreach (var piece in encoded.Split('&'))
        {
            if (piece.Length == 0) continue;
            var eq = piece.IndexOf('=');
            var key = eq < 0 ? piece : piece[..eq];
            var value = eq < 0 ? "" : piece[(eq + 1)..];
            fields[Decode(key)] = Decode(value);
        }
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    /// <summary>The operation's input from already decoded fields (Action and Version are ignored).</summary>
    public JsonObject Parse(OperationModel operation, IReadOnlyDictionary<string, string> fields)
    {
        if (operation.Input is not { } input) return new JsonObject();
        var prefixes = Prefixes(fields.Keys);
        return ReadStructure(input, "", fields, prefixes);
    }

    /// <summary>Every dotted prefix of every field name ("A.member.1.B" gives "A", "A.member", "A.member.1").</summary>
    private static HashSet<string> Prefixes(IEnumerable<string> keys)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
            for (var dot = key.IndexOf('.'); dot > 0; dot = key.IndexOf('.', dot + 1))
                set.Add(key[..dot]);
        return set;
    }

    private JsonObject ReadStructure(Shape shape, string prefix, IReadOnlyDictionary<string, string> fields, HashSet<string> prefixes)
    {
        var result = new JsonObject();
        foreach (var (name, member) in shape.Members)
        {
            var serialized = member.LocationName ?? name;
            var path = prefix.Length == 0 ? serialized : prefix + "." + serialized;
            if (Read(member, path, fields, prefixes) is { } value) result[name] = value;
        }
        return result;
    }

    private JsonNode? Read(Shape shape, string path, IReadOnlyDictionary<string, string> fields, HashSet<string> prefixes)
    {
        switch (shape.Type)
        {
            case "structure":
                return prefixes.Contains(path) ? ReadStructure(shape, path, fields, prefixes) : null;
            case "list":
                return ReadList(shape, path, fields, prefixes);
            case "map":
                return ReadMap(shape, path, fields, prefixes);
            default:
                return fields.TryGetValue(path, out var text) ? ScalarReading.FromText(shape, text, Options) : null;
        }
    }

    private JsonArray? ReadList(Shape shape, string path, IReadOnlyDictionary<string, string> fields, HashSet<string> prefixes)
    {
        string itemPrefix;
        if (shape.Flattened)
        {
            itemPrefix = path;
            if (shape.Member.LocationName is { Length: > 0 } memberName)
            {
                var dot = path.LastIndexOf('.');
                itemPrefix = dot < 0 ? memberName : path[..(dot + 1)] + memberName;
            }
        }
        else
        {
            itemPrefix = path + "." + (shape.Member.LocationName ?? "member");
        }
        var list = new JsonArray();
        for (var i = 1; ; i++)
        {
            var itemPath = itemPrefix + "." + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var item = Read(shape.Member, itemPath, fields, prefixes);
            if (item is null) break;
            list.Add(item);
        }
        // "Name=" is how the query protocol sends an empty list.
        if (list.Count == 0 && !(fields.TryGetValue(path, out var empty) && empty.Length == 0)) return null;
        return list;
    }

    private JsonObject? ReadMap(Shape shape, string path, IReadOnlyDictionary<string, string> fields, HashSet<string> prefixes)
    {
        var entryPrefix = shape.Flattened ? path : path + ".entry";
        var keyName = shape.Key.LocationName ?? "key";
        var valueName = shape.Value.LocationName ?? "value";
        var map = new JsonObject();
        for (var i = 1; ; i++)
        {
            var entry = entryPrefix + "." + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!fields.TryGetValue(entry + "." + keyName, out var key)) break;
            map[key] = Read(shape.Value, entry + "." + valueName, fields, prefixes);
        }
        return map.Count == 0 ? null : map;
    }
}
