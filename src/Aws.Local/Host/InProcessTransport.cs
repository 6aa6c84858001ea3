using Aws.Core.Http;
using Aws.Core.Runtime.Transport;

namespace Aws.Local.Host;

/// <summary>Sends requests straight into a <see cref="LocalCloud"/>: no sockets, same pipeline as the server.</summary>
public sealed class InProcessTransport(LocalCloud cloud) : IHttpTransport
{
    public async Task<AwsHttpResponse> SendAsync(AwsHttpRequest request, bool streamResponseBody, CancellationToken cancellationToken)
    {
        // The HTTP stack would send a Host header; the signature covers it.
        if (request.Headers["Host"] is null) request.Headers["Host"] = request.Host;
        // Request bodies stay streams (S3 stores them as they come; the query services buffer them).
        var response = await cloud.HandleAsync(request, LocalRequestInfo.InProcess, cancellationToken);
        if (response.BodyStream is { } body)
        {
            if (streamResponseBody) return response;
            await using (body)
            {
                using var buffer = new MemoryStream();
                await body.CopyToAsync(buffer, cancellationToken);
                response.Body = buffer.ToArray();
                response.BodyStream = null;
            }
        }
        else if (streamResponseBody)
        {
            response.BodyStream = new MemoryStream(response.Body, writable: false);
        }
        return response;
    }
}
