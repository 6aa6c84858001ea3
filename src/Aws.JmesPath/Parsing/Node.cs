namespace Aws.JmesPath.Parsing;

/// <summary>
/// An AST node. Nodes are immutable and evaluate themselves (virtual dispatch, no visitor allocation), so one
/// compiled tree can be evaluated by many threads at once.
/// </summary>
internal abstract class Node
{
    /// <summary>Evaluates against <paramref name="current"/> (a runtime value, see Evaluation.Val).</summary>
    public abstract object? Eval(object? current);
}
