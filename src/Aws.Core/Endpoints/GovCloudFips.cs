namespace Aws.Core.Endpoints;

/// <summary>
/// Services whose standard GovCloud endpoints are already FIPS endpoints: with FIPS on they keep
/// <c>{prefix}.{region}.amazonaws.com</c> instead of <c>{prefix}-fips...</c>.
/// </summary>
/// <remarks>
/// Derived from the AWS CLI v2 botocore endpoints.json: the aws-us-gov services whose every regional
/// <c>fips</c> variant hostname equals the plain hostname (the ec2 and sts rule sets encode the same rule).
/// </remarks>
public static class GovCloudFips
{
    public static IReadOnlySet<string> SameHostServices { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "acm", "acm-pca", "appconfig", "autoscaling", "batch", "cloudtrail", "config", "databrew", "dms",
        "dynamodb", "ec2", "eks", "elasticache", "elasticloadbalancing", "elasticmapreduce", "events",
        "guardduty", "identitystore", "logs", "monitoring", "rds", "resource-groups", "runtime.sagemaker",
        "servicecatalog-appregistry", "servicequotas", "sns", "sqs", "ssm", "streams.dynamodb", "sts", "support",
    };
}
