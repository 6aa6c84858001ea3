using Aws.Cli.Help;

namespace Aws.Cli.Tests.Help;

/// <summary>Without groff, pages keep groff's layout (margins, literal blocks, bullets), filled but not justified.</summary>
public sealed class FallbackFormatterTests
{
    private static string Fallback(string roff) => ManRenderer.Render(roff, _ => "/nonexistent");

    [Fact]
    public void SynopsisAndSectionsLayOutLikeGroff()
    {
        var roff = HelpRun.Run(["iam", "create-user", "help"], new() { ["AWS_SHARP_HELP_FORMAT"] = "roff" });
        var ours = HelpRun.Sections(Fallback(roff));
        var groff = HelpRun.Sections(HelpRun.Golden("iam-create-user.nodocs.txt"));
        groff.Remove("EXAMPLES");
        Assert.Equal(groff.Keys, ours.Keys);
        foreach (var section in new[] { "NAME", "SYNOPSIS", "OUTPUT" })
            Assert.Equal(groff[section], ours[section]);
        // Filled text has the same words in the same order, only spaced differently.
        // (groff also hyphenates words at line ends, so compare without whitespace and hyphens.)
        static string Words(string s) => new([.. s.Where(c => !char.IsWhiteSpace(c) && c != '-')]);
        foreach (var section in new[] { "DESCRIPTION", "OPTIONS", "GLOBAL OPTIONS" })
            Assert.Equal(Words(groff[section]), Words(ours[section]));
    }

    [Fact]
    public void LongParagraphsWrapAtSeventyEightColumns()
    {
        var doc = new RoffDocument("demo");
        doc.Section("Description");
        doc.Paragraph(string.Join(' ', Enumerable.Repeat("word", 60)));
        var lines = Fallback(doc.ToString()).Split('\n');
        Assert.All(lines, l => Assert.True(l.Length <= 78, l));
        Assert.Contains(lines, l => l.StartsWith("       word word", StringComparison.Ordinal));
    }

    [Fact]
    public void BulletsAndEscapesBecomePlainText()
    {
        var doc = new RoffDocument("demo");
        doc.Section("Options");
        doc.Paragraph(RoffDocument.Bold("--dry-run") + RoffDocument.Escape(" (boolean) \"quoted\" it's a\\back"));
        doc.BulletList(["one", "two"]);
        var text = Fallback(doc.ToString());
        Assert.Contains("       --dry-run (boolean) \"quoted\" it's a\\back\n", text);
        Assert.Contains("       o one\n\n       o two\n", text);
    }
}
