using System.Globalization;
using System.Net;
using Aws.Core.Http;

namespace Aws.Core.Runtime.Transport;

/// <summary>Turns an <see cref="AwsHttpRequest"/> into an <see cref="HttpRequestMessage"/> carrying exactly its headers.</summary>
internal static class RequestMessageBuilder
{
    // .NET keeps these on HttpContent, not on the request.
    private static readonly HashSet<string> ContentHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Allow", "Content-Disposition", "Content-Encoding", "Content-Language", "Content-Length", "Content-Location",
        "Content-MD5", "Content-Range", "Content-Type", "Expires", "Last-Modified",
    };

    public static HttpRequestMessage Build(AwsHttpRequest request, Uri uri)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Method), uri)
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        HttpContent? content = request.BodyStream is { } stream ? new StreamContent(stream)
            : request.Body.Length > 0 ? new ByteArrayContent(request.Body)
            : null;
        string? host = null;
        foreach (var (name, value) in request.Headers)
        {
            if (name.Equals("Host", StringComparison.OrdinalIgnoreCase))
            {
                host = value;
            }
            else if (ContentHeaders.Contains(name))
            {
                content ??= new ByteArrayContent([]);
                if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                    content.Headers.ContentLength = long.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
                else if (!content.Headers.TryAddWithoutValidation(name, value))
                    throw new InvalidOperationException($"The HTTP stack rejected the header {name}: {value}");
            }
            else if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                throw new InvalidOperationException($"The HTTP stack rejected the header {name}: {value}");
            }
        }
        // The Host line must be byte for byte what was signed.
        message.Headers.Host = host ?? request.Host;
        // The AWS CLI's HTTP stack (urllib3) sends this unsigned header, so responses never arrive compressed.
        if (!request.Headers.Contains("Accept-Encoding")) message.Headers.TryAddWithoutValidation("Accept-Encoding", "identity");
        message.Headers.ExpectContinue = false;
        message.Content = content;
        return message;
    }
}
