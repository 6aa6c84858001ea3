using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aws.Core.Http;
using Aws.Core.Model;
using Aws.Core.Protocols.Formats;

namespace Aws.Core.Protocols.Http;

/// <summary>
/// The REST half of response parsing (rest-json, rest-xml): status code, headers, prefix headers and the
/// payload, combined with whatever the body format reads (HTTP-bound members first, as botocore orders them).
/// </summary>
internal static class HttpResponseBinding
{
    /// <summary>
    /// Reads an output (or modeled error) shape from a REST response. A streaming or event-stream payload is
    /// left unread; its member name comes back in <paramref name="streamingMember"/>.
    /// </summary>
    public static JsonObject ReadShape(Shape shape, AwsHttpResponse response, IRestBodyFormat format, ParseOptions options,
        out string? streamingMember)
    {
        streamingMember = null;
        var bound = ReadNonPayload(shape, response, options);
        var body = new JsonObject();
        if (shape.Payload is { } payloadName && shape.Members.TryGetValue(payloadName, out var payload))
        {
            if (payload.EventStream || (payload.Streaming && payload.Type is "blob" or "string"))
                streamingMember = payloadName;
            else if (payload.Type == "blob")
                body[payloadName] = Convert.ToBase64String(response.Body);
            else if (payload.Type == "string")
                body[payloadName] = Encoding.UTF8.GetString(response.Body);
            else if (format.ReadPayload(payload, response.Body, options) is { } node)
                body[payloadName] = node;
        }
        else
        {
            body = format.ReadBodyMembers(shape, response.Body, options);
        }

        // botocore's order, which the CLI prints: HTTP-bound members first (model order), then the body's
        // members (model order). A body value replaces a header value of the same member in place.
        var result = new JsonObject();
        foreach (var name in shape.Members.Keys)
            if (bound.ContainsKey(name)) result[name] = Take(body.ContainsKey(name) ? body : bound, name);
        foreach (var name in shape.Members.Keys)
            if (body.ContainsKey(name) && !result.ContainsKey(name)) result[name] = Take(body, name);
        return result;
    }

    private static JsonNode? Take(JsonObject from, string name)
    {
        from.Remove(name, out var value);
        return value;
    }

    /// <summary>Members bound to the status code, single headers and prefixed header maps.</summary>
    public static JsonObject ReadNonPayload(Shape shape, AwsHttpResponse response, ParseOptions options)
    {
        var headers = ReadHeaderMembers(shape, response.Headers, options);
        var result = new JsonObject();
        foreach (var (name, member) in shape.Members)
        {
            if (member.Location == "statusCode") result[name] = JsonValue.Create((long)response.StatusCode);
            else if (headers.Remove(name, out var value)) result[name] = value;
        }
        return result;
    }

    /// <summary>Members bound to single headers and prefixed header maps (responses, and requests on the server side).</summary>
    public static JsonObject ReadHeaderMembers(Shape shape, HeaderList headers, ParseOptions options)
    {
        var result = new JsonObject();
        foreach (var (name, member) in shape.Members)
        {
            switch (member.Location)
            {
                case "headers":
                    result[name] = ReadPrefixHeaders(member, headers);
                    break;
                case "header":
                    if (HeaderValue(headers, member.LocationName ?? name) is { } text)
                        result[name] = ReadHeader(member, text, options);
                    break;
            }
        }
        return result;
    }

    /// <summary>One header value as the member's type: lists split on commas, jsonvalue strings decoded.</summary>
    public static JsonNode? ReadHeader(Shape member, string text, ParseOptions options)
    {
        if (member.IsList)
        {
            var list = new JsonArray();
            foreach (var item in HeaderListSplitter.Split(text, timestamps: member.Member.Type == "timestamp"))
                list.Add(ScalarReading.FromText(member.Member, item, options));
            return list;
        }
        if (member.Type == "string" && member.JsonValue)
        {
            using var json = JsonDocument.Parse(Convert.FromBase64String(text.Trim()));
            return JsonReading.Clone(json.RootElement);
        }
        return ScalarReading.FromText(member, text, options);
    }

    /// <summary>The request id a REST service sends in its headers.</summary>
    public static string? RequestId(HeaderList headers) =>
        headers["x-amzn-RequestId"] ?? headers["x-amz-request-id"];

    /// <summary>All values of a header, joined the way HTTP folds repeated headers.</summary>
    public static string? HeaderValue(HeaderList headers, string name)
    {
        string? joined = null;
        foreach (var v in headers.GetAll(name)) joined = joined is null ? v : joined + ", " + v;
        return joined;
    }

    private static JsonObject ReadPrefixHeaders(Shape member, HeaderList headers)
    {
        var prefix = member.LocationName ?? "";
        var map = new JsonObject();
        foreach (var (name, value) in headers)
        {
            if (!name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) continue;
            var key = name[prefix.Length..];
            map[key] = map.TryGetPropertyValue(key, out var existing) && existing is not null
                ? existing.GetValue<string>() + ", " + value : value;
        }
        return map;
    }
}
