using System.Text;
using System.Text.Json.Nodes;
using Aws.Core.Http;
using Aws.Core.Model;
using Aws.Core.Protocols.Formats;
using Aws.Core.Protocols.Http;

namespace Aws.Core.Protocols.RestXml;

/// <summary>An operation found for a request, with its URI labels (decoded) and query parameters (decoded).</summary>
public sealed record RestXmlRequestMatch(
    OperationModel Operation,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, List<string>> Query);

/// <summary>
/// Server side of rest-xml (what <see cref="RestXmlSerializer"/> writes, read back): finds the operation from the
/// method, the path against each requestUri template and the query keys, then reads URI labels, query parameters,
/// headers, prefixed header maps and the XML body or payload into the operation's input. Streaming payloads are
/// left on the request for the caller to consume.
/// </summary>
public sealed class RestXmlServerRequestParser
{
    private readonly Dictionary<string, RestXmlRoute[]> _routesByMethod;

    public RestXmlServerRequestParser(ServiceModel model)
    {
        var order = 0;
        _routesByMethod = model.OperationNames
            .Select(name => model.GetOperation(name)!)
            .Select(op => new RestXmlRoute(op, order++))
            // Most specific first; a deprecated alias (GetBucketLifecycle) loses to its successor.
            .OrderByDescending(r => r.Score).ThenBy(r => r.Operation.Deprecated).ThenBy(r => r.Order)
            .GroupBy(r => r.Method, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    public ParseOptions Options { get; init; } = ParseOptions.Default;

    /// <summary>
    /// The operation a request addresses. <paramref name="path"/> is the encoded path as the operation sees it
    /// (for S3's virtual-hosted style, with the bucket from the host put in front). Null when nothing matches.
    /// </summary>
    public RestXmlRequestMatch? Match(string method, string path, string queryString, HeaderList headers)
    {
        if (!_routesByMethod.TryGetValue(method, out var routes)) return null;
        var query = ParseQuery(queryString);
        if (path.Length == 0) path = "/";
        var segments = path.Length <= 1 ? [] : path[1..].Split('/');
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var route in routes)
        {
            if (!route.TryMatch(segments, path, query, h => headers.Contains(h), labels)) continue;
            var decoded = labels.ToDictionary(l => l.Key, l => Uri.UnescapeDataString(l.Value), StringComparer.Ordinal);
            return new RestXmlRequestMatch(route.Operation, decoded, query);
        }
        return null;
    }

    /// <summary>Decoded query parameters in order of appearance ("+" is a space); a key without "=" has an empty value.</summary>
    public static Dictionary<string, List<string>> ParseQuery(string queryString)
    {
        var query = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var piece in queryString.Split('&'))
        {
            if (piece.Length == 0) continue;
            var eq = piece.IndexOf('=');
            var key = Decode(eq < 0 ? piece : piece[..eq]);
            var value = eq < 0 ? "" : Decode(piece[(eq + 1)..]);
            if (!query.TryGetValue(key, out var values)) query[key] = values = [];
            values.Add(value);
        }
        return query;
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    /// <summary>
    /// The input: labels, query parameters, headers, then the body (<see cref="AwsHttpRequest.Body"/>; a streaming
    /// payload member is not read). Throws <see cref="InvalidDataException"/> for a malformed XML body and
    /// <see cref="FormatException"/> for a value that does not fit its member's type.
    /// </summary>
    public JsonObject Parse(RestXmlRequestMatch match, AwsHttpRequest request)
    {
        var input = new JsonObject();
        if (match.Operation.Input is not { } shape) return input;
        foreach (var (name, member) in shape.Members)
        {
            var wireName = member.LocationName ?? name;
            switch (member.Location)
            {
                case "uri":
                    if (match.Labels.TryGetValue(wireName, out var label)) input[name] = ScalarReading.FromText(member, label, Options);
                    break;
                case "querystring":
                    if (ReadQuery(member, wireName, match, shape) is { } q) input[name] = q;
                    break;
            }
        }
        var headers = HttpResponseBinding.ReadHeaderMembers(shape, request.Headers, Options);
        foreach (var name in headers.Select(h => h.Key).ToList())
            if (headers.Remove(name, out var value)) input[name] = value;
        ReadBody(shape, request, input);
        return input;
    }

    private JsonNode? ReadQuery(Shape member, string wireName, RestXmlRequestMatch match, Shape input)
    {
        if (member.IsMap)
        {
            // A query map takes the parameters no other member is bound to.
            var bound = input.Members.Values.Where(m => m.Location == "querystring" && !m.IsMap)
                .Select(m => m.LocationName).ToHashSet(StringComparer.Ordinal);
            var map = new JsonObject();
            foreach (var (key, values) in match.Query)
                if (!bound.Contains(key))
                    map[key] = member.Value.IsList ? new JsonArray([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]) : values[0];
            return map.Count == 0 ? null : map;
        }
        if (!match.Query.TryGetValue(wireName, out var found)) return null;
        if (member.IsList) return new JsonArray([.. found.Select(v => ScalarReading.FromText(member.Member, v, Options))]);
        return ScalarReading.FromText(member, found[0], Options);
    }

    private void ReadBody(Shape shape, AwsHttpRequest request, JsonObject input)
    {
        if (shape.Payload is { } payloadName && shape.Members.TryGetValue(payloadName, out var payload))
        {
            if (payload.Streaming || payload.EventStream) return;
            if (payload.Type == "blob")
            {
                if (request.Body.Length > 0) input[payloadName] = Convert.ToBase64String(request.Body);
            }
            else if (payload.Type == "string")
            {
                if (request.Body.Length > 0) input[payloadName] = Encoding.UTF8.GetString(request.Body);
            }
            else if (XmlReading.ParseDocument(request.Body) is { } root)
            {
                input[payloadName] = XmlReading.ReadShape(payload, [root], Options);
            }
            return;
        }
        if (!shape.Members.Values.Any(m => m.Location is null)) return;
        if (XmlReading.ParseDocument(request.Body) is not { } body) return;
        foreach (var (name, value) in XmlReading.ReadStructure(shape, body, Options))
            if (shape.Members[name].Location is null) input[name] = value?.DeepClone();
    }
}
