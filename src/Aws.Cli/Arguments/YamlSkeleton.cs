using System.Text;
using System.Text.RegularExpressions;
using Aws.Core.Model;

namespace Aws.Cli.Arguments;

/// <summary>
/// "--generate-cli-skeleton yaml-input": the input skeleton as YAML with a comment per structure member
/// ([REQUIRED], the first sentence of its documentation, its enum values), laid out as the CLI's YAML
/// emitter does (sequences at their key's indentation, the first key of a mapping's comment after two spaces).
/// </summary>
internal static partial class YamlSkeleton
{
    private abstract record Node;
    private sealed record Scalar(string Text) : Node;
    private sealed record Seq(List<Node> Items) : Node;
    private sealed record Map(List<(string Key, Node Value, string? Comment)> Entries) : Node;

    public static string Render(OperationModel operation)
    {
        var root = operation.Input is { } input ? Generate(input, input.Name, []) : new Map([]);
        var sb = new StringBuilder();
        if (root is Map { Entries.Count: 0 }) return "{}\n";
        Write(sb, root, 0);
        return sb.ToString();
    }

    private static Node Generate(Shape shape, string? key, List<string?> stack)
    {
        stack.Add(key);
        try
        {
            switch (shape.Type)
            {
                case "structure":
                {
                    var map = new Map([]);
                    if (key is not null && stack.Count(s => s == key) > 1) return map;
                    foreach (var (name, member) in shape.Members)
                        map.Entries.Add((name, Generate(member, CliSkeleton.Key(member, key, name), stack), Comment(member, shape.Required.Contains(name))));
                    return map;
                }
                case "list": return new Seq([Generate(shape.Member, CliSkeleton.Key(shape.Member, key, "member"), stack)]);
                case "map": return new Map([("KeyName", Generate(shape.Value, CliSkeleton.Key(shape.Value, key, "value"), stack), null)]);
                case "blob": return new Scalar("!!binary ''");
                case "string": return new Scalar(Quote(shape.Enum.Count > 0 ? shape.Enum[0] : ""));
                case "integer" or "long": return new Scalar("0");
                case "float" or "double": return new Scalar("0.0");
                case "boolean": return new Scalar("true");
                case "timestamp": return new Scalar("1970-01-01 00:00:00");
                default: return new Scalar("null");
            }
        }
        finally { stack.RemoveAt(stack.Count - 1); }
    }

    private static string? Comment(Shape member, bool required)
    {
        var parts = new List<string>();
        if (required) parts.Add("[REQUIRED]");
        parts.Add(DocOverview.Of(member.Documentation));
        if (member.Enum.Count > 0) parts.Add("Valid values are: " + string.Join(", ", member.Enum) + ".");
        var comment = string.Join(" ", parts);
        return comment.Length == 0 || comment.All(char.IsWhiteSpace) ? null : comment;
    }

    private static void Write(StringBuilder sb, Node node, int indent)
    {
        switch (node)
        {
            case Map map:
                for (var i = 0; i < map.Entries.Count; i++)
                    WriteEntry(sb, map.Entries[i], indent, i == 0, i == 0 ? "" : new string(' ', indent));
                break;
            case Seq seq:
                foreach (var item in seq.Items) WriteItem(sb, item, indent, new string(' ', indent));
                break;
            case Scalar s:
                sb.Append(s.Text).Append('\n');
                break;
        }
    }

    // prefix: what goes before the key on its line (indentation, or nothing right after "- ").
    private static void WriteEntry(StringBuilder sb, (string Key, Node Value, string? Comment) e, int indent, bool first, string prefix)
    {
        sb.Append(prefix).Append(Quote(e.Key)).Append(':');
        var gap = first ? "  # " : " # ";
        switch (e.Value)
        {
            case Scalar s:
                sb.Append(' ').Append(s.Text);
                if (e.Comment is not null) sb.Append(gap).Append(e.Comment);
                sb.Append('\n');
                break;
            case Map { Entries.Count: 0 }:
                sb.Append(" {}");
                if (e.Comment is not null) sb.Append(gap).Append(e.Comment);
                sb.Append('\n');
                break;
            case Map m:
                if (e.Comment is not null) sb.Append(gap).Append(e.Comment);
                sb.Append('\n');
                for (var i = 0; i < m.Entries.Count; i++)
                    WriteEntry(sb, m.Entries[i], indent + 2, i == 0, new string(' ', indent + 2));
                break;
            case Seq q:
                if (e.Comment is not null) sb.Append(gap).Append(e.Comment);
                sb.Append('\n');
                foreach (var item in q.Items) WriteItem(sb, item, indent, new string(' ', indent));
                break;
        }
    }

    private static void WriteItem(StringBuilder sb, Node item, int indent, string prefix)
    {
        switch (item)
        {
            case Scalar s: sb.Append(prefix).Append("- ").Append(s.Text).Append('\n'); break;
            case Map { Entries.Count: 0 }: sb.Append(prefix).Append("- {}\n"); break;
            case Map m:
                for (var i = 0; i < m.Entries.Count; i++)
                    WriteEntry(sb, m.Entries[i], indent + 2, i == 0, i == 0 ? prefix + "- " : new string(' ', indent + 2));
                break;
            case Seq q:
                sb.Append(prefix).Append("- ");
                for (var i = 0; i < q.Items.Count; i++)
                    WriteItem(sb, q.Items[i], indent + 2, i == 0 ? "" : new string(' ', indent + 2));
                break;
        }
    }

    [GeneratedRegex(@"^(true|True|TRUE|false|False|FALSE|null|Null|NULL|~)$")]
    private static partial Regex Keyword();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$|^0x[0-9a-fA-F]+$|^0o[0-7]+$|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$")]
    private static partial Regex Number();

    /// <summary>A string as a YAML scalar: plain when it reads back as the same string, else single-quoted.</summary>
    internal static string Quote(string s)
    {
        var plain = s.Length > 0 && !Keyword().IsMatch(s) && !Number().IsMatch(s)
            && "-?:,[]{}#&*!|>'\"%@`".IndexOf(s[0]) < 0 && !char.IsWhiteSpace(s[0]) && !char.IsWhiteSpace(s[^1])
            && !s.Contains(": ") && !s.Contains(" #") && !s.EndsWith(':') && s.All(c => c >= ' ' && c != '\x7f');
        if (s.Length > 1 && s[0] is '-' or '?' or ':' && s[1] != ' ') plain = !Keyword().IsMatch(s) && !Number().IsMatch(s) && !s.Contains(": ") && !s.Contains(" #");
        return plain ? s : "'" + s.Replace("'", "''") + "'";
    }

}
