namespace Aws.Local.Policy.Conditions;

/// <summary>
/// A parsed condition operator name: optional <c>ForAnyValue:</c>/<c>ForAllValues:</c> prefix, the base operator,
/// and an optional <c>IfExists</c> suffix (not allowed on Null). Names are case-sensitive as in IAM.
/// </summary>
public sealed class ConditionOperator
{
    private static readonly Dictionary<string, (OperatorFamily Family, Comparison Comparison, bool Negated)> Bases =
        new(StringComparer.Ordinal)
        {
            ["StringEquals"] = (OperatorFamily.String, Comparison.Equals, false),
            ["StringNotEquals"] = (OperatorFamily.String, Comparison.Equals, true),
            ["StringEqualsIgnoreCase"] = (OperatorFamily.String, Comparison.EqualsIgnoreCase, false),
            ["StringNotEqualsIgnoreCase"] = (OperatorFamily.String, Comparison.EqualsIgnoreCase, true),
            ["StringLike"] = (OperatorFamily.String, Comparison.Like, false),
            ["StringNotLike"] = (OperatorFamily.String, Comparison.Like, true),
            ["NumericEquals"] = (OperatorFamily.Numeric, Comparison.Equals, false),
            ["NumericNotEquals"] = (OperatorFamily.Numeric, Comparison.Equals, true),
            ["NumericLessThan"] = (OperatorFamily.Numeric, Comparison.LessThan, false),
            ["NumericLessThanEquals"] = (OperatorFamily.Numeric, Comparison.LessThanEquals, false),
            ["NumericGreaterThan"] = (OperatorFamily.Numeric, Comparison.GreaterThan, false),
            ["NumericGreaterThanEquals"] = (OperatorFamily.Numeric, Comparison.GreaterThanEquals, false),
            ["DateEquals"] = (OperatorFamily.Date, Comparison.Equals, false),
            ["DateNotEquals"] = (OperatorFamily.Date, Comparison.Equals, true),
            ["DateLessThan"] = (OperatorFamily.Date, Comparison.LessThan, false),
            ["DateLessThanEquals"] = (OperatorFamily.Date, Comparison.LessThanEquals, false),
            ["DateGreaterThan"] = (OperatorFamily.Date, Comparison.GreaterThan, false),
            ["DateGreaterThanEquals"] = (OperatorFamily.Date, Comparison.GreaterThanEquals, false),
            ["Bool"] = (OperatorFamily.Bool, Comparison.Equals, false),
            ["BinaryEquals"] = (OperatorFamily.Binary, Comparison.Equals, false),
            ["IpAddress"] = (OperatorFamily.IpAddress, Comparison.Equals, false),
            ["NotIpAddress"] = (OperatorFamily.IpAddress, Comparison.Equals, true),
            // ArnEquals and ArnLike behave identically: per-part wildcard matching.
            ["ArnEquals"] = (OperatorFamily.Arn, Comparison.Like, false),
            ["ArnLike"] = (OperatorFamily.Arn, Comparison.Like, false),
            ["ArnNotEquals"] = (OperatorFamily.Arn, Comparison.Like, true),
            ["ArnNotLike"] = (OperatorFamily.Arn, Comparison.Like, true),
            ["Null"] = (OperatorFamily.Null, Comparison.Equals, false),
        };

    private ConditionOperator(string name)
    {
        Name = name;
        BaseName = name;
    }

    public string Name { get; }

    /// <summary>The operator without prefix and suffix, e.g. "StringLike".</summary>
    public string BaseName { get; private init; }

    public OperatorFamily Family { get; private init; }
    public Comparison Comparison { get; private init; }
    public bool Negated { get; private init; }
    public bool IfExists { get; private init; }
    public SetQualifier Set { get; private init; }
    public bool IsKnown => Family != OperatorFamily.Unknown;

    /// <summary>All base operator names AWS defines.</summary>
    public static IEnumerable<string> BaseNames => Bases.Keys;

    public static ConditionOperator Parse(string name)
    {
        var rest = name;
        var set = SetQualifier.None;
        if (rest.StartsWith("ForAnyValue:", StringComparison.Ordinal))
        {
            set = SetQualifier.ForAnyValue;
            rest = rest["ForAnyValue:".Length..];
        }
        else if (rest.StartsWith("ForAllValues:", StringComparison.Ordinal))
        {
            set = SetQualifier.ForAllValues;
            rest = rest["ForAllValues:".Length..];
        }
        bool ifExists = false;
        if (rest.EndsWith("IfExists", StringComparison.Ordinal) && rest != "IfExists")
        {
            ifExists = true;
            rest = rest[..^"IfExists".Length];
        }
        if (!Bases.TryGetValue(rest, out var b) || (ifExists && b.Family == OperatorFamily.Null))
            return new ConditionOperator(name);
        return new ConditionOperator(name)
        {
            BaseName = rest,
            Family = b.Family,
            Comparison = b.Comparison,
            Negated = b.Negated,
            IfExists = ifExists,
            Set = set,
        };
    }

    /// <summary>Policy variables are substituted in String, Arn and Bool condition values only.</summary>
    public bool SupportsVariables => Family is OperatorFamily.String or OperatorFamily.Arn or OperatorFamily.Bool;

    public override string ToString() => Name;
}
