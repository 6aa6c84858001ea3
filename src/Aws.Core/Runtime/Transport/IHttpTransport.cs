using Aws.Core.Http;

namespace Aws.Core.Runtime.Transport;

/// <summary>Sends a signed request and returns the response. Failures surface as <see cref="TransportException"/>s.</summary>
public interface IHttpTransport
{
    /// <param name="request">The request, sent with exactly its headers.</param>
    /// <param name="streamResponseBody">
    /// True leaves the body on the wire in <see cref="AwsHttpResponse.BodyStream"/> (large downloads; the caller
    /// disposes it); false reads it into <see cref="AwsHttpResponse.Body"/>.
    /// </param>
    Task<AwsHttpResponse> SendAsync(AwsHttpRequest request, bool streamResponseBody, CancellationToken cancellationToken);
}
