using Aws.Local.Policy.Context;
using Aws.Local.Policy.Documents;
using Aws.Local.Policy.Matching;

namespace Aws.Local.Policy.Conditions;

/// <summary>
/// Evaluates a statement's Condition block: clauses are AND'ed, a clause's values are OR'ed (NOR for negated
/// operators). A missing key makes positive operators false and negated operators true, except that IfExists and
/// ForAllValues are true and Null tests presence itself.
/// </summary>
public static class ConditionEvaluator
{
    /// <summary>True when every clause holds. Keys the clauses needed but the context lacked go to <paramref name="missingKeys"/>.</summary>
    public static bool Evaluate(IReadOnlyList<ConditionClause> clauses, ContextKeyMap keys, bool variables,
        ICollection<string>? missingKeys = null)
    {
        bool all = true;
        foreach (var clause in clauses)
        {
            // Keep going after a failure only to collect every missing key.
            if (!Evaluate(clause, keys, variables, missingKeys))
            {
                all = false;
                if (missingKeys is null)
                    return false;
            }
        }
        return all;
    }

    public static bool Evaluate(ConditionClause clause, ContextKeyMap keys, bool variables,
        ICollection<string>? missingKeys = null)
    {
        var op = clause.Operator;
        if (!op.IsKnown)
            return false;
        bool present = keys.TryGetValues(clause.Key, out var requestValues) && requestValues.Count > 0;
        if (!present && missingKeys is not null && !missingKeys.Contains(clause.Key, StringComparer.OrdinalIgnoreCase))
            missingKeys.Add(clause.Key);

        if (op.Family == OperatorFamily.Null)
        {
            // {"Null": {"key": "true"}} holds when the key is absent; "false" when present.
            foreach (var v in clause.Values)
            {
                if (bool.TryParse(v, out var wantAbsent) && wantAbsent == !present)
                    return true;
            }
            return false;
        }

        if (!present)
            return op.IfExists || op.Set == SetQualifier.ForAllValues || op.Negated;

        var policyValues = Resolve(clause, keys, variables && op.SupportsVariables);
        bool MatchesAnyPolicyValue(string requestValue)
        {
            foreach (var pv in policyValues)
            {
                if (ValueComparer.Matches(op, requestValue, pv))
                    return true;
            }
            return false;
        }

        return op.Set switch
        {
            SetQualifier.ForAnyValue => requestValues.Any(v => MatchesAnyPolicyValue(v) != op.Negated),
            SetQualifier.ForAllValues => requestValues.All(v => MatchesAnyPolicyValue(v) != op.Negated),
            _ => requestValues.Any(MatchesAnyPolicyValue) != op.Negated,
        };
    }

    private static List<Glob> Resolve(ConditionClause clause, ContextKeyMap keys, bool variables)
    {
        var list = new List<Glob>(clause.Values.Count);
        foreach (var v in clause.Values)
        {
            // A value whose variable cannot be resolved matches nothing.
            if (PolicyVariables.Resolve(v, keys, variables) is { } glob)
                list.Add(glob);
        }
        return list;
    }
}
