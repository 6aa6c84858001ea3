namespace Aws.Local.Policy.Documents;

/// <summary>One statement of a policy document. Absent elements are null (distinct from an empty list).</summary>
public sealed class PolicyStatement
{
    public string? Sid { get; init; }
    public PolicyEffect Effect { get; init; }
    public IReadOnlyList<string>? Action { get; init; }
    public IReadOnlyList<string>? NotAction { get; init; }
    public IReadOnlyList<string>? Resource { get; init; }
    public IReadOnlyList<string>? NotResource { get; init; }
    public PrincipalBlock? Principal { get; init; }
    public PrincipalBlock? NotPrincipal { get; init; }
    public IReadOnlyList<ConditionClause> Conditions { get; init; } = [];

    /// <summary>Zero-based index of the statement in the document.</summary>
    public int Index { get; init; }

    /// <summary>Position just past the statement's opening brace (IAM simulator convention).</summary>
    public TextPosition StartPosition { get; init; }

    /// <summary>Position just past the statement's closing brace (IAM simulator convention).</summary>
    public TextPosition EndPosition { get; init; }
}
