namespace Aws.Core.Endpoints;

/// <summary>
/// Inputs of endpoint resolution besides the region: the Smithy built-ins (UseFIPS, UseDualStack,
/// SDK::Endpoint, AWS::S3::Accelerate, the global-endpoint switches).
/// </summary>
/// <remarks>
/// These are taken literally, as the endpoint rules take them: a custom endpoint combined with FIPS or
/// dual-stack is an error. The CLI never passes that combination; build options with
/// <see cref="FromSettings"/> to get its behaviour.
/// </remarks>
public sealed record EndpointOptions
{
    public static EndpointOptions Default { get; } = new();

    public bool UseFips { get; init; }
    public bool UseDualStack { get; init; }

    /// <summary>A custom endpoint URL (<c>--endpoint-url</c> or a configured one); null for the default.</summary>
    public string? EndpointUrl { get; init; }

    public RegionalEndpointsMode StsRegionalEndpoints { get; init; } = RegionalEndpointsMode.Regional;

    /// <summary>Legacy sends us-east-1 S3 requests to s3.amazonaws.com.</summary>
    public RegionalEndpointsMode S3UsEast1RegionalEndpoint { get; init; } = RegionalEndpointsMode.Regional;

    /// <summary>The s3 <c>use_accelerate_endpoint</c> setting (checked for S3 only).</summary>
    public bool S3Accelerate { get; init; }

    /// <summary>
    /// Options as AWS CLI v2 derives them from its settings: a custom endpoint silently turns FIPS and
    /// dual-stack off (they only pick AWS hostnames), and the global STS/S3 endpoints are never used
    /// (CLI v2 2.9 hard-codes both switches off, whatever <c>sts_regional_endpoints</c> says).
    /// </summary>
    public static EndpointOptions FromSettings(bool useFips, bool useDualStack, string? endpointUrl, bool s3Accelerate = false) =>
        new()
        {
            EndpointUrl = string.IsNullOrEmpty(endpointUrl) ? null : endpointUrl,
            UseFips = useFips && string.IsNullOrEmpty(endpointUrl),
            UseDualStack = useDualStack && string.IsNullOrEmpty(endpointUrl),
            S3Accelerate = s3Accelerate,
        };
}
