using Aws.JmesPath.Evaluation;

namespace Aws.JmesPath.Parsing;

/// <summary><c>left[*].right</c>, <c>left[]...</c>, slices: apply right to each element, dropping nulls.</summary>
internal sealed class ProjectionNode(Node left, Node right) : Node
{
    public override object? Eval(object? current)
    {
        if (!Val.TryArray(left.Eval(current), out var a)) return null;
        var result = new List<object?>(a.Count);
        for (var i = 0; i < a.Count; i++)
        {
            var v = right.Eval(a[i]);
            if (v is not null) result.Add(v);
        }
        return result;
    }
}

/// <summary><c>left.*.right</c>: project over an object's values.</summary>
internal sealed class ValueProjectionNode(Node left, Node right) : Node
{
    public override object? Eval(object? current)
    {
        if (!Val.TryObject(left.Eval(current), out var o)) return null;
        var result = new List<object?>(o.Count);
        for (var i = 0; i < o.Count; i++)
        {
            var v = right.Eval(o.ValueAt(i));
            if (v is not null) result.Add(v);
        }
        return result;
    }
}

/// <summary><c>left[?condition].right</c>.</summary>
internal sealed class FilterNode(Node left, Node condition, Node right) : Node
{
    public override object? Eval(object? current)
    {
        if (!Val.TryArray(left.Eval(current), out var a)) return null;
        var result = new List<object?>();
        for (var i = 0; i < a.Count; i++)
        {
            var element = a[i];
            if (!Val.IsTruthy(condition.Eval(element))) continue;
            var v = right.Eval(element);
            if (v is not null) result.Add(v);
        }
        return result;
    }
}

/// <summary><c>left[]</c>: one level of nested arrays merged into the outer one.</summary>
internal sealed class FlattenNode(Node child) : Node
{
    public override object? Eval(object? current)
    {
        if (!Val.TryArray(child.Eval(current), out var a)) return null;
        var result = new List<object?>(a.Count);
        for (var i = 0; i < a.Count; i++)
        {
            var element = a[i];
            if (Val.TryArray(element, out var inner))
                for (var j = 0; j < inner.Count; j++) result.Add(inner[j]);
            else
                result.Add(element);
        }
        return result;
    }
}
