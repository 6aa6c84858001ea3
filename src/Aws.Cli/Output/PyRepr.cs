using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Aws.Cli.Output;

/// <summary>Python's repr() of parsed JSON, for the rare case where the CLI str()s a dict or list.</summary>
internal static class PyRepr
{
    public static string Repr(JsonNode? node)
    {
        var sb = new StringBuilder();
        Append(sb, node);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                sb.Append('{');
                var first = true;
                foreach (var (key, value) in obj)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    AppendString(sb, key);
                    sb.Append(": ");
                    Append(sb, value);
                }
                sb.Append('}');
                break;
            case JsonArray arr:
                sb.Append('[');
                for (var i = 0; i < arr.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    Append(sb, arr[i]);
                }
                sb.Append(']');
                break;
            default:
                if (PyValue.Kind(node) == PyKind.Str) AppendString(sb, PyValue.StringValue((JsonValue)node!));
                else sb.Append(PyValue.Str(node));
                break;
        }
    }

    /// <summary>Python's str.isprintable() for one character: not a control, format, surrogate, private-use,
    /// unassigned or separator character (the ASCII space excepted).</summary>
    private static bool IsPrintable(Rune rune) => rune.Value == ' ' || Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.SpaceSeparator => false,
        _ => true,
    };

    private static void AppendString(StringBuilder sb, string s)
    {
        var quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        sb.Append(quote);
        foreach (var rune in s.EnumerateRunes())
        {
            var c = rune.Value;
            if (c == quote || c == '\\') sb.Append('\\').Append((char)c);
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c == '\t') sb.Append("\\t");
            else if (!IsPrintable(rune))
            {
                var hex = c.ToString("x", CultureInfo.InvariantCulture);
                sb.Append(c <= 0xFF ? "\\x" + hex.PadLeft(2, '0') : c <= 0xFFFF ? "\\u" + hex.PadLeft(4, '0') : "\\U" + hex.PadLeft(8, '0'));
            }
            else sb.Append(rune.ToString());
        }
        sb.Append(quote);
    }
}
