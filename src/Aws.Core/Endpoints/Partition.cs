using System.Text.RegularExpressions;

namespace Aws.Core.Endpoints;

/// <summary>
/// One AWS partition: the outputs of the Smithy <c>aws.partition</c> function plus the data used to pick it.
/// </summary>
public sealed record Partition(
    string Id,
    string RegionRegex,
    IReadOnlyList<string> Regions,
    string DnsSuffix,
    string DualStackDnsSuffix,
    bool SupportsFips,
    bool SupportsDualStack,
    string ImplicitGlobalRegion)
{
    private readonly Regex _regex = new(RegionRegex, RegexOptions.CultureInvariant);

    /// <summary>The partition's name; the same as <see cref="Id"/> for every known partition.</summary>
    public string Name => Id;

    /// <summary>The pseudo-region naming the partition's global endpoint: <c>aws-global</c>, <c>aws-cn-global</c>, ...</summary>
    public string GlobalRegion => Id + "-global";

    public bool HasRegion(string region) => Regions.Contains(region, StringComparer.Ordinal);

    public bool MatchesRegex(string region) => _regex.IsMatch(region);
}
