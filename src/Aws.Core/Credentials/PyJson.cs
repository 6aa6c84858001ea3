using System.Text.Json.Nodes;
using Aws.Core.Protocols.Formats;

namespace Aws.Core.Credentials;

/// <summary>
/// Python's json.dumps with sort_keys: the CLI hashes its cache keys and writes its cache files this way, so names
/// and contents must match it byte for byte. The writing itself is <see cref="PythonJson"/>.
/// </summary>
internal static class PyJson
{
    public static string Dumps(JsonNode? node, bool sortKeys = false, bool compact = false) =>
        PythonJson.Dumps(sortKeys ? Sorted(node) : node, compact);

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => KeyValuePair.Create(kv.Key, Sorted(kv.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Sorted)]),
        _ => node?.DeepClone(),
    };
}
