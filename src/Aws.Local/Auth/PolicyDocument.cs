using System.Text.Json.Nodes;

namespace Aws.Local.Auth;

/// <summary>
/// A policy the authorizer weighs, with where it came from (for denial messages and simulate-*):
/// Kind is "identity" (user/group/role inline or managed), "resource" (trust policy), "boundary" or "session".
/// </summary>
public sealed record PolicyDocument(string Kind, string SourceId, JsonObject Document)
{
    /// <summary>Parses policy JSON; null when it is not a JSON object.</summary>
    public static JsonObject? Parse(string json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>The Statement member as a list (AWS allows a single object).</summary>
    public static IEnumerable<JsonObject> Statements(JsonObject document) => document["Statement"] switch
    {
        JsonArray list => list.OfType<JsonObject>(),
        JsonObject single => [single],
        _ => [],
    };

    /// <summary>A string-or-list member as strings.</summary>
    public static IReadOnlyList<string> Strings(JsonNode? node) => node switch
    {
        JsonArray list => [.. list.Select(n => n?.ToString() ?? "")],
        JsonValue v => [v.ToString()],
        _ => [],
    };
}
