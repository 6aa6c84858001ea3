using Aws.JmesPath.Evaluation;

namespace Aws.JmesPath.Parsing;

/// <summary><c>@</c>, and the implicit right side of projections.</summary>
internal sealed class CurrentNode : Node
{
    public static readonly CurrentNode Instance = new();

    public override object? Eval(object? current) => current;
}

/// <summary>A literal (<c>`json`</c> or <c>'raw'</c>); its value is shared, so never mutated.</summary>
internal sealed class LiteralNode(object? value) : Node
{
    public override object? Eval(object? current) => value;
}

internal sealed class FieldNode(string name) : Node
{
    public string Name => name;

    public override object? Eval(object? current) =>
        Val.TryObject(current, out var o) && o.TryGet(name, out var v) ? v : null;
}

/// <summary><c>left.right</c>, <c>left[index]</c> and <c>left | right</c>: evaluate right against left's result.</summary>
internal sealed class ChainNode(Node left, Node right, bool isIndexExpression = false) : Node
{
    /// <summary>
    /// Built from brackets (<c>x[0]</c>, <c>x[0][1:2]</c>): jmespath.py appends further brackets to such a chain,
    /// so a slice right after an index does not start a projection there.
    /// </summary>
    public bool IsIndexExpression => isIndexExpression;

    public override object? Eval(object? current) => right.Eval(left.Eval(current));
}

internal sealed class IndexNode(long index) : Node
{
    public override object? Eval(object? current)
    {
        if (!Val.TryArray(current, out var a)) return null;
        var i = index < 0 ? index + a.Count : index;
        return i >= 0 && i < a.Count ? a[(int)i] : null;
    }
}

/// <summary><c>[start:stop:step]</c> with Python's slice semantics.</summary>
internal sealed class SliceNode(long? start, long? stop, long? step) : Node
{
    public override object? Eval(object? current)
    {
        if (!Val.TryArray(current, out var a)) return null;
        var st = step ?? 1;
        if (st == 0) throw new JmesPathException(JmesPathErrorKind.InvalidValue, "slice step cannot be zero");
        long n = a.Count;
        var lower = st > 0 ? 0 : -1;
        var upper = st > 0 ? n : n - 1;
        var from = Clamp(start, st > 0 ? lower : upper, n, lower, upper);
        var to = Clamp(stop, st > 0 ? upper : lower, n, lower, upper);
        var result = new List<object?>();
        if (st > 0)
            for (var i = from; i < to; i += st) result.Add(a[(int)i]);
        else
            for (var i = from; i > to; i += st) result.Add(a[(int)i]);
        return result;
    }

    private static long Clamp(long? value, long dflt, long n, long lower, long upper)
    {
        if (value is not { } v) return dflt;
        if (v < 0)
        {
            v += n;
            return v < lower ? lower : v;
        }
        return v > upper ? upper : v;
    }
}
