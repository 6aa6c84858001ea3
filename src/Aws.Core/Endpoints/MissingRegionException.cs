namespace Aws.Core.Endpoints;

/// <summary>
/// No region was given and the endpoint needs one. The message is the rule set's; the CLI prints
/// <c>You must specify a region. You can also configure your region by running "aws configure".</c> instead.
/// </summary>
public sealed class MissingRegionException(string message) : EndpointResolutionException(message);
