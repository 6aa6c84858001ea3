using Aws.Local.Policy.Documents;
using Aws.Local.Policy.Matching;

namespace Aws.Local.Policy.Evaluation;

/// <summary>A statement that applied to the request (action, resource, principal and conditions all matched).</summary>
public sealed class MatchedStatement
{
    public required PolicySource Source { get; init; }
    public required PolicyStatement Statement { get; init; }
    public required PolicyLayer Layer { get; init; }

    /// <summary>For resource-based statements: how the Principal named the caller.</summary>
    public PrincipalMatchKind PrincipalMatch { get; init; }

    public PolicyEffect Effect => Statement.Effect;

    public override string ToString() => $"{Layer} {Source.Id}#{Statement.Index} {Effect} {Statement.Sid}";
}
