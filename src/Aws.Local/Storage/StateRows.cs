using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Aws.Local.Storage;

/// <summary>
/// How the state document is cut into rows, so that a write stores only the entities it changed. The root, the
/// top-level collections, each account and each account's collections are "split" objects: each of their members is
/// its own row (a user, a role, an access key, a session...), and the split object itself is a marker row (JSON null)
/// that keeps it, even empty, in its place. A row's path is the JSON array of keys from the root (names may hold '/').
/// </summary>
internal static class StateRows
{
    /// <summary>One row: its path (a JSON array of keys) and its JSON, null for a split object's marker.</summary>
    public readonly record struct Row(string Path, string? Json);

    // Readable rows ('+', '<', non-ASCII kept as is); still valid JSON, and the same text for the same value.
    private static readonly JsonSerializerOptions RowJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static bool IsSplit(List<string> path) => path.Count switch
    {
        0 => true,
        1 => path[0] is "accounts" or "accessKeys" or "sessions",
        2 or 3 => path[0] == "accounts",
        _ => false,
    };

    /// <summary>A row of a document being saved: its node, and the index of its parent's row (-1: the root).</summary>
    public readonly record struct Collected(Row Row, JsonNode? Node, int Parent);

    /// <summary>The rows of a document, parents before children, siblings in the document's order.</summary>
    public static List<Collected> Collect(JsonObject root)
    {
        var rows = new List<Collected>();
        Collect(root, [], -1, rows);
        return rows;
    }

    private static void Collect(JsonObject split, List<string> path, int parent, List<Collected> rows)
    {
        foreach (var (key, node) in split)
        {
            path.Add(key);
            var encoded = EncodePath(path);
            if (node is JsonObject child && IsSplit(path))
            {
                rows.Add(new Collected(new Row(encoded, null), child, parent));
                Collect(child, path, rows.Count - 1, rows);
            }
            else
            {
                rows.Add(new Collected(new Row(encoded, node?.ToJsonString(RowJson) ?? "null"), node, parent));
            }
            path.RemoveAt(path.Count - 1);
        }
    }

    /// <summary>A document from its rows in insertion order; missing parents are created where first needed.</summary>
    public static JsonObject Build(IEnumerable<Row> rows)
    {
        var root = new JsonObject();
        foreach (var row in rows)
        {
            var path = DecodePath(row.Path);
            if (path.Count == 0) continue;
            var parent = root;
            for (var i = 0; i < path.Count - 1; i++)
            {
                if (parent[path[i]] is not JsonObject next)
                {
                    next = new JsonObject();
                    parent[path[i]] = next;
                }
                parent = next;
            }
            var key = path[^1];
            if (row.Json is null)
            {
                if (parent[key] is not JsonObject) parent[key] = new JsonObject();
            }
            else
            {
                using var document = JsonDocument.Parse(row.Json);
                parent[key] = ToNode(document.RootElement);
            }
        }
        return root;
    }

    /// <summary>
    /// A fully built node: objects and arrays filled now (a parsed JsonObject fills itself on first use, which is not
    /// safe while other threads read it), strings and booleans as plain values that are cheap to clone.
    /// </summary>
    public static JsonNode? ToNode(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ToObject(element),
        JsonValueKind.Array => new JsonArray([.. element.EnumerateArray().Select(ToNode)]),
        JsonValueKind.String => JsonValue.Create(element.GetString()),
        JsonValueKind.True => JsonValue.Create(true),
        JsonValueKind.False => JsonValue.Create(false),
        JsonValueKind.Number => JsonValue.Create(element.Clone()),
        _ => null,
    };

    private static JsonObject ToObject(JsonElement element)
    {
        var result = new JsonObject();
        foreach (var property in element.EnumerateObject()) result[property.Name] = ToNode(property.Value);
        return result;
    }

    /// <summary>Fills every lazily parsed object and array under a node (see <see cref="ToNode"/>).</summary>
    public static void Materialize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, child) in o) Materialize(child);
                break;
            case JsonArray a:
                foreach (var child in a) Materialize(child);
                break;
        }
    }

    public static string EncodePath(List<string> path)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var key in path) writer.WriteStringValue(key);
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static List<string> DecodePath(string encoded)
    {
        var result = new List<string>(4);
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(encoded));
        while (reader.Read())
            if (reader.TokenType == JsonTokenType.String) result.Add(reader.GetString()!);
        return result;
    }
}
