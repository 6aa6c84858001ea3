namespace Aws.Local.Policy.Documents;

/// <summary>
/// A Principal or NotPrincipal element: either the bare wildcard <c>"*"</c> or a map from principal type
/// ("AWS", "Service", "Federated", "CanonicalUser") to its values.
/// </summary>
public sealed class PrincipalBlock
{
    public static readonly PrincipalBlock Wildcard = new(true, new Dictionary<string, IReadOnlyList<string>>());

    public PrincipalBlock(bool isWildcard, IReadOnlyDictionary<string, IReadOnlyList<string>> values)
    {
        IsWildcard = isWildcard;
        Values = values;
    }

    /// <summary>True for <c>"Principal": "*"</c> (everyone, including anonymous callers).</summary>
    public bool IsWildcard { get; }

    /// <summary>Principal type to values, in document order. Type names are matched case-sensitively like AWS.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Values { get; }

    public IReadOnlyList<string> Get(string type) => Values.TryGetValue(type, out var v) ? v : [];
}
