using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Aws.Core.Protocols.Formats;

/// <summary>
/// Writes JSON the way Python's json.dumps does (what botocore sends): ASCII-only with \uXXXX escapes,
/// ", " and ": " separators, or "," and ":" when compact. Byte-for-byte comparable with the real CLI.
/// </summary>
public static class PythonJson
{
    public static string Dumps(JsonNode? node, bool compact = false)
    {
        var sb = new StringBuilder();
        Write(sb, node, compact);
        return sb.ToString();
    }

    public static byte[] DumpsUtf8(JsonNode? node, bool compact = false) => Encoding.UTF8.GetBytes(Dumps(node, compact));

    public static void Write(StringBuilder sb, JsonNode? node, bool compact)
    {
        switch (node)
        {
            case null:
                sb.Append("null");
                break;
            case JsonObject o:
                sb.Append('{');
                var first = true;
                foreach (var (key, value) in o)
                {
                    if (!first) sb.Append(compact ? "," : ", ");
                    first = false;
                    WriteString(sb, key);
                    sb.Append(compact ? ":" : ": ");
                    Write(sb, value, compact);
                }
                sb.Append('}');
                break;
            case JsonArray a:
                sb.Append('[');
                for (var i = 0; i < a.Count; i++)
                {
                    if (i > 0) sb.Append(compact ? "," : ", ");
                    Write(sb, a[i], compact);
                }
                sb.Append(']');
                break;
            case JsonValue v:
                WriteValue(sb, v, compact);
                break;
        }
    }

    private static void WriteValue(StringBuilder sb, JsonValue v, bool compact)
    {
        if (v.TryGetValue<JsonElement>(out var e))
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.String: WriteString(sb, e.GetString()!); return;
                case JsonValueKind.Number: sb.Append(e.GetRawText()); return;
                case JsonValueKind.True: sb.Append("true"); return;
                case JsonValueKind.False: sb.Append("false"); return;
                case JsonValueKind.Null: sb.Append("null"); return;
                default: Write(sb, JsonNode.Parse(e.GetRawText()), compact); return;
            }
        }
        if (v.TryGetValue<string>(out var s)) { WriteString(sb, s); return; }
        if (v.TryGetValue<bool>(out var b)) { sb.Append(b ? "true" : "false"); return; }
        if (v.TryGetValue<long>(out var l)) { sb.Append(l.ToString(CultureInfo.InvariantCulture)); return; }
        if (v.TryGetValue<int>(out var i)) { sb.Append(i.ToString(CultureInfo.InvariantCulture)); return; }
        if (v.TryGetValue<double>(out var d)) { sb.Append(ScalarText.Double(d)); return; }
        if (v.TryGetValue<decimal>(out var m)) { sb.Append(m.ToString(CultureInfo.InvariantCulture)); return; }
        if (v.TryGetValue<byte[]>(out var bytes)) { WriteString(sb, Convert.ToBase64String(bytes)); return; }
        sb.Append(v.ToJsonString());
    }

    /// <summary>A JSON string as json.dumps writes it: with ensure_ascii (the default) everything outside printable
    /// ASCII becomes \uXXXX; without it only quotes, backslashes and control characters are escaped.</summary>
    public static void WriteString(StringBuilder sb, string s, bool ensureAscii = true)
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
                    if (c < 0x20 || (ensureAscii && c > 0x7E)) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
