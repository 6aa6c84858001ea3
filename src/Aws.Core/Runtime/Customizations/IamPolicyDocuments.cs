using System.Text.Json;
using System.Text.Json.Nodes;
using Aws.Core.Model;

namespace Aws.Core.Runtime.Customizations;

/// <summary>
/// IAM returns policy documents as URL-encoded JSON strings; the AWS CLI prints them decoded, as JSON objects
/// (botocore's json_decode_policies). botocore finds them by the shape name policyDocumentType, which the
/// bundled models no longer carry, so they are found by the member names that shape has in IAM's outputs.
/// </summary>
public static class IamPolicyDocuments
{
    private static readonly HashSet<string> Members = new(StringComparer.Ordinal) { "PolicyDocument", "AssumeRolePolicyDocument", "Document" };

    public static void Decode(OperationModel operation, JsonObject? result)
    {
        if (operation.Service.Metadata.EndpointPrefix != "iam" || result is null || operation.Output is not { } shape) return;
        Walk(result, shape);
    }

    private static void Walk(JsonNode? node, Shape shape)
    {
        switch (node)
        {
            case JsonObject obj when shape.IsStructure:
                foreach (var (name, member) in shape.Members)
                {
                    if (!obj.TryGetPropertyValue(name, out var value) || value is null) continue;
                    if (member.Type == "string" && Members.Contains(name) && value is JsonValue v && v.TryGetValue<string>(out var text))
                        obj[name] = DecodeQuotedJson(text);
                    else
                        Walk(value, member);
                }
                break;
            case JsonArray list when shape.IsList:
                foreach (var item in list) Walk(item, shape.Member);
                break;
            case JsonObject map when shape.IsMap:
                foreach (var (_, item) in map) Walk(item, shape.Value);
                break;
        }
    }

    // json.loads(unquote(value)), or the value unchanged when it is not JSON.
    private static JsonNode? DecodeQuotedJson(string text)
    {
        try { return JsonNode.Parse(Uri.UnescapeDataString(text)) ?? JsonValue.Create(text); }
        catch (JsonException) { return JsonValue.Create(text); }
    }
}
