namespace Aws.Core.Endpoints;

/// <summary>
/// Endpoint resolution failed; the message is the endpoint rule set's error text
/// (for example "FIPS and DualStack are enabled, but this partition does not support one or both").
/// </summary>
public class EndpointResolutionException(string message) : Exception(message);
