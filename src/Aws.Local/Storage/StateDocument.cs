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

    /// <summary>The collections every account has (see <see cref="Normalize"/>).</summary>
    public static readonly string[] AccountCollections = ["users", "groups", "roles", "policies", "instanceProfiles", "mfaDevices"];

    /// <summary>
    /// Creates the top-level collections and every account's collections when missing. A store that shares one
    /// document between concurrent readers calls it before publishing the document, so that read-only handlers, which
    /// reach collections through <see cref="Obj"/>, never add one while other threads read.
    /// </summary>
    public static void Normalize(JsonObject state)
    {
        var accounts = state.Obj("accounts");
        state.Obj("accessKeys");
        state.Obj("sessions");
        foreach (var (_, account) in accounts)
            if (account is JsonObject a)
                foreach (var name in AccountCollections) a.Obj(name);
    }

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
