namespace Aws.Local.Policy.Conditions;

/// <summary>The positive comparison an operator makes (negated operators invert the overall result).</summary>
public enum Comparison
{
    Equals,
    EqualsIgnoreCase,
    Like,
    LessThan,
    LessThanEquals,
    GreaterThan,
    GreaterThanEquals,
}
