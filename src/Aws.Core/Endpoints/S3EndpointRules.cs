namespace Aws.Core.Endpoints;

/// <summary>
/// The bucket-independent part of the S3 endpoint rules: option checks and the service endpoint
/// (<c>s3.{region}</c>, <c>s3-fips</c>, <c>s3.dualstack</c>, the global <c>s3.amazonaws.com</c>).
/// <see cref="S3Addressing"/> then places the bucket.
/// </summary>
internal static class S3EndpointRules
{
    public static ResolvedEndpoint Resolve(string? region, EndpointOptions options, string signingName)
    {
        if (region is null) throw new MissingRegionException("A region must be set when sending requests to S3.");
        var partition = Partitions.ForRegion(region);
        // Checked in the rule set's order, before anything depends on the bucket.
        if (options.S3Accelerate && options.UseFips) throw new EndpointResolutionException("Accelerate cannot be used with FIPS");
        if (options.UseDualStack && options.EndpointUrl is not null)
            throw new EndpointResolutionException("Cannot set dual-stack in combination with a custom endpoint.");
        if (options.EndpointUrl is not null && options.UseFips)
            throw new EndpointResolutionException("A custom endpoint cannot be combined with FIPS");
        if (options.EndpointUrl is not null && options.S3Accelerate)
            throw new EndpointResolutionException("A custom endpoint cannot be combined with S3 Accelerate");
        if (options.UseFips && partition.Id == "aws-cn") throw new EndpointResolutionException("Partition does not support FIPS");

        var signingRegion = region == "aws-global" ? "us-east-1" : region;
        return new ResolvedEndpoint(ServiceUrl(region, partition, options), signingRegion, signingName, partition)
        {
            Region = region,
            IsCustomEndpoint = options.EndpointUrl is not null,
            Options = options,
        };
    }

    private static string ServiceUrl(string region, Partition partition, EndpointOptions options)
    {
        if (options.EndpointUrl is { } custom) return custom;
        // aws-global means us-east-1 for every variant but the plain one.
        var hostRegion = region == "aws-global" ? "us-east-1" : region;
        return (options.UseFips, options.UseDualStack) switch
        {
            (true, true) => $"https://s3-fips.dualstack.{hostRegion}.{partition.DnsSuffix}",
            (true, false) => $"https://s3-fips.{hostRegion}.{partition.DnsSuffix}",
            (false, true) => $"https://s3.dualstack.{hostRegion}.{partition.DnsSuffix}",
            _ when UsesGlobalHost(region, options) => $"https://s3.{partition.DnsSuffix}",
            _ => $"https://s3.{region}.{partition.DnsSuffix}",
        };
    }

    /// <summary>Whether the plain endpoint is the global s3.amazonaws.com (aws-global, or us-east-1 in legacy mode).</summary>
    public static bool UsesGlobalHost(string region, EndpointOptions options) =>
        region == "aws-global" || (region == "us-east-1" && options.S3UsEast1RegionalEndpoint == RegionalEndpointsMode.Legacy);
}
