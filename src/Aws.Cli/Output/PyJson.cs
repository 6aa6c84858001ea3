using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Aws.Cli.Output;

/// <summary>Python's json.dump(..., ensure_ascii=False): indent 4 (or compact), ", "/": " separators,
/// non-ASCII kept, floats as repr(), Infinity/NaN for non-finite floats.</summary>
internal static class PyJson
{
    /// <param name="indent">Spaces per level, or null for Python's one-line default (", " and ": ").</param>
    public static void Write(StringBuilder sb, JsonNode? node, int? indent, int level = 0)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj.Count == 0) { sb.Append("{}"); return; }
                sb.Append('{');
                var first = true;
                foreach (var (key, value) in obj)
                {
                    Separator(sb, indent, level + 1, ref first);
                    WriteString(sb, key);
                    sb.Append(": ");
                    Write(sb, value, indent, level + 1);
                }
                Close(sb, indent, level, '}');
                return;
            case JsonArray arr:
                if (arr.Count == 0) { sb.Append("[]"); return; }
                sb.Append('[');
                var firstItem = true;
                foreach (var item in arr)
                {
                    Separator(sb, indent, level + 1, ref firstItem);
                    Write(sb, item, indent, level + 1);
                }
                Close(sb, indent, level, ']');
                return;
        }
        switch (PyValue.Kind(node))
        {
            case PyKind.None: sb.Append("null"); break;
            case PyKind.Bool: sb.Append(PyValue.BoolValue((JsonValue)node!) ? "true" : "false"); break;
            case PyKind.Int: sb.Append(PyValue.IntText((JsonValue)node!)); break;
            case PyKind.Float: sb.Append(Float(PyValue.FloatValue((JsonValue)node!))); break;
            default: WriteString(sb, PyValue.StringValue((JsonValue)node!)); break;
        }
    }

    public static string Float(double d) =>
        double.IsNaN(d) ? "NaN" : double.IsPositiveInfinity(d) ? "Infinity" : double.IsNegativeInfinity(d) ? "-Infinity" : PyFloat.Repr(d);

    private static void Separator(StringBuilder sb, int? indent, int level, ref bool first)
    {
        if (!first) sb.Append(indent is null ? ", " : ",");
        first = false;
        if (indent is { } n) sb.Append('\n').Append(' ', n * level);
    }

    private static void Close(StringBuilder sb, int? indent, int level, char bracket)
    {
        if (indent is { } n) sb.Append('\n').Append(' ', n * level);
        sb.Append(bracket);
    }

    /// <summary>ensure_ascii=False: only quotes, backslashes and control characters are escaped.</summary>
    public static void WriteString(StringBuilder sb, string s) => Aws.Core.Protocols.Formats.PythonJson.WriteString(sb, s, ensureAscii: false);
}
