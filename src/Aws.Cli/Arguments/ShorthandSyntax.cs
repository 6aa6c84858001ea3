using System.Text;
using Aws.Core.Model;

namespace Aws.Cli.Arguments;

/// <summary>
/// The "Shorthand Syntax" example help shows for an option (awscli's ParamShorthandDocGen), e.g.
/// <c>Key=string,Value=string ...</c>. Null when the option has no shorthand form.
/// </summary>
public static class ShorthandSyntax
{
    private const int MaxDepth = 3;
    private sealed class TooComplex : Exception;

    public static string? Example(CliArgument argument, string service, string operation)
    {
        if (argument.Shape is not { } shape || !ValueUnpacker.SupportsShorthand(shape)) return null;
        if (shape.IsList && shape.Member.IsStructure && shape.Member.Members.Count == 1
            && ValueUnpacker.IsOldListCase(service, operation, argument.Name))
        {
            var member = shape.Member.Members.Keys.First();
            return shape.GetNumber("min") == 1 && shape.GetNumber("max") == 1
                ? $"{argument.CliName} {member}1"
                : $"{argument.CliName} {member}1 {member}2 {member}3";
        }
        if (shape.IsStructure && shape.Members.Count == 1 && shape.Members.TryGetValue("Value", out var v) && v.Type == "string")
            return null;
        var stack = new List<string?>();
        try
        {
            return shape.IsList ? Docs(shape.Member, stack) + " ..." : Docs(shape, stack);
        }
        catch (TooComplex)
        {
            return "";
        }
    }

    private static string Docs(Shape shape, List<string?> stack)
    {
        if (stack.Count > MaxDepth) throw new TooComplex();
        return shape.Type switch
        {
            "structure" => StructureDocs(shape, stack),
            "list" => ListDocs(shape, stack),
            "map" => MapDocs(shape, stack),
            _ => shape.Type,
        };
    }

    private static string ListDocs(Shape shape, List<string?> stack)
    {
        stack.Add(shape.Member.Name);
        string element;
        try { element = Docs(shape.Member, stack); }
        finally { stack.RemoveAt(stack.Count - 1); }
        return shape.Member.IsStructure || shape.Member.IsList || shape.Member.IsMap || stack.Count > 1
            ? $"[{element},{element}]" : $"{element},{element}";
    }

    private static string MapDocs(Shape shape, List<string?> stack)
    {
        var value = Docs(shape.Value, stack);
        var text = $"KeyName1={value},KeyName2={value}";
        if (shape.Key.Enum.Count > 0 && stack.Count == 0)
        {
            var sb = new StringBuilder(text).Append("\n\nWhere valid key names are:\n");
            foreach (var e in shape.Key.Enum) sb.Append("  ").Append(e).Append('\n');
            return sb.ToString();
        }
        return stack.Count > 0 ? "{" + text + "}" : text;
    }

    private static string StructureDocs(Shape shape, List<string?> stack)
    {
        var parts = new List<string>();
        foreach (var (name, member) in shape.Members)
        {
            if (ShorthandCoercion.IsDocumentContainer(member)) continue;
            if (member.Name is not null && stack.Contains(member.Name)) { parts.Add($"{name}=( ... recursive ... )"); continue; }
            stack.Add(member.Name);
            try { parts.Add($"{name}={Docs(member, stack)}"); }
            finally { stack.RemoveAt(stack.Count - 1); }
        }
        var inner = string.Join(",", parts);
        return stack.Count == 0 ? inner : "{" + inner + "}";
    }
}
