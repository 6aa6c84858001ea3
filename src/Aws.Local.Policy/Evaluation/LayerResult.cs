using Aws.Local.Policy.Context;
using Aws.Local.Policy.Documents;
using Aws.Local.Policy.Matching;

namespace Aws.Local.Policy.Evaluation;

/// <summary>The statements of one policy type that applied to the request.</summary>
internal sealed class LayerResult
{
    public static readonly LayerResult Empty = new(PolicyLayer.Identity, present: false);

    private LayerResult(PolicyLayer layer, bool present)
    {
        Layer = layer;
        Present = present;
    }

    public PolicyLayer Layer { get; }

    /// <summary>False when the request has no policy of this type (so it neither grants nor limits).</summary>
    public bool Present { get; }

    public List<MatchedStatement> Allows { get; } = [];
    public List<MatchedStatement> Denies { get; } = [];

    public bool Allowed => Allows.Count > 0;
    public bool Denied => Denies.Count > 0;

    /// <summary>The strongest principal match among Allow statements (resource-based layer only).</summary>
    public PrincipalMatchKind BestAllowMatch =>
        Allows.Count == 0 ? PrincipalMatchKind.None : Allows.Max(a => a.PrincipalMatch);

    public static LayerResult Evaluate(PolicyLayer layer, IReadOnlyList<PolicySource> sources, RequestContext context,
        ContextKeyMap keys, ICollection<string>? missingKeys)
    {
        var result = new LayerResult(layer, present: sources.Count > 0);
        foreach (var source in sources)
        {
            foreach (var statement in source.Document.Statements)
            {
                var match = StatementMatcher.Match(source, statement, layer, context, keys, missingKeys);
                if (match is null)
                    continue;
                (match.Effect == PolicyEffect.Deny ? result.Denies : result.Allows).Add(match);
            }
        }
        return result;
    }
}
