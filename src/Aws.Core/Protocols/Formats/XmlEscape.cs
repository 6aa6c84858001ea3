using System.Buffers;
using System.Text;

namespace Aws.Core.Protocols.Formats;

/// <summary>ElementTree's escaping of text and attribute values; text without special characters is copied as is.</summary>
internal static class XmlEscape
{
    private static readonly SearchValues<char> TextSpecial = SearchValues.Create("&<>");
    private static readonly SearchValues<char> AttributeSpecial = SearchValues.Create("&<>\"\n\r\t");

    public static void Text(StringBuilder sb, string text)
    {
        var span = text.AsSpan();
        while (true)
        {
            var i = span.IndexOfAny(TextSpecial);
            if (i < 0) { sb.Append(span); return; }
            sb.Append(span[..i]).Append(span[i] switch { '&' => "&amp;", '<' => "&lt;", _ => "&gt;" });
            span = span[(i + 1)..];
        }
    }

    public static void Attribute(StringBuilder sb, string text)
    {
        var span = text.AsSpan();
        while (true)
        {
            var i = span.IndexOfAny(AttributeSpecial);
            if (i < 0) { sb.Append(span); return; }
            sb.Append(span[..i]).Append(span[i] switch
            {
                '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", '\n' => "&#10;", '\r' => "&#13;", _ => "&#09;",
            });
            span = span[(i + 1)..];
        }
    }
}
