using Aws.JmesPath.Evaluation;
using Aws.JmesPath.Functions;

namespace Aws.JmesPath.Parsing;

/// <summary><c>&amp;expr</c>: evaluates to a reference that functions apply to elements.</summary>
internal sealed class ExprRefNode : Node
{
    private readonly ExprRef reference;

    public ExprRefNode(Node expression) => reference = new ExprRef(expression);

    public override object? Eval(object? current) => reference;
}

/// <summary>
/// <c>name(args)</c>. As in jmespath.py, unknown names and wrong arity are errors only when the call is evaluated.
/// </summary>
internal sealed class FunctionCallNode(string name, Node[] args) : Node
{
    private readonly FunctionDef? function = BuiltinFunctions.Find(name);

    public override object? Eval(object? current)
    {
        var values = new object?[args.Length];
        for (var i = 0; i < args.Length; i++) values[i] = args[i].Eval(current);
        if (function is null)
            throw new JmesPathException(JmesPathErrorKind.UnknownFunction, $"Unknown function: {name}()");
        return function.Invoke(values);
    }
}
