using System.Text;
using Aws.Core.Model;

namespace Aws.Cli.Help;

/// <summary>
/// How help describes a shape: its type name, the member tree ("Key -> (string)"), the JSON syntax and the
/// shorthand syntax examples, following awscli's clidocs and ParamShorthandDocGen.
/// </summary>
public static class ShapeDocs
{
    private static readonly HashSet<string> Scalars = new(StringComparer.Ordinal)
        { "string", "integer", "boolean", "blob", "float", "double", "long", "timestamp", "bigdecimal", "biginteger" };

    public static bool IsScalar(string type) => Scalars.Contains(type);

    public static string TypeName(Shape shape, string? fallback = null)
    {
        if (shape.JsonValue && shape.Location == "header") return "JSON";
        if (shape.Document) return "document";
        if (shape.Type == "blob" && shape.Streaming) return "streaming blob";
        if (shape.Union) return "tagged union structure";
        return fallback ?? shape.Type;
    }

    /// <summary>Children of a shape as (name, shape): members, the list member (no name), or map key and value.</summary>
    public static IEnumerable<(string Name, Shape Shape)> Children(Shape shape) => shape.Type switch
    {
        "structure" => shape.Members.Select(m => (m.Key, m.Value)),
        "list" => [("", shape.Member)],
        "map" => [(shape.Key.LocationName ?? "key", shape.Key), (shape.Value.LocationName ?? "value", shape.Value)],
        _ => [],
    };

    /// <summary>"Name -> (type)" with its documentation and children, indented below it.</summary>
    public static void WriteMember(RoffDocument doc, string name, Shape shape, List<string?> stack)
    {
        if (shape.Name is not null && stack.Contains(shape.Name) && stack.Count(s => s == shape.Name) > 1)
        {
            if (shape.Type == "structure") doc.Paragraph("( ... recursive ... )");
            return;
        }
        stack.Add(shape.Name);
        var type = TypeName(shape);
        doc.Paragraph(name.Length > 0 ? $"{RoffDocument.Escape(name)} \\-> ({RoffDocument.Escape(type)})" : $"({RoffDocument.Escape(type)})");
        doc.Indent();
        HelpText.Write(doc, HelpText.FromHtml(shape.Documentation));
        if (shape.Union) doc.Note(UnionNote(shape));
        foreach (var (childName, child) in Children(shape)) WriteMember(doc, childName, child, stack);
        doc.Unindent();
        stack.RemoveAt(stack.Count - 1);
    }

    public static string UnionNote(Shape shape) =>
        "This is a Tagged Union structure. Only one of the following top level keys can be set: "
        + string.Join(", ", shape.Members.Keys.Select(RoffDocument.Bold)) + ".";

    /// <summary>The JSON Syntax block's lines.</summary>
    public static IReadOnlyList<string> JsonExample(Shape shape)
    {
        var w = new IndentWriter();
        Json(w, shape, []);
        return w.Lines();
    }

    private static string ValueName(Shape shape, bool withEnum = true)
    {
        if (shape.Type == "string")
            return withEnum && shape.Enum.Count > 0 ? string.Join('|', shape.Enum.Select(e => $"\"{e}\"")) : "\"string\"";
        return shape.Type == "boolean" ? "true|false" : shape.Type;
    }

    private static void Json(IndentWriter w, Shape shape, List<string?> stack)
    {
        if (stack.Contains(shape.Name))
        {
            if (stack.Count(s => s == shape.Name) > 1)
            {
                if (shape.Type == "structure") w.Write("{ ... recursive ... }");
                return;
            }
        }
        stack.Add(shape.Name);
        switch (shape.Type)
        {
            case "list":
                w.Write("[");
                if (IsScalar(shape.Member.Type)) w.Write(ValueName(shape.Member) + ", ...");
                else
                {
                    w.Indent(); w.NewLine();
                    Json(w, shape.Member, stack);
                    w.NewLine(); w.Write("...");
                    w.Dedent(); w.NewLine();
                }
                w.Write("]");
                break;
            case "map":
                w.Write("{");
                w.Indent();
                w.Write(ValueName(shape.Key) + ": ");
                if (IsScalar(shape.Value.Type)) w.Write(ValueName(shape.Value));
                else { w.Indent(); Json(w, shape.Value, stack); w.Dedent(); }
                w.NewLine(); w.Write("...");
                w.Dedent();
                w.Write("}");
                break;
            case "structure" when shape.Document:
                w.Write("{...}");
                break;
            case "structure":
                w.Write("{");
                w.Indent(); w.NewLine();
                var members = shape.Members.ToList();
                for (var i = 0; i < members.Count; i++)
                {
                    var (name, member) = (members[i].Key, members[i].Value);
                    if (IsScalar(member.Type)) w.Write($"\"{name}\": {ValueName(member)}");
                    else if (member.Type is "structure" or "map" or "list") { w.Write($"\"{name}\": "); Json(w, member, stack); }
                    if (i < members.Count - 1) { w.Write(","); w.NewLine(); }
                }
                w.Dedent(); w.NewLine();
                w.Write("}");
                break;
        }
        stack.RemoveAt(stack.Count - 1);
    }

