using Aws.Core.Model;

namespace Aws.Core.Endpoints;

/// <summary>
/// Resolves a service's endpoint from the partition table and a few per-service rules, reproducing what the
/// AWS CLI v2's endpoint rule sets produce for the common cases (the npm models carry no rule sets).
/// </summary>
public static class EndpointResolver
{
    /// <summary>
    /// Resolves the endpoint for <paramref name="metadata"/> in <paramref name="region"/>.
    /// </summary>
    /// <remarks>
    /// Like the CLI, a FIPS pseudo-region (<c>fips-us-east-1</c>, <c>us-east-1-fips</c>) turns FIPS on and an invalid
    /// region name fails with <see cref="InvalidRegionException"/> and a custom endpoint without a valid host with
    /// <see cref="InvalidEndpointException"/>, before any rule runs. The rule errors
    /// (<see cref="EndpointResolutionException"/>) carry the rule sets' messages.
    /// </remarks>
    public static ResolvedEndpoint Resolve(ServiceMetadata metadata, string? region, EndpointOptions options)
    {
        if (region is not null)
        {
            region = RegionName.Normalize(region, out var fips);
            // As in the CLI, the FIPS flag never reaches the rules alongside a custom endpoint.
            if (fips && options.EndpointUrl is null) options = options with { UseFips = true };
            RegionName.Validate(region);
            if (region.Length == 0) region = null;
        }
        if (options.EndpointUrl is { } custom) EndpointUrl.Validate(custom);
        var prefix = metadata.EndpointPrefix;
        // botocore gives a region-less S3 client with a custom endpoint the default S3 region.
        if (prefix == "s3" && region is null && options.EndpointUrl is not null) region = "us-east-1";
        return prefix == "s3"
            ? S3EndpointRules.Resolve(region, options, metadata.SigningName)
            : ResolveStandard(prefix, metadata.SigningName, region, options);
    }

    private static ResolvedEndpoint ResolveStandard(string prefix, string signingName, string? region, EndpointOptions options)
    {
        if (options.EndpointUrl is { } custom)
        {
            if (options.UseFips) throw new EndpointResolutionException("Invalid Configuration: FIPS and custom endpoint are not supported");
            if (options.UseDualStack) throw new EndpointResolutionException("Invalid Configuration: Dualstack and custom endpoint are not supported");
            // Without a region there is nothing to sign with: the signer reports it, as botocore's does.
            var p = region is null ? Partitions.Aws : Partitions.ForRegion(region);
            return new ResolvedEndpoint(custom, region, signingName, p)
            { Region = region, IsCustomEndpoint = true, Options = options };
        }
        if (region is null) throw new MissingRegionException("Invalid Configuration: Missing Region");

        var partition = Partitions.ForRegion(region);
        ResolvedEndpoint Make(string host, string signingRegion, string? name = null) =>
            new("https://" + host, signingRegion, name ?? signingName, partition) { Region = region, Options = options };

        if (prefix == "sts" && UsesLegacyGlobalSts(region, options))
            return Make("sts.amazonaws.com", "us-east-1");

        if (GlobalEndpoints.Find(partition.Id, prefix) is { } global && (!global.Regionalized || region == partition.GlobalRegion))
            return Make(GlobalHost(global, partition, region, options), global.SigningRegion, global.SigningName);

        var fips = options.UseFips;
        var dualStack = options.UseDualStack;
        if (fips && dualStack)
        {
            if (!partition.SupportsFips || !partition.SupportsDualStack)
                throw new EndpointResolutionException("FIPS and DualStack are enabled, but this partition does not support one or both");
            return Make($"{prefix}-fips.{region}.{partition.DualStackDnsSuffix}", region);
        }
        if (fips)
        {
            if (!partition.SupportsFips) throw new EndpointResolutionException("FIPS is enabled but this partition does not support FIPS");
            return partition.Id == "aws-us-gov" && GovCloudFips.SameHostServices.Contains(prefix)
                ? Make($"{prefix}.{region}.{partition.DnsSuffix}", region)
                : Make($"{prefix}-fips.{region}.{partition.DnsSuffix}", region);
        }
        if (dualStack)
        {
            if (!partition.SupportsDualStack) throw new EndpointResolutionException("DualStack is enabled but this partition does not support DualStack");
            return Make($"{prefix}.{region}.{partition.DualStackDnsSuffix}", region);
        }
        if (prefix == "sts" && region == "aws-global")
            return Make("sts.amazonaws.com", "us-east-1");
        return Make($"{prefix}.{region}.{partition.DnsSuffix}", region);
    }

    /// <summary>The regions whose STS requests went to sts.amazonaws.com under <c>sts_regional_endpoints = legacy</c>.</summary>
    public static IReadOnlySet<string> LegacyGlobalStsRegions { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "ap-northeast-1", "ap-south-1", "ap-southeast-1", "ap-southeast-2", "aws-global", "ca-central-1", "eu-central-1",
        "eu-north-1", "eu-west-1", "eu-west-2", "eu-west-3", "sa-east-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2",
    };

    private static bool UsesLegacyGlobalSts(string region, EndpointOptions options) =>
        options.StsRegionalEndpoints == RegionalEndpointsMode.Legacy && !options.UseFips && !options.UseDualStack
        && LegacyGlobalStsRegions.Contains(region);

    // A global service's variant host: the table's when it has one ("{region}" is the client's region), else the
    // regional variant pattern for the client's region, which is what CLI v2 sends (still signed as the global region).
    private static string GlobalHost(GlobalEndpoint global, Partition partition, string region, EndpointOptions options)
    {
        var prefix = global.EndpointPrefix;
        var host = (options.UseFips, options.UseDualStack) switch
        {
            (true, true) => global.FipsDualStackHostname ?? $"{prefix}-fips.{region}.{partition.DualStackDnsSuffix}",
            (true, false) => global.FipsHostname ?? $"{prefix}-fips.{region}.{partition.DnsSuffix}",
            (false, true) => global.DualStackHostname ?? $"{prefix}.{region}.{partition.DualStackDnsSuffix}",
            _ => global.Hostname,
        };
        return host.Replace("{region}", region, StringComparison.Ordinal);
    }
}
