using System.Text.Json.Nodes;
using Aws.Core.Config;

namespace Aws.Core.Tests.Config;

/// <summary>Turns parsed config into canonical JSON text (keys sorted) so results compare with expectations.</summary>
internal static class ConfigJson
{
    public static JsonObject Sections(IEnumerable<KeyValuePair<string, ConfigSection>> sections)
    {
        var o = new JsonObject();
        foreach (var (name, section) in sections) o[name] = Section(section);
        return o;
    }

    public static JsonObject Section(ConfigSection section)
    {
        var o = new JsonObject();
        foreach (var (key, value) in section)
        {
            if (value.Nested is { } nested)
            {
                var n = new JsonObject();
                foreach (var (k, v) in nested) n[k] = v;
                o[key] = n;
            }
            else o[key] = value.Text;
        }
        return o;
    }

    public static JsonObject LoadConfig(ConfigFileData data)
    {
        var o = Sections(data.OtherSections);
        o["profiles"] = Sections(data.Profiles);
        o["sso_sessions"] = Sections(data.SsoSessions);
        o["services"] = Sections(data.Services);
        return o;
    }

    /// <summary>Canonical text: objects with sorted keys, no whitespace.</summary>
    public static string Canonical(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject o => "{" + string.Join(",", o.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => JsonValue.Create(kv.Key).ToJsonString() + ":" + Canonical(kv.Value))) + "}",
        JsonArray a => "[" + string.Join(",", a.Select(Canonical)) + "]",
        _ => node.ToJsonString(),
    };
}
