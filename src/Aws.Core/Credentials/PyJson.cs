using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Aws.Core.Credentials;

/// <summary>
/// Python's json.dumps for a JSON node (ensure_ascii, default ", " / ": " separators or compact ones, optionally
/// sorted keys): the CLI hashes and writes its caches this way, so cache keys and files must match it byte for byte.
/// </summary>
internal static class PyJson
{
    public static string Dumps(JsonNode? node, bool sortKeys = false, bool compact = false)
    {
        var sb = new StringBuilder();
        Write(sb, node, sortKeys, compact);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, JsonNode? node, bool sortKeys, bool compact)
    {
        var itemSep = compact ? "," : ", ";
        var keySep = compact ? ":" : ": ";
        switch (node)
        {
            case null:
                sb.Append("null");
                break;
            case JsonObject o:
            {
                sb.Append('{');
                IEnumerable<KeyValuePair<string, JsonNode?>> items = sortKeys ? o.OrderBy(kv => kv.Key, StringComparer.Ordinal) : o;
                var first = true;
                foreach (var (k, v) in items)
                {
                    if (!first) sb.Append(itemSep);
                    first = false;
                    String(sb, k);
                    sb.Append(keySep);
                    Write(sb, v, sortKeys, compact);
                }
                sb.Append('}');
                break;
            }
            case JsonArray a:
                sb.Append('[');
                for (var i = 0; i < a.Count; i++)
                {
                    if (i > 0) sb.Append(itemSep);
                    Write(sb, a[i], sortKeys, compact);
                }
                sb.Append(']');
                break;
            case JsonValue v:
                switch (v.GetValueKind())
                {
                    case JsonValueKind.String: String(sb, v.ToString()); break;
                    case JsonValueKind.True: sb.Append("true"); break;
                    case JsonValueKind.False: sb.Append("false"); break;
                    default: sb.Append(v.ToJsonString()); break;
                }
                break;
        }
    }

    private static void String(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < 0x20 || c > 0x7e) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
