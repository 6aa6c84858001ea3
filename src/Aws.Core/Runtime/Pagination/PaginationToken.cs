using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Aws.Core.Runtime.Pagination;

/// <summary>
/// The AWS CLI's opaque --starting-token / NextToken: base64 of a JSON object of the input tokens, plus
/// "boto_truncate_amount" when a page was cut by --max-items. Same format as botocore, so tokens are
/// interchangeable between the two CLIs.
/// </summary>
public static class PaginationToken
{
    public static string Encode(JsonObject token)
    {
        var json = PythonJsonDumps(token);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Decodes a token into (input tokens, truncate amount); falls back to the old "a___b___3" format.</summary>
    public static (JsonObject Tokens, int Truncate) Decode(string token, IReadOnlyList<string> inputTokens)
    {
        try
        {
            var bytes = Convert.FromBase64String(token);
            if (JsonNode.Parse(bytes) is JsonObject obj)
            {
                var truncate = 0;
                if (obj["boto_truncate_amount"] is JsonValue t) { truncate = (int)t.GetValue<double>(); obj.Remove("boto_truncate_amount"); }
                obj.Remove("boto_encoded_keys");
                return (obj, truncate);
            }
        }
        catch (FormatException) { }
        catch (JsonException) { }
        return DecodeDeprecated(token, inputTokens);
    }

    private static (JsonObject, int) DecodeDeprecated(string token, IReadOnlyList<string> inputTokens)
    {
        var parts = token.Split("___").ToList();
        var index = 0;
        if (parts.Count == inputTokens.Count + 1)
        {
            if (int.TryParse(parts[^1], out var i)) { index = i; parts.RemoveAt(parts.Count - 1); }
            else parts = [token];
        }
        if (parts.Count > inputTokens.Count) throw new FormatException($"Bad starting token: {token}");
        var result = new JsonObject();
        for (var i = 0; i < inputTokens.Count; i++)
            result[inputTokens[i]] = i < parts.Count && parts[i] != "None" ? JsonValue.Create(parts[i]) : null;
        return (result, index);
    }

    // json.dumps with its default separators (", " and ": ") and ASCII escaping, as botocore encodes tokens.
    private static string PythonJsonDumps(JsonNode? node)
    {
        var sb = new StringBuilder();
        Write(sb, node);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, JsonNode? node)
    {
        switch (node)
        {
            case null: sb.Append("null"); break;
            case JsonObject o:
                sb.Append('{');
                var first = true;
                foreach (var (k, v) in o)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    WriteString(sb, k);
                    sb.Append(": ");
                    Write(sb, v);
                }
                sb.Append('}');
                break;
            case JsonArray a:
                sb.Append('[');
                for (var i = 0; i < a.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    Write(sb, a[i]);
                }
                sb.Append(']');
                break;
            case JsonValue v when v.TryGetValue<string>(out var s): WriteString(sb, s); break;
            case JsonValue v when v.TryGetValue<bool>(out var b): sb.Append(b ? "true" : "false"); break;
            default: sb.Append(node.ToJsonString()); break;
        }
    }

    private static void WriteString(StringBuilder sb, string s)
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
                    if (c < 0x20 || c > 0x7e) sb.Append($"\\u{(int)c:x4}"); else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
