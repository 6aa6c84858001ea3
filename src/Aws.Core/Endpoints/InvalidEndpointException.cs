namespace Aws.Core.Endpoints;

/// <summary>
/// An endpoint URL without a usable host name; the message is botocore's: <c>Invalid endpoint: localhost:9</c>.
/// </summary>
public sealed class InvalidEndpointException(string url) : EndpointResolutionException("Invalid endpoint: " + url)
{
    public string EndpointUrl { get; } = url;
}
