namespace Aws.JmesPath.Parsing;

/// <summary><c>[a, b]</c>: null when the current value is null.</summary>
internal sealed class MultiSelectListNode(Node[] items) : Node
{
    public override object? Eval(object? current)
    {
        if (current is null) return null;
        var result = new List<object?>(items.Length);
        foreach (var item in items) result.Add(item.Eval(current));
        return result;
    }
}

/// <summary><c>{k: a, ...}</c>: null when the current value is null; a repeated key keeps its first position.</summary>
internal sealed class MultiSelectHashNode(KeyValuePair<string, Node>[] pairs) : Node
{
    public override object? Eval(object? current)
    {
        if (current is null) return null;
        var result = new OrderedDictionary<string, object?>(pairs.Length, StringComparer.Ordinal);
        foreach (var (key, node) in pairs) result[key] = node.Eval(current);
        return result;
    }
}