    /// <summary>bcdoc's indent-aware writer: indentation is applied when a new line starts.</summary>
    private sealed class IndentWriter
    {
        private readonly StringBuilder _sb = new();
        private int _indent;
        public void Write(string s) => _sb.Append(s);
        public void Indent() => _indent++;
        public void Dedent() => _indent--;
        public void NewLine() => _sb.Append('\n').Append(new string(' ', _indent * 2));
        public IReadOnlyList<string> Lines() => _sb.ToString().Split('\n').Select(l => l.TrimEnd()).ToArray();
    }

    /// <summary>Whether an option gets a Shorthand Syntax block (complex, not document-only).</summary>
    public static bool SupportsShorthand(Shape shape)
    {
        if (IsDocumentContainer(shape)) return false;
        if (shape.Type is not ("structure" or "list" or "map")) return false;
        return shape.Type != "list" || shape.Member.Type is "structure" or "list" or "map";
    }

    private static bool IsDocumentContainer(Shape shape) => shape.Type switch
    {
        "structure" => shape.Document,
        "list" => IsDocumentContainer(shape.Member),
        "map" => IsDocumentContainer(shape.Value),
        _ => false,
    };

    private const int MaxStack = 3;

    /// <summary>The shorthand example, "" when too complex to show, null when the CLI documents none.</summary>
    public static string? ShorthandExample(Shape shape, string cliName, bool oldListCase)
    {
        if (shape.Type == "list" && shape.Member.Type == "structure" && shape.Member.Members.Count == 1 && oldListCase)
        {
            var only = shape.Member.Members.Keys.First();
            var min = shape.GetNumber("min");
            var max = shape.GetNumber("max");
            return min == 1 && max == 1 ? $"{cliName} {only}1" : $"{cliName} {only}1 {only}2 {only}3";
        }
        if (shape.Type == "structure" && shape.Members.Count == 1 && shape.Members.TryGetValue("Value", out var v) && v.Type == "string")
            return null;
        try
        {
            var stack = new List<string?>();
            return shape.Type == "list" ? Shorthand(shape.Member, stack) + " ..." : Shorthand(shape, stack);
        }
        catch (InvalidOperationException)
        {
            return "";
        }
    }

    private static string Shorthand(Shape shape, List<string?> stack)
    {
        if (stack.Count > MaxStack) throw new InvalidOperationException("too complex");
        switch (shape.Type)
        {
            case "structure":
                var parts = shape.Members.Where(m => !IsDocumentContainer(m.Value)).Select(m => MemberShorthand(m.Key, m.Value, stack));
                var inner = string.Join(',', parts);
                return stack.Count == 0 ? inner : "{" + inner + "}";
            case "list":
                stack.Add(shape.Member.Name);
                string element;
                try { element = Shorthand(shape.Member, stack); }
                finally { stack.RemoveAt(stack.Count - 1); }
                return shape.Member.Type is "structure" or "list" or "map" || stack.Count > 1 ? $"[{element},{element}]" : $"{element},{element}";
            case "map":
                var value = Shorthand(shape.Value, stack);
                var start = $"KeyName1={value},KeyName2={value}";
                if (shape.Key.Enum.Count > 0 && stack.Count == 0)
                    start += "\n\nWhere valid key names are:\n" + string.Concat(shape.Key.Enum.Select(e => $"  {e}\n"));
                else if (stack.Count > 0) start = "{" + start + "}";
                return start;
            default:
                return shape.Type;
        }
    }

    private static string MemberShorthand(string name, Shape shape, List<string?> stack)
    {
        if (shape.Name is not null && stack.Contains(shape.Name)) return "( ... recursive ... )";
        stack.Add(shape.Name);
        try { return $"{name}={Shorthand(shape, stack)}"; }
        finally { stack.RemoveAt(stack.Count - 1); }
    }
}
