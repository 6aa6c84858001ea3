namespace Aws.Local.Policy.Conditions;

/// <summary>The set operator prefix for multivalued keys.</summary>
public enum SetQualifier
{
    None,

    /// <summary><c>ForAnyValue:</c> at least one request value must match (false when the key is absent).</summary>
    ForAnyValue,

    /// <summary><c>ForAllValues:</c> every request value must match (true when the key is absent or empty).</summary>
    ForAllValues,
}
