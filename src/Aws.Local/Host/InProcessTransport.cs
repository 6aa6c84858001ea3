using Aws.Core.Http;
using Aws.Core.Runtime.Transport;

namespace Aws.Local.Host;

/// <summary>Sends requests straight into a <see cref="LocalCloud"/>: no sockets, same pipeline as the server.</summary>
public sealed class InProcessTransport(LocalCloud cloud) : IHttpTransport
{
    public async Task<AwsHttpResponse> SendAsync(AwsHttpRequest request, bool streamResponseBody, CancellationToken cancellationToken)
    {
        if (request.BodyStream is { } stream)
        {
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken);
            request.Body = buffer.ToArray();
            request.BodyStream = null;
        }
        // The HTTP stack would send a Host header; the signature covers it.
        if (request.Headers["Host"] is null) request.Headers["Host"] = request.Host;
        var response = await cloud.HandleAsync(request, LocalRequestInfo.InProcess);
        if (streamResponseBody) response.BodyStream = new MemoryStream(response.Body, writable: false);
        return response;
    }
}
