using Aws.JmesPath.Evaluation;

namespace Aws.JmesPath.Parsing;

internal sealed class OrNode(Node left, Node right) : Node
{
    public override object? Eval(object? current)
    {
        var l = left.Eval(current);
        return Val.IsTruthy(l) ? l : right.Eval(current);
    }
}

internal sealed class AndNode(Node left, Node right) : Node
{
    public override object? Eval(object? current)
    {
        var l = left.Eval(current);
        return Val.IsTruthy(l) ? right.Eval(current) : l;
    }
}

internal sealed class NotNode(Node child) : Node
{
    public override object? Eval(object? current) => Val.Bool(!Val.IsTruthy(child.Eval(current)));
}

internal enum Comparison
{
    Eq,
    Ne,
    Lt,
    Lte,
    Gt,
    Gte,
}

internal sealed class ComparatorNode(Comparison op, Node left, Node right) : Node
{
    public override object? Eval(object? current)
    {
        var l = left.Eval(current);
        var r = right.Eval(current);
        switch (op)
        {
            case Comparison.Eq: return Val.Bool(Ops.DeepEquals(l, r));
            case Comparison.Ne: return Val.Bool(!Ops.DeepEquals(l, r));
        }
        var symbol = op switch { Comparison.Lt => "<", Comparison.Lte => "<=", Comparison.Gt => ">", _ => ">=" };
        if (Ops.CompareOrdered(l, r, symbol) is not { } c) return null;
        return Val.Bool(op switch
        {
            Comparison.Lt => c < 0,
            Comparison.Lte => c <= 0,
            Comparison.Gt => c > 0,
            _ => c >= 0,
        });
    }
}
