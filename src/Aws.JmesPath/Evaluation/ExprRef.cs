using Aws.JmesPath.Parsing;

namespace Aws.JmesPath.Evaluation;

/// <summary>The value of <c>&amp;expr</c>: an expression that functions such as sort_by apply to elements.</summary>
internal sealed class ExprRef(Node node)
{
    public object? Apply(object? value) => node.Eval(value);
}
