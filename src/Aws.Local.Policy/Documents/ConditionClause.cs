using Aws.Local.Policy.Conditions;

namespace Aws.Local.Policy.Documents;

/// <summary>One operator/key pair of a Condition block with its values (values are OR'ed, clauses AND'ed).</summary>
public sealed class ConditionClause
{
    public ConditionClause(string operatorName, string key, IReadOnlyList<string> values)
    {
        OperatorName = operatorName;
        Operator = ConditionOperator.Parse(operatorName);
        Key = key;
        Values = values;
    }

    /// <summary>The operator as written, e.g. <c>ForAnyValue:StringLikeIfExists</c>.</summary>
    public string OperatorName { get; }

    /// <summary>The parsed operator; <see cref="ConditionOperator.IsKnown"/> is false for names AWS does not define.</summary>
    public ConditionOperator Operator { get; }

    /// <summary>The condition key as written, e.g. <c>aws:PrincipalTag/dept</c>.</summary>
    public string Key { get; }

    /// <summary>Values as strings; JSON booleans and numbers keep their JSON text (<c>true</c>, <c>10</c>).</summary>
    public IReadOnlyList<string> Values { get; }
}
