using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aws.Core.Protocols.Formats;

namespace Aws.Core.Runtime.Pagination;

/// <summary>
/// The AWS CLI's opaque --starting-token / NextToken: base64 of a JSON object of the input tokens, plus
/// "boto_truncate_amount" when a page was cut by --max-items. Same format as botocore, so tokens are
/// interchangeable between the two CLIs.
/// </summary>
public static class PaginationToken
{
    public static string Encode(JsonObject token)
    {
        var json = PythonJson.Dumps(token);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Decodes a token into (input tokens, truncate amount); falls back to the old "a___b___3" format.</summary>
    public static (JsonObject Tokens, int Truncate) Decode(string token, IReadOnlyList<string> inputTokens)
    {
        try
        {
            var bytes = Convert.FromBase64String(token);
            if (JsonNode.Parse(bytes) is JsonObject obj)
            {
                var truncate = 0;
                if (obj["boto_truncate_amount"] is JsonValue t) { truncate = (int)t.GetValue<double>(); obj.Remove("boto_truncate_amount"); }
                obj.Remove("boto_encoded_keys");
                return (obj, truncate);
            }
        }
        catch (FormatException) { }
        catch (JsonException) { }
        return DecodeDeprecated(token, inputTokens);
    }

    private static (JsonObject, int) DecodeDeprecated(string token, IReadOnlyList<string> inputTokens)
    {
        var parts = token.Split("___").ToList();
        var index = 0;
        if (parts.Count == inputTokens.Count + 1)
        {
            if (int.TryParse(parts[^1], out var i)) { index = i; parts.RemoveAt(parts.Count - 1); }
            else parts = [token];
        }
        if (parts.Count > inputTokens.Count) throw new FormatException($"Bad starting token: {token}");
        var result = new JsonObject();
        for (var i = 0; i < inputTokens.Count; i++)
            result[inputTokens[i]] = i < parts.Count && parts[i] != "None" ? JsonValue.Create(parts[i]) : null;
        return (result, index);
    }
}
