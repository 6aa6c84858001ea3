namespace Aws.Core.Endpoints;

/// <summary>
/// The region name is not a valid host label; the message is the AWS CLI's:
/// <c>Provided region_name 'bad region!' doesn't match a supported format.</c>
/// </summary>
public sealed class InvalidRegionException(string region)
    : EndpointResolutionException($"Provided region_name '{region}' doesn't match a supported format.")
{
    public string Region { get; } = region;
}
