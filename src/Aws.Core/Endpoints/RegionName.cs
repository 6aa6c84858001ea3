using System.Text.RegularExpressions;

namespace Aws.Core.Endpoints;

/// <summary>Client-side region handling done before any endpoint rule runs, as botocore does.</summary>
public static partial class RegionName
{
    /// <summary>
    /// Turns the FIPS pseudo-regions (<c>fips-us-east-1</c>, <c>us-east-1-fips</c>) into the real region and
    /// reports that FIPS was asked for.
    /// </summary>
    public static string Normalize(string region, out bool fips)
    {
        var normalized = region.Replace("fips-", "", StringComparison.Ordinal).Replace("-fips", "", StringComparison.Ordinal);
        fips = normalized != region;
        return normalized;
    }

    /// <summary>botocore's <c>validate_region_name</c>: up to 63 letters, digits and inner hyphens, not all digits.</summary>
    public static bool IsValid(string region) => ValidRegion().IsMatch(region);

    /// <summary>Throws <see cref="InvalidRegionException"/> (the CLI's message) for a bad name.</summary>
    public static void Validate(string region)
    {
        if (!IsValid(region)) throw new InvalidRegionException(region);
    }

    // .NET has no {,63}: {0,63} is the same. \z rather than $ so a trailing newline does not pass.
    [GeneratedRegex(@"^(?![0-9]+\z)(?!-)[a-zA-Z0-9-]{0,63}(?<!-)\z", RegexOptions.CultureInvariant)]
    private static partial Regex ValidRegion();
}
