using System.Globalization;
using System.Text;
using Aws.Core.Http;

namespace Aws.Core.Runtime.Transport;

/// <summary>
/// The plain-http fast path: one HTTP/1.1 exchange on a blocking socket, with no HttpClient, thread pool, timers
/// or TLS, for a one-shot CLI talking to a local endpoint. It puts on the wire what <see cref="HttpTransport"/>'s
/// HttpClient path does (the request's headers as signed, Host as signed, Content-Length, "Accept-Encoding:
/// identity"; no Expect, no trace headers) and reads Content-Length, chunked and read-to-close bodies. The
/// connection is closed after each exchange. Requests it cannot send the same way (a body of unknown length,
/// header text HttpClient would reject) report false from <see cref="CanSend"/> and go through HttpClient.
/// </summary>
internal static class DirectHttp
{
    // HttpClient sends "Content-Length: 0" for a body-less request of any method but these.
    private static readonly HashSet<string> MethodsWithoutBody = new(StringComparer.OrdinalIgnoreCase)
        { "GET", "HEAD", "CONNECT", "OPTIONS", "DELETE" };

    private static readonly HashSet<string> ContentHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Allow", "Content-Disposition", "Content-Encoding", "Content-Language", "Content-Length", "Content-Location",
        "Content-MD5", "Content-Range", "Content-Type", "Expires", "Last-Modified",
    };

    /// <summary>Whether the request can go on the wire here exactly as HttpClient would send it.</summary>
    public static bool CanSend(AwsHttpRequest request)
    {
        if (!IsToken(request.Method) || !IsPrintableAscii(request.PathAndQuery) || !IsPrintableAscii(request.Host)) return false;
        foreach (var (name, value) in request.Headers)
        {
            if (!IsToken(name) || !IsPrintableAscii(value)) return false;
            // Framing is ours to write: a caller's Transfer-Encoding or Expect would need HttpClient's handling.
            if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase) || name.Equals("Expect", StringComparison.OrdinalIgnoreCase)
                || name.Equals("Connection", StringComparison.OrdinalIgnoreCase))
                return false;
        }
        return request.BodyStream is null || request.BodyStream.CanSeek || request.Headers.Contains("Content-Length");
    }

    public static AwsHttpResponse Send(AwsHttpRequest request, Uri uri, string url, bool streamResponseBody,
        TransportOptions options, CancellationToken cancellation)
    {
        var host = uri.IdnHost.Trim('[', ']');
        var connection = DirectConnection.Open(host, uri.Port, url, options, cancellation);
        try
        {
            WriteRequest(connection, request);
            var response = new AwsHttpResponse();
            ReadHead(connection, response);
            var body = new DirectBodyReader(connection, Framing(request.Method, response));
            if (streamResponseBody)
            {
                response.BodyStream = new DirectBodyStream(body, ContentLength(response));
                return response;
            }
            using (connection) response.Body = body.ReadToEnd();
            return response;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void WriteRequest(DirectConnection connection, AwsHttpRequest request)
    {
        var head = new StringBuilder(512);
        head.Append(request.Method).Append(' ').Append(request.PathAndQuery).Append(" HTTP/1.1\r\n");
        head.Append("Host: ").Append(request.Headers["Host"] ?? request.Host).Append("\r\n");
        var hasContentHeader = false;
        string? contentLength = null;
        foreach (var (name, value) in request.Headers)
        {
            if (name.Equals("Host", StringComparison.OrdinalIgnoreCase)) continue;
            if (ContentHeaders.Contains(name)) hasContentHeader = true;
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                contentLength = long.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
                continue;
            }
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }
        var stream = request.BodyStream;
        var hasContent = stream is not null || request.Body.Length > 0 || hasContentHeader;
        contentLength ??= stream is not null ? (stream.Length - stream.Position).ToString(CultureInfo.InvariantCulture)
            : hasContent || !MethodsWithoutBody.Contains(request.Method) ? request.Body.Length.ToString(CultureInfo.InvariantCulture)
            : null;
        if (contentLength is not null) head.Append("Content-Length: ").Append(contentLength).Append("\r\n");
        if (!request.Headers.Contains("Accept-Encoding")) head.Append("Accept-Encoding: identity\r\n");
        head.Append("\r\n");

        var headBytes = Encoding.ASCII.GetBytes(head.ToString());
        if (stream is null)
        {
            // One write for small requests: the whole exchange is then a single segment each way.
            if (request.Body.Length <= 64 * 1024)
            {
                var all = new byte[headBytes.Length + request.Body.Length];
                headBytes.CopyTo(all, 0);
                request.Body.CopyTo(all, headBytes.Length);
                connection.Write(all);
            }
            else
            {
                connection.Write(headBytes);
                connection.Write(request.Body);
            }
            return;
        }
        connection.Write(headBytes);
        var remaining = long.Parse(contentLength!, CultureInfo.InvariantCulture);
        var buffer = new byte[(int)Math.Clamp(remaining, 1, 64 * 1024)];
        while (remaining > 0)
        {
            var n = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, remaining));
            if (n == 0) throw new HttpClientException(connection.Url,
                new IOException("The request body ended before its Content-Length."));
            connection.Write(buffer.AsSpan(0, n));
            remaining -= n;
        }
    }

    private static void ReadHead(DirectConnection connection, AwsHttpResponse response)
    {
        while (true)
        {
            var status = connection.ReadLine(readingBody: false) ?? throw connection.Closed();
            // "HTTP/1.1 200 OK": a version, a three-digit code, an optional reason.
            if (status.Length < 12 || !status.StartsWith("HTTP/1.", StringComparison.Ordinal) || status[8] != ' '
                || !int.TryParse(status.AsSpan(9, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                || (status.Length > 12 && status[12] != ' '))
                throw connection.Closed(new InvalidDataException($"Invalid status line: {status}"));
            var headers = new List<KeyValuePair<string, string>>();
            while (true)
            {
                var line = connection.ReadLine(readingBody: false) ?? throw connection.Closed();
                if (line.Length == 0) break;
                if (line[0] is ' ' or '\t' && headers.Count > 0)
                {
                    // An obsolete folded continuation line belongs to the previous header.
                    var previous = headers[^1];
                    headers[^1] = new(previous.Key, (previous.Value + " " + line.Trim()).Trim());
                    continue;
                }
                var colon = line.IndexOf(':');
                if (colon <= 0) throw connection.Closed(new InvalidDataException($"Invalid header line: {line}"));
                headers.Add(new(line[..colon].Trim(), line[(colon + 1)..].Trim()));
            }
            // Interim responses (100 Continue, 103 Early Hints) precede the real one.
            if (code is >= 100 and < 200 and not 101) continue;
            response.StatusCode = code;
            foreach (var (name, value) in headers) response.Headers.Add(name, value);
            return;
        }
    }

    private static BodyFraming Framing(string method, AwsHttpResponse response)
    {
        if (method.Equals("HEAD", StringComparison.OrdinalIgnoreCase) || response.StatusCode is 204 or 304 or < 200)
            return new BodyFraming(0, false);
        // A plain loop: LINQ's Where/Select here costs a generic-virtual-method lookup at run time under AOT.
        foreach (var (name, value) in response.Headers)
            if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase) && value.Contains("chunked", StringComparison.OrdinalIgnoreCase))
                return new BodyFraming(null, true);
        return new BodyFraming(ContentLength(response), false);
    }

    private static long? ContentLength(AwsHttpResponse response) =>
        response.Headers["Content-Length"] is { } text && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n : null;

    private static bool IsToken(string text)
    {
        if (text.Length == 0) return false;
        foreach (var c in text)
            if (c <= ' ' || c >= 127 || "\"(),/:;<=>?@[\\]{}".Contains(c)) return false;
        return true;
    }

    private static bool IsPrintableAscii(string text)
    {
        foreach (var c in text)
            if (c >= 127 || (c < ' ' && c != '\t')) return false;
        return true;
    }
}

/// <summary>How a response body ends: after Length bytes, at the last chunk, or (neither) when the server closes.</summary>
internal readonly record struct BodyFraming(long? Length, bool Chunked);
