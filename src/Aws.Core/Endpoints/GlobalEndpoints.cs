namespace Aws.Core.Endpoints;

/// <summary>
/// Services that have one endpoint per partition, keyed by endpoint prefix.
/// </summary>
/// <remarks>
/// Derived from the AWS CLI v2 botocore <c>data/endpoints.json</c> (every service with a <c>partitionEndpoint</c>;
/// s3 and sts are handled by their own rules). IAM's rows come from the newer IAM endpoint rule set
/// (botocore 0e6e2404), which adds dual-stack hosts and the eusc/iso-e/iso-f partitions (CLI 2.9.19 sends IAM
/// dual-stack requests to <c>iam.{region}.api.aws</c> instead). A host may contain <c>{region}</c>, the client's region.
/// </remarks>
public static class GlobalEndpoints
{
    public static IReadOnlyList<GlobalEndpoint> All { get; } =
    [
        new("aws", "account", "account.us-east-1.amazonaws.com", "us-east-1"),
        new("aws", "billingconductor", "billingconductor.us-east-1.amazonaws.com", "us-east-1"),
        new("aws", "budgets", "budgets.amazonaws.com", "us-east-1"),
        new("aws", "ce", "ce.us-east-1.amazonaws.com", "us-east-1"),
        new("aws", "chime", "chime.us-east-1.amazonaws.com", "us-east-1"),
        new("aws", "cloudfront", "cloudfront.amazonaws.com", "us-east-1"),
        // No credential scope in endpoints.json (bearer-token service): the partition's global region.
        new("aws", "codecatalyst", "codecatalyst.global.api.aws", "us-east-1"),
        new("aws", "health", "global.health.amazonaws.com", "us-east-1"),
        new("aws", "importexport", "importexport.amazonaws.com", "us-east-1", SigningName: "IngestionService"),
        new("aws", "networkmanager", "networkmanager.us-west-2.amazonaws.com", "us-west-2"),
        new("aws", "organizations", "organizations.us-east-1.amazonaws.com", "us-east-1",
            FipsHostname: "organizations-fips.us-east-1.amazonaws.com"),
        // CLI v2's route53 rules spell the dual-stack hosts "route-53".
        new("aws", "route53", "route53.amazonaws.com", "us-east-1", FipsHostname: "route53-fips.amazonaws.com",
            DualStackHostname: "route-53.{region}.api.aws", FipsDualStackHostname: "route-53-fips.{region}.api.aws"),
        new("aws", "savingsplans", "savingsplans.amazonaws.com", "us-east-1"),
        new("aws", "shield", "shield.us-east-1.amazonaws.com", "us-east-1", FipsHostname: "shield-fips.us-east-1.amazonaws.com"),
        new("aws", "support", "support.us-east-1.amazonaws.com", "us-east-1", Regionalized: true),
        new("aws", "waf", "waf.amazonaws.com", "us-east-1", FipsHostname: "waf-fips.amazonaws.com"),

        new("aws-cn", "account", "account.cn-northwest-1.amazonaws.com.cn", "cn-northwest-1"),
        new("aws-cn", "budgets", "budgets.amazonaws.com.cn", "cn-northwest-1"),
        new("aws-cn", "ce", "ce.cn-northwest-1.amazonaws.com.cn", "cn-northwest-1"),
        new("aws-cn", "cloudfront", "cloudfront.cn-northwest-1.amazonaws.com.cn", "cn-northwest-1"),
        new("aws-cn", "health", "global.health.amazonaws.com.cn", "cn-northwest-1"),
        new("aws-cn", "organizations", "organizations.cn-northwest-1.amazonaws.com.cn", "cn-northwest-1"),
        new("aws-cn", "route53", "route53.amazonaws.com.cn", "cn-northwest-1"),
        new("aws-cn", "support", "support.cn-north-1.amazonaws.com.cn", "cn-north-1", Regionalized: true),

        new("aws-us-gov", "networkmanager", "networkmanager.us-gov-west-1.amazonaws.com", "us-gov-west-1"),
        new("aws-us-gov", "organizations", "organizations.us-gov-west-1.amazonaws.com", "us-gov-west-1",
            FipsHostname: "organizations.us-gov-west-1.amazonaws.com"),
        new("aws-us-gov", "route53", "route53.us-gov.amazonaws.com", "us-gov-west-1", FipsHostname: "route53.us-gov.amazonaws.com"),
        new("aws-us-gov", "support", "support.us-gov-west-1.amazonaws.com", "us-gov-west-1", Regionalized: true),

        new("aws-iso", "route53", "route53.c2s.ic.gov", "us-iso-east-1"),
        new("aws-iso", "support", "support.us-iso-east-1.c2s.ic.gov", "us-iso-east-1", Regionalized: true),
        new("aws-iso-b", "route53", "route53.sc2s.sgov.gov", "us-isob-east-1"),
        new("aws-iso-b", "support", "support.us-isob-east-1.sc2s.sgov.gov", "us-isob-east-1", Regionalized: true),

        Iam("aws", "iam.amazonaws.com", "iam-fips.amazonaws.com", "iam.global.api.aws", "iam-fips.global.api.aws", "us-east-1"),
        Iam("aws-cn", "iam.cn-north-1.amazonaws.com.cn", "iam-fips.amazonaws.com.cn",
            "iam.global.api.amazonwebservices.com.cn", "iam-fips.api.amazonwebservices.com.cn", "cn-north-1"),
        // GovCloud IAM is FIPS already: the FIPS hosts are the plain ones.
        Iam("aws-us-gov", "iam.us-gov.amazonaws.com", "iam.us-gov.amazonaws.com", "iam.us-gov.api.aws", "iam.us-gov.api.aws", "us-gov-west-1"),
        Iam("aws-iso", "iam.us-iso-east-1.c2s.ic.gov", "iam-fips.us-iso-east-1.c2s.ic.gov", "iam.api.aws.ic.gov",
            "iam-fips.api.aws.ic.gov", "us-iso-east-1"),
        Iam("aws-iso-b", "iam.us-isob-east-1.sc2s.sgov.gov", "iam-fips.us-isob-east-1.sc2s.sgov.gov", "iam.api.aws.scloud",
            "iam-fips.api.aws.scloud", "us-isob-east-1"),
        Iam("aws-iso-e", "iam.eu-isoe-west-1.cloud.adc-e.uk", "iam-fips.cloud.adc-e.uk", "iam.api.cloud-aws.adc-e.uk",
            "iam-fips.api.cloud-aws.adc-e.uk", "eu-isoe-west-1"),
        Iam("aws-iso-f", "iam.us-isof-south-1.csp.hci.ic.gov", "iam-fips.csp.hci.ic.gov", "iam.api.aws.hci.ic.gov",
            "iam-fips.api.aws.hci.ic.gov", "us-isof-south-1"),
        Iam("aws-eusc", "iam.eusc-de-east-1.amazonaws.eu", "iam-fips.amazonaws.eu", "iam.global.api.amazonwebservices.eu",
            "iam-fips.api.amazonwebservices.eu", "eusc-de-east-1"),
    ];

    private static readonly Dictionary<(string, string), GlobalEndpoint> ByKey =
        All.ToDictionary(e => (e.PartitionId, e.EndpointPrefix));

    public static GlobalEndpoint? Find(string partitionId, string endpointPrefix) =>
        ByKey.GetValueOrDefault((partitionId, endpointPrefix));

    private static GlobalEndpoint Iam(string partition, string host, string fips, string dualStack, string fipsDualStack, string region) =>
        new(partition, "iam", host, region, fips, dualStack, fipsDualStack);
}
