using Aws.Cli.Arguments;
using Aws.Core.Model;

namespace Aws.Cli.Help;

/// <summary>
/// `aws SERVICE OPERATION help`: NAME, DESCRIPTION, SYNOPSIS, OPTIONS (type, docs, member tree, shorthand and
/// JSON syntax), GLOBAL OPTIONS and OUTPUT, laid out as awscli's OperationDocumentEventHandler does.
/// </summary>
public static class OperationHelp
{
    // awscli ParamShorthand._uses_old_list_case.
    private static readonly HashSet<string> OldListCase = new(StringComparer.Ordinal)
    {
        "firehose put-record-batch records", "workspaces reboot-workspaces reboot-workspace-requests",
        "workspaces rebuild-workspaces rebuild-workspace-requests", "workspaces terminate-workspaces terminate-workspace-requests",
        "elb remove-tags tags", "elb describe-instance-health instances",
        "elb deregister-instances-from-load-balancer instances", "elb register-instances-with-load-balancer instances",
    };

    public static RoffDocument Build(string serviceName, OperationModel operation, ArgumentTable table)
    {
        var name = table.OperationCliName;
        var doc = new RoffDocument(name);
        doc.Section("Description");
        HelpText.Write(doc, HelpText.FromHtml(operation.Documentation));
        if (operation.Service.Metadata.Uid is { } uid)
            doc.Paragraph("See also: AWS API Documentation"); // a reST link to {WebApiBase}/{uid}/{operation}; the man page shows only its title
        if (PaginationResultKeys(operation) is { } resultKeys)
        {
            doc.Paragraph(HelpText.InlineLiterals($"``{name}`` is a paginated operation. Multiple API calls may be issued in order to retrieve the entire data set of results. You can disable pagination by providing the ``--no-paginate`` argument."));
            if (resultKeys.Count > 0)
                doc.Line(HelpText.InlineLiterals("When using ``--output text`` and the ``--query`` argument on a paginated response, the ``--query`` argument must extract data from the results of the following query expressions: " + string.Join(", ", resultKeys.Select(k => $"``{k}``"))));
        }
        if (UsesDocumentTypes(operation))
            doc.Paragraph(HelpText.InlineLiterals($"``{name}`` uses document type values. Document types follow the JSON data model where valid values are: strings, numbers, booleans, null, arrays, and objects. For command input, options and nested parameters that are labeled with the type ``document`` must be provided as JSON. Shorthand syntax does not support document types."));

        var visible = table.Arguments.Where(a => !a.Hidden).ToList();
        doc.Section("Synopsis");
        doc.LiteralBlock(SynopsisLines(name, visible));

        doc.Section("Options");
        if (visible.Count == 0) doc.Paragraph("\\fINone\\fP");
        var documentedGroups = new HashSet<string>(StringComparer.Ordinal);
        foreach (var arg in visible)
        {
            if (arg.GroupName is { } group && !documentedGroups.Add(group)) continue;
            WriteOption(doc, serviceName, name, arg, visible);
        }
        GlobalOptionDocs.Write(doc);

        doc.Section("Output");
        var output = operation.Output;
        if (output is null || output.Members.Count == 0) doc.Paragraph("None");
        else
            foreach (var (memberName, member) in output.Members)
                ShapeDocs.WriteMember(doc, memberName, member, []);
        return doc;
    }

    /// <summary>The synopsis: the command, each option ("[--x <value>]", groups joined by " | "), the globals.</summary>
    public static IEnumerable<string> SynopsisLines(string commandName, IReadOnlyList<CliArgument> visible)
    {
        yield return "  " + commandName;
        var groups = new HashSet<string>(StringComparer.Ordinal);
        foreach (var arg in visible)
        {
            string text;
            if (arg.GroupName is { } group)
            {
                if (!groups.Add(group)) continue;
                text = string.Join(" | ", visible.Where(a => a.GroupName == group).Select(a => a.CliName));
            }
            else text = arg.IsPositional ? $"<{arg.CliName}>" : $"{arg.CliName} <value>";
            yield return arg.Required ? text : $"[{text}]";
        }
        foreach (var line in GlobalOptionDocs.SynopsisLines) yield return line;
    }

    private static void WriteOption(RoffDocument doc, string serviceName, string operationName, CliArgument arg, List<CliArgument> visible)
    {
        var title = arg.GroupName is { } group
            ? string.Join(" | ", visible.Where(a => a.GroupName == group).Select(a => RoffDocument.Bold(a.CliName)))
            : RoffDocument.Bold(arg.CliName);
        var shape = arg.Shape;
        var type = shape is null ? arg.TypeName : ShapeDocs.TypeName(shape, arg.TypeName);
        doc.Paragraph($"{title} ({RoffDocument.Escape(type)})");

        var html = arg.Documentation is { } d && d.TrimStart().StartsWith('<') ? d : null;
        if (arg.Documentation is not null && html is null)
            doc.Line(HelpText.InlineLiterals(arg.Documentation)); // the CLI's own plain help joins the title line
        var blocks = HelpText.FromHtml(html);
        var hasChildren = shape is not null && shape.Type is "structure" or "list" or "map";
        var hasNotes = shape is not null && ((shape.Type == "blob" && shape.Streaming) || shape.Union);
        if (blocks.Count > 0 || hasNotes || (shape is not null && shape.Enum.Count > 0))
        {
            doc.Indent();
            HelpText.Write(doc, blocks);
            if (shape is not null) WriteDetails(doc, shape);
            doc.Unindent();
        }
        else if (hasChildren)
            WriteUndocumentedChildren(doc, shape!);

        if (shape is not null && !(arg.GroupName is not null && arg.TakesNoValue))
            WriteExamples(doc, serviceName, operationName, arg, shape);
    }

