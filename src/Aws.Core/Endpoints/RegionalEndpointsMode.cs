namespace Aws.Core.Endpoints;

/// <summary>
/// The <c>sts_regional_endpoints</c> / <c>s3 us_east_1_regional_endpoint</c> setting.
/// CLI v2 defaults to <see cref="Regional"/>.
/// </summary>
public enum RegionalEndpointsMode
{
    Regional,
    /// <summary>Use the old global endpoint (sts.amazonaws.com, s3.amazonaws.com) where one exists.</summary>
    Legacy,
}
