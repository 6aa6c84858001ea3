using System.Text.Json.Nodes;
using Aws.Core.Http;
using Aws.Core.Model;
using Aws.Core.Protocols.Http;
using Aws.Core.Protocols.Json;

namespace Aws.Core.Protocols.RestJson;

/// <summary>
/// rest-json: the HTTP binding with a JSON body. "{}" is sent when the input has body members but none is
/// set, or a structure payload is absent; structured bodies get Content-Type application/json.
/// </summary>
public sealed class RestJsonSerializer(RequestSerializerOptions? options = null) : RestSerializerBase(options)
{
    protected override byte[] SerializeBody(IReadOnlyList<KeyValuePair<string, JsonNode?>> members, Shape input) =>
        JsonBodyBuilder.Serialize(members, input);

    protected override byte[] SerializePayload(JsonNode value, Shape member, string memberName) =>
        JsonBodyBuilder.Serialize(value, member);

    protected override byte[] EmptyBody => "{}"u8.ToArray();

    protected override bool RequiresEmptyBody(Shape input) => input.Members.Values.Any(m => m.Location is null);

    protected override void SetContentType(AwsHttpRequest request)
    {
        if (request.Body.Length > 0 && !request.Headers.Contains("Content-Type"))
            request.Headers["Content-Type"] = "application/json";
    }
}