    private static void WriteDetails(RoffDocument doc, Shape shape)
    {
        if (shape.Type == "blob" && shape.Streaming)
            doc.Note(HelpText.InlineLiterals("This argument is of type: streaming blob. Its value must be the path to a file (e.g. ``path/to/file``) and must ")
                + RoffDocument.Bold("not") + HelpText.InlineLiterals(" be prefixed with ``file://`` or ``fileb://``"));
        if (shape.Union) doc.Note(ShapeDocs.UnionNote(shape));
        if (shape.Type == "string" && shape.Enum.Count > 0)
        {
            doc.Paragraph("Possible values:");
            doc.BulletList(shape.Enum.Select(RoffDocument.Bold));
        }
        foreach (var (childName, child) in ShapeDocs.Children(shape))
            ShapeDocs.WriteMember(doc, childName, child, [shape.Name]);
    }

    // With no documentation the CLI's reST puts the first child on the option's title line and the rest in a
    // block quote under it; docutils renders exactly that, so we do too.
    private static void WriteUndocumentedChildren(RoffDocument doc, Shape shape)
    {
        var children = ShapeDocs.Children(shape).ToList();
        var stack = new List<string?> { shape.Name };
        var (firstName, first) = children[0];
        var firstType = ShapeDocs.TypeName(first);
        doc.Line(firstName.Length > 0 ? $"{RoffDocument.Escape(firstName)} \\-> ({firstType})" : $"({firstType})");
        var grandChildren = ShapeDocs.Children(first).ToList();
        if (grandChildren.Count > 0 || children.Count > 1)
        {
            doc.Indent();
            stack.Add(first.Name);
            foreach (var (n, s) in grandChildren) ShapeDocs.WriteMember(doc, n, s, stack);
            stack.RemoveAt(stack.Count - 1);
            foreach (var (n, s) in children.Skip(1)) ShapeDocs.WriteMember(doc, n, s, stack);
            doc.Unindent();
        }
    }

    private static void WriteExamples(RoffDocument doc, string serviceName, string operationName, CliArgument arg, Shape shape)
    {
        if (ShapeDocs.SupportsShorthand(shape))
        {
            var example = ShapeDocs.ShorthandExample(shape, arg.CliName, OldListCase.Contains($"{serviceName} {operationName} {arg.Name}"));
            if (example is null) return;
            if (example.Length > 0)
            {
                doc.Paragraph("Shorthand Syntax:");
                // Multi-line examples (map keys with an enum) come out with the first line 2 further in, as the CLI's.
                var lines = example.TrimEnd('\n').Split('\n');
                if (lines.Length > 1) lines[0] = "  " + lines[0];
                doc.LiteralBlock(lines);
            }
        }
        if (shape.Type == "list" && ShapeDocs.IsScalar(shape.Member.Type))
        {
            var member = shape.Member;
            var t = member.Type == "string" ? "\"string\"" : member.Type == "boolean" ? "true|false" : member.Type;
            doc.Paragraph("Syntax:");
            var lines = new List<string> { $"{t} {t} ..." };
            if (member.Type == "string" && member.Enum.Count > 0)
            {
                lines.Add("");
                lines.Add("Where valid values are:");
                lines.AddRange(member.Enum.Select(e => "    " + e));
            }
            doc.LiteralBlock(lines);
        }
        else if (!ShapeDocs.IsScalar(arg.TypeName))
        {
            doc.Paragraph("JSON Syntax:");
            doc.LiteralBlock(ShapeDocs.JsonExample(shape));
        }
    }

    private static List<string>? PaginationResultKeys(OperationModel operation)
    {
        var all = operation.Service.Paginators;
        if (all.ValueKind != System.Text.Json.JsonValueKind.Object || !all.TryGetProperty(operation.Name, out var p)
            || p.ValueKind != System.Text.Json.JsonValueKind.Object) return null;
        if (!p.TryGetProperty("result_key", out var keys)) return [];
        return keys.ValueKind == System.Text.Json.JsonValueKind.Array
            ? keys.EnumerateArray().Select(k => k.GetString() ?? "").ToList()
            : [keys.GetString() ?? ""];
    }

    private static bool UsesDocumentTypes(OperationModel operation)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        bool Walk(Shape? shape)
        {
            if (shape is null) return false;
            if (shape.Document) return true;
            if (shape.Name is not null && !seen.Add(shape.Name)) return false;
            return ShapeDocs.Children(shape).Any(c => Walk(c.Shape));
        }
        return Walk(operation.Input) || Walk(operation.Output);
    }
}
