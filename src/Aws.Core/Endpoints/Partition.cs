using System.Text.RegularExpressions;

namespace Aws.Core.Endpoints;

/// <summary>
/// One AWS partition: the outputs of the Smithy <c>aws.partition</c> function plus the data used to pick it.
/// A class, not a record: partitions are singletons from <see cref="Partitions"/>, compared by identity.
/// </summary>
public sealed class Partition(
    string id,
    string regionRegex,
    IReadOnlyList<string> regions,
    string dnsSuffix,
    string dualStackDnsSuffix,
    bool supportsFips,
    bool supportsDualStack,
    string implicitGlobalRegion)
{
    private readonly Regex _regex = new(regionRegex, RegexOptions.CultureInvariant);

    public string Id { get; } = id;
    public string RegionRegex { get; } = regionRegex;
    public IReadOnlyList<string> Regions { get; } = regions;
    public string DnsSuffix { get; } = dnsSuffix;
    public string DualStackDnsSuffix { get; } = dualStackDnsSuffix;
    public bool SupportsFips { get; } = supportsFips;
    public bool SupportsDualStack { get; } = supportsDualStack;
    public string ImplicitGlobalRegion { get; } = implicitGlobalRegion;

    /// <summary>The partition's name; the same as <see cref="Id"/> for every known partition.</summary>
    public string Name => Id;

    /// <summary>The pseudo-region naming the partition's global endpoint: <c>aws-global</c>, <c>aws-cn-global</c>, ...</summary>
    public string GlobalRegion => Id + "-global";

    public bool HasRegion(string region) => Regions.Contains(region, StringComparer.Ordinal);

    public bool MatchesRegex(string region) => _regex.IsMatch(region);

    public override string ToString() => Id;
}
