using System.Text.Json.Nodes;

namespace Aws.Local.Storage;

/// <summary>The layout of the state document and its schema version.</summary>
public static class StateDocument
{
    /// <summary>Bumped when the layout changes; a newer file than this code understands is refused.</summary>
    public const int SchemaVersion = 1;

    public static JsonObject CreateEmpty() => new()
    {
        ["schemaVersion"] = SchemaVersion,
        ["accounts"] = new JsonObject(),
        ["accessKeys"] = new JsonObject(),
        ["sessions"] = new JsonObject(),
    };

    public static void CheckVersion(JsonObject state, string source)
    {
        var version = state["schemaVersion"]?.GetValue<int>() ?? 0;
        if (version > SchemaVersion)
            throw new InvalidDataException($"{source} has state schema version {version}; this aws understands up to {SchemaVersion}.");
    }

    /// <summary>A child object, created when missing.</summary>
    public static JsonObject Obj(this JsonObject parent, string name)
    {
        if (parent[name] is JsonObject existing) return existing;
        var created = new JsonObject();
        parent[name] = created;
        return created;
    }

    /// <summary>A child array, created when missing.</summary>
    public static JsonArray Arr(this JsonObject parent, string name)
    {
        if (parent[name] is JsonArray existing) return existing;
        var created = new JsonArray();
        parent[name] = created;
        return created;
    }

    public static string? Str(this JsonNode? node, string name) =>
        node is JsonObject o && o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
