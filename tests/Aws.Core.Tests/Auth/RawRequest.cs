using System.Text;
using Aws.Core.Http;

namespace Aws.Core.Tests.Auth;

/// <summary>
/// A request in the HTTP/1.1 text form of the signing test suites: request line, "Name:value" lines (a line
/// starting with whitespace continues the previous value), a blank line, then the body.
/// </summary>
internal sealed class RawRequest
{
    public required string Method { get; init; }
    public required string Path { get; init; }
    public required string Query { get; init; }
    public required List<KeyValuePair<string, string>> Headers { get; init; }
    public required byte[] Body { get; init; }

    public static RawRequest Load(string file) => Parse(File.ReadAllBytes(file));

    public static RawRequest Parse(byte[] bytes)
    {
        // Headers are text; the body is whatever follows the first blank line.
        var split = IndexOf(bytes, "\n\n"u8);
        var head = Encoding.UTF8.GetString(bytes, 0, split < 0 ? bytes.Length : split).Replace("\r", "");
        var body = split < 0 ? [] : bytes[(split + 2)..];
        var lines = head.Split('\n');

        var requestLine = lines[0];
        var firstSpace = requestLine.IndexOf(' ');
        var lastSpace = requestLine.LastIndexOf(' ');
        var target = requestLine[(firstSpace + 1)..lastSpace];
        var q = target.IndexOf('?');

        var headers = new List<KeyValuePair<string, string>>();
        foreach (var line in lines.Skip(1))
        {
            if (line.Length == 0) continue;
            if (char.IsWhiteSpace(line[0]) && headers.Count > 0)
            {
                var last = headers[^1];
                headers[^1] = new(last.Key, last.Value + "\n" + line);
                continue;
            }
            var colon = line.IndexOf(':');
            headers.Add(new(line[..colon], line[(colon + 1)..]));
        }
        return new RawRequest
        {
            Method = requestLine[..firstSpace],
            Path = q < 0 ? target : target[..q],
            Query = q < 0 ? "" : target[(q + 1)..],
            Headers = headers,
            Body = body,
        };
    }

    /// <summary>The suite's paths are raw (unencoded); they go into Path as-is and the signer encodes them once.</summary>
    public AwsHttpRequest ToAwsRequest()
    {
        var request = new AwsHttpRequest { Method = Method, Path = Path, QueryString = Query, Body = Body };
        foreach (var h in Headers) request.Headers.Add(h.Key, h.Value);
        request.Host = request.Headers["Host"] ?? "";
        return request;
    }

    /// <summary>Header multiset as "lowername:value" strings, sorted, for order-insensitive comparison.</summary>
    public static List<string> HeaderSet(IEnumerable<KeyValuePair<string, string>> headers) =>
        headers.Select(h => h.Key.ToLowerInvariant() + ":" + h.Value.Trim()).Order(StringComparer.Ordinal).ToList();

    public static List<string> QuerySet(string query) =>
        query.Split('&', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToList();

    private static int IndexOf(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle);
}
