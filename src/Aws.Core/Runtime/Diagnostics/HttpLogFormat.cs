using System.Text;
using Aws.Core.Http;

namespace Aws.Core.Runtime.Diagnostics;

/// <summary>Requests and responses written the way botocore's debug log shows them, secrets redacted.</summary>
public static class HttpLogFormat
{
    /// <summary>"&lt;AWSPreparedRequest stream_output=False, method=POST, url=..., headers={'Name': b'value'}&gt;"</summary>
    public static string Request(AwsHttpRequest request, bool streamOutput)
    {
        var headers = string.Join(", ", request.Headers.Select(h => $"{PyString(h.Key)}: b{PyString(Redactor.Header(h.Key, h.Value))}"));
        var url = Redactor.Text($"{request.Scheme}://{request.Host}{request.PathAndQuery}");
        return $"Sending http request: <AWSPreparedRequest stream_output={(streamOutput ? "True" : "False")}, method={request.Method}, url={url}, headers={{{headers}}}>";
    }

    /// <summary>urllib3's status line: 'http://host:port "POST / HTTP/1.1" 200 123'.</summary>
    public static string StatusLine(AwsHttpRequest request, AwsHttpResponse response)
    {
        var length = response.Headers["Content-Length"] ?? (response.BodyStream is null ? response.Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) : "None");
        return $"{request.Scheme}://{request.Host} \"{request.Method} {Redactor.Text(request.PathAndQuery)} HTTP/1.1\" {response.StatusCode} {length}";
    }

    public static string ResponseHeaders(AwsHttpResponse response) =>
        "Response headers: {" + string.Join(", ", response.Headers.Select(h => $"{PyString(h.Key)}: {PyString(Redactor.Header(h.Key, h.Value))}")) + "}";

    /// <summary>"Response body:\nb'...'", as Python prints bytes (secrets masked).</summary>
    public static string ResponseBody(AwsHttpResponse response) =>
        response.BodyStream is not null ? "Response body:\n<streaming body>" : "Response body:\nb" + PyString(Redactor.Text(Encoding.UTF8.GetString(response.Body)));

    /// <summary>Python's repr of a str: single quotes unless the text has one and no double quote.</summary>
    public static string PyString(string text)
    {
        var quote = text.Contains('\'') && !text.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder().Append(quote);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c == quote) sb.Append('\\').Append(c);
                    else if (c < 0x20 || c == 0x7f) sb.Append($"\\x{(int)c:x2}");
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append(quote).ToString();
    }
}
