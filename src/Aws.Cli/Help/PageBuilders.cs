using Aws.Core.Model;

namespace Aws.Cli.Help;

/// <summary>The pages that are not an operation: `aws help`, `aws SERVICE help`, and custom commands.</summary>
public static class PageBuilders
{
    /// <summary>`aws help`: the CLI's description, synopsis, global options and every command.</summary>
    public static RoffDocument Provider(IEnumerable<string> commandNames)
    {
        var doc = new RoffDocument("aws");
        doc.Section("Description");
        doc.Paragraph("The AWS Command Line Interface is a unified tool to manage your AWS services.");
        doc.Section("Synopsis");
        doc.LiteralBlock(["aws [options] <command> <subcommand> [parameters]"]);
        doc.Paragraph("Use \\fIaws command help\\fP for information on a specific command. Use \\fIaws help topics\\fP to view a list of available help topics. The synopsis for each command shows its parameters and their usage. Optional parameters are shown in square brackets.");
        GlobalOptionDocs.Write(doc);
        doc.Section("Available Services");
        doc.BulletList(commandNames.Order(StringComparer.Ordinal).Select(RoffDocument.Escape));
        doc.Section("See Also");
        doc.BulletList(["aws help topics"]);
        return doc;
    }

    /// <summary>`aws SERVICE help`: the service documentation and its commands, sorted.</summary>
    public static RoffDocument Service(ServiceModel service, IEnumerable<string> commandNames, string? documentation)
    {
        var doc = new RoffDocument(service.Name);
        doc.Section("Description");
        HelpText.Write(doc, HelpText.FromHtml(documentation));
        doc.Section("Available Commands");
        doc.BulletList(commandNames.Order(StringComparer.Ordinal).Select(RoffDocument.Escape));
        return doc;
    }

    /// <summary>A custom command or subcommand.</summary>
    public static RoffDocument Custom(CommandDescription command)
    {
        var doc = new RoffDocument(command.Name);
        doc.Section("Description");
        WriteText(doc, command.Description);
        foreach (var (title, text) in command.ExtraSections)
        {
            doc.Section(title);
            WriteText(doc, text);
        }
        doc.Section("Synopsis");
        doc.LiteralBlock(command.Synopsis is { } synopsis ? synopsis.Split('\n') : GeneratedSynopsis(command));
        doc.Section("Options");
        if (command.Arguments.Count == 0) doc.Paragraph("\\fINone\\fP");
        foreach (var arg in command.Arguments)
        {
            doc.Paragraph($"{RoffDocument.Bold(arg.CliName)} ({RoffDocument.Escape(arg.TypeName)})");
            if (arg.Description.Length > 0) doc.Line(HelpText.InlineLiterals(arg.Description));
            if (arg.Choices.Count > 0) doc.BulletList(arg.Choices.Select(RoffDocument.Escape));
        }
        if (command.Subcommands.Count > 0)
        {
            doc.Section("Available Commands");
            doc.BulletList(command.Subcommands.Where(s => !s.Hidden).Select(s => s.Name).Order(StringComparer.Ordinal).Select(RoffDocument.Escape));
        }
        else GlobalOptionDocs.Write(doc);
        return doc;
    }

    // Without a written synopsis the CLI lists every option, then the global ones, as for an operation.
    private static IEnumerable<string> GeneratedSynopsis(CommandDescription command)
    {
        yield return "  " + command.Name;
        foreach (var arg in command.Arguments)
        {
            var text = arg.Positional ? $"<{arg.Name}>" : arg.TypeName == "boolean" ? arg.CliName : $"{arg.CliName} <value>";
            yield return arg.Required ? text : $"[{text}]";
        }
        foreach (var line in GlobalOptionDocs.SynopsisLines) yield return line;
    }

    // Paragraphs separated by blank lines; "* item" lines become bullets.
    private static void WriteText(RoffDocument doc, string text)
    {
        foreach (var para in text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = para.Split('\n');
            if (lines.All(l => l.StartsWith("* ", StringComparison.Ordinal)))
                doc.BulletList(lines.Select(l => HelpText.InlineLiterals(l[2..])));
            else doc.Paragraph(string.Join('\n', lines.Select(HelpText.InlineLiterals)));
        }
    }
}
