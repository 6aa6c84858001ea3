using System.Text.Json.Nodes;
using Aws.Core.Http;
using Aws.Core.Model;
using Aws.Core.Protocols.Formats;

namespace Aws.Core.Protocols.Http;

/// <summary>
/// The HTTP binding shared by rest-json and rest-xml: members go to URI labels, the query string, headers,
/// prefixed header maps, or the body; a payload member becomes the whole body. Subclasses write the body.
/// </summary>
public abstract class RestSerializerBase(RequestSerializerOptions? options) : RequestSerializerBase(options)
{
    protected override void Build(OperationModel operation, IReadOnlyList<KeyValuePair<string, JsonNode?>> parameters, AwsHttpRequest request)
    {
        if (operation.Input is not { } input)
        {
            request.Path = operation.RequestUri;
            return;
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var query = new OrderedDictionary<string, List<string>>(StringComparer.Ordinal);
        var bodyMembers = new List<KeyValuePair<string, JsonNode?>>();
        foreach (var (name, value) in parameters)
        {
            if (value is null) continue;
            var member = ParameterMembers.Find(input, name);
            var keyName = member.LocationName ?? name;
            switch (member.Location)
            {
                case "uri":
                    labels[keyName] = HttpBindingText.UriValue(value, member);
                    break;
                case "querystring":
                    AddQuery(query, keyName, value, member);
                    break;
                case "header":
                    if (member.IsList && value is JsonArray { Count: 0 }) break;
                    request.Headers[keyName] = HttpBindingText.HeaderValue(value, member);
                    break;
                case "headers":
                    foreach (var (suffix, headerValue) in value as JsonObject ?? [])
                        request.Headers[keyName + suffix] = ScalarText.ToText(headerValue);
                    break;
                default:
                    bodyMembers.Add(new(name, value));
                    break;
            }
        }

        request.Path = UriTemplate.Render(operation.RequestUri, labels);
        request.QueryString = PercentEncoding.EncodePairs(
            query.SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v))));
        SetBody(input, parameters, bodyMembers, request);
    }

    /// <summary>Query string members; a map spreads into its own keys (a later key replaces an earlier one in place).</summary>
    private static void AddQuery(OrderedDictionary<string, List<string>> query, string keyName, JsonNode value, Shape member)
    {
        if (value is JsonObject map)
        {
            foreach (var (key, entry) in map)
                query[key] = entry is JsonArray values ? values.Select(ScalarText.ToText).ToList() : [ScalarText.ToText(entry)];
        }
        else if (member.IsList)
        {
            query[keyName] = (value as JsonArray ?? []).Select(v => HttpBindingText.UriValue(v, member.Member)).ToList();
        }
        else
        {
            query[keyName] = [HttpBindingText.UriValue(value, member)];
        }
    }

    private void SetBody(Shape input, IReadOnlyList<KeyValuePair<string, JsonNode?>> parameters,
        List<KeyValuePair<string, JsonNode?>> bodyMembers, AwsHttpRequest request)
    {
        var payloadName = input.Payload;
        var payloadValue = payloadName is null ? null : parameters.FirstOrDefault(p => p.Key == payloadName).Value;
        if (payloadName is not null && IsRawPayload(input, payloadName))
        {
            // Blob and string payloads are the body itself.
            if (StreamValue.TryGetStream(payloadValue, out var stream)) request.BodyStream = stream;
            else if (payloadValue is not null) request.Body = BlobValue.GetBytes(payloadValue);
            return;
        }
        if (payloadName is not null)
            request.Body = payloadValue is not null ? SerializePayload(payloadValue, input.Members[payloadName], payloadName) : EmptyBody;
        else if (bodyMembers.Count > 0)
            request.Body = SerializeBody(bodyMembers, input);
        else if (RequiresEmptyBody(input))
            request.Body = EmptyBody;
        SetContentType(request);
    }

    protected static bool IsRawPayload(Shape input, string payloadName) =>
        input.Members.TryGetValue(payloadName, out var member) && member.Type is "blob" or "string";

    /// <summary>The body for the members that have no location.</summary>
    protected abstract byte[] SerializeBody(IReadOnlyList<KeyValuePair<string, JsonNode?>> members, Shape input);

    /// <summary>The body for a structure (or document) payload member.</summary>
    protected abstract byte[] SerializePayload(JsonNode value, Shape member, string memberName);

    /// <summary>The body sent for an absent structure payload.</summary>
    protected abstract byte[] EmptyBody { get; }

    /// <summary>Whether a body is sent even when no body member is set.</summary>
    protected virtual bool RequiresEmptyBody(Shape input) => false;

    /// <summary>Called for structured (non-raw) bodies once they are set.</summary>
    protected virtual void SetContentType(AwsHttpRequest request) { }
}
