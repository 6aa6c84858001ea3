using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Aws.Cli.Help;

/// <summary>
/// Model documentation (HTML) and the CLI's own reST-ish snippets as roff paragraphs. Covers what the
/// service models use: paragraphs, lists, notes, code, links, emphasis.
/// </summary>
public static partial class HelpText
{
    /// <summary>One block of documentation: a paragraph, a bullet item or a note.</summary>
    public readonly record struct Block(BlockKind Kind, string Roff);

    public enum BlockKind { Paragraph, Bullet, Note, Quote }

    /// <summary>``literal`` as bold, everything else escaped (the CLI's own help strings use only that markup).</summary>
    public static string InlineLiterals(string text)
    {
        var parts = text.Split("``");
        var sb = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
            sb.Append(i % 2 == 1 ? RoffDocument.Bold(parts[i]) : RoffDocument.Escape(parts[i]));
        return ProtectPeriods(sb.ToString());
    }

    /// <summary>HTML documentation as blocks; empty for null or blank documentation.</summary>
    public static IReadOnlyList<Block> FromHtml(string? html)
    {
        var blocks = new List<Block>();
        if (string.IsNullOrWhiteSpace(html)) return blocks;
        var kind = BlockKind.Paragraph;
        var current = new StringBuilder();
        var noteDepth = 0;
        var listDepth = 0;
        var links = new Stack<bool>();
        void Flush()
        {
            var text = Regex.Replace(current.ToString(), "[ \t\r\n\u00a0]+", " ");
            // Markup hugs its text: spaces just inside a font change move outside it.
            text = Regex.Replace(text, @" +(\\fP)", "$1 ");
            text = Regex.Replace(text, @"(\\f[BI](?:\\%)?) +", " $1");
            text = Regex.Replace(text, " {2,}", " ").Trim(' ', KeptSpace[0]).Replace(KeptSpace, " ");
            if (text.StartsWith('.') || text.StartsWith('\'')) text = "\\&" + text;
            var blockKind = noteDepth > 0 && kind == BlockKind.Paragraph ? BlockKind.Note
                : kind == BlockKind.Paragraph && IndentedStart(current.ToString()) ? BlockKind.Quote : kind;
            if (text.Length > 0) blocks.Add(new Block(blockKind, text));
            current.Clear();
        }
        foreach (Match token in Tokens().Matches(html))
        {
            if (token.Groups["text"].Success)
            {
                current.Append(RoffDocument.Escape(WebUtility.HtmlDecode(token.Value), atLineStart: false));
                continue;
            }
            var closing = token.Groups["close"].Value == "/";
            switch (token.Groups["tag"].Value.ToLowerInvariant())
            {
                case "p" or "br" or "ul" or "ol" or "div" or "dl" or "dt" or "dd" or "h1" or "h2" or "h3" or "h4":
                    Flush();
                    break;
                case "li":
                    Flush();
                    listDepth += closing ? -1 : 1;
                    kind = listDepth > 0 ? BlockKind.Bullet : BlockKind.Paragraph;
                    break;
                case "note" or "important":
                    Flush();
                    noteDepth += closing ? -1 : 1;
                    break;
                // bcdoc ends inline markup with a space (reST needs one), hence "Guide\fP ." in the CLI's help.
                case "code" or "b" or "strong":
                    current.Append(closing ? "\\fP " : "\\fB");
                    break;
                case "i" or "em":
                    current.Append(closing ? "\\fP " : "\\fI");
                    break;
                // A link becomes an italic title; bcdoc writes an <a> without href as " text" (no markup).
                case "a" when closing:
                    current.Append(links.Count > 0 && links.Pop() ? "\\fP " : " ");
                    break;
                case "a":
                    var href = token.Value.Contains("href", StringComparison.OrdinalIgnoreCase);
                    links.Push(href);
                    current.Append(href ? "\\fI\\%" : KeptSpace);
                    break;
            }
        }
        Flush();
        return blocks;
    }

    // "<p> <b>Title</b> </p>": bcdoc keeps the space before the markup, and reST reads the indented paragraph
    // as a block quote.
    private static bool IndentedStart(string raw) =>
        raw.Length > 1 && raw[0] == ' ' && raw.TrimStart(' ').StartsWith("\\f", StringComparison.Ordinal);

    // A space that survives whitespace collapsing.
    private const string KeptSpace = "\u0001";

    /// <summary>Writes documentation blocks into the page (bullets as a list, notes as NOTE: blocks).</summary>
    public static void Write(RoffDocument doc, IReadOnlyList<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i].Kind)
            {
                case BlockKind.Bullet:
                    var items = new List<string>();
                    while (i < blocks.Count && blocks[i].Kind == BlockKind.Bullet) items.Add(blocks[i++].Roff);
                    i--;
                    doc.BulletList(items);
                    break;
                case BlockKind.Note:
                    doc.Note(blocks[i].Roff);
                    break;
                case BlockKind.Quote:
                    doc.Indent();
                    doc.Paragraph(blocks[i].Roff);
                    doc.Unindent();
                    break;
                default:
                    doc.Paragraph(blocks[i].Roff);
                    break;
            }
        }
    }

    // docutils writes "\&" between a font change and a period; groff's sentence spacing depends on it.
    internal static string ProtectPeriods(string roff) => roff.Replace("\\fP.", "\\fP\\&.");

    [GeneratedRegex(@"<(?<close>/?)(?<tag>[A-Za-z0-9]+)[^>]*>|(?<text>[^<]+)")]
    private static partial Regex Tokens();
}
