using System.Text.Json.Nodes;
using Aws.Core.Model;

namespace Aws.Core.Protocols.Http;

/// <summary>Fills top-level idempotency-token members the caller left unset, as botocore does.</summary>
public static class IdempotencyTokens
{
    /// <summary>
    /// The top-level parameters in the caller's order, plus generated tokens at the end. The caller's object
    /// is never changed, and values are not copied (copying would turn blobs and streams into text).
    /// </summary>
    public static List<KeyValuePair<string, JsonNode?>> Fill(Shape? input, JsonObject? parameters, Func<string> newToken)
    {
        var result = parameters is null ? [] : parameters.ToList();
        if (input is not { IsStructure: true }) return result;
        foreach (var (name, member) in input.Members)
            if (member.IdempotencyToken && parameters?[name] is null)
                result.Add(new(name, JsonValue.Create(newToken())));
        return result;
    }
}
