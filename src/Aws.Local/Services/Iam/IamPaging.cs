using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Aws.Local.Host;

namespace Aws.Local.Services.Iam;

/// <summary>IAM's Marker/MaxItems paging: at most MaxItems (default 100) items, IsTruncated and an opaque Marker.</summary>
internal static class IamPaging
{
    public static JsonObject Page(RequestContext c, IEnumerable<JsonNode?> items, string listName, JsonObject? output = null)
    {
        var all = items.Where(i => i is not null).ToList();
        var start = 0;
        if (c.Str("Marker") is { Length: > 0 } marker)
        {
            try
            {
                start = int.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(marker)), CultureInfo.InvariantCulture);
            }
            catch (FormatException)
            {
                throw LocalServiceException.Validation("Invalid Marker.");
            }
        }
        var max = (int)Math.Clamp(c.Long("MaxItems") ?? 100, 1, 1000);
        var page = all.Skip(start).Take(max).Select(i => OutputCopy(i!)).ToList();
        output ??= new JsonObject();
        output[listName] = new JsonArray([.. page]);
        var truncated = start + page.Count < all.Count;
        output["IsTruncated"] = truncated;
        if (truncated)
            output["Marker"] = Convert.ToBase64String(Encoding.UTF8.GetBytes((start + page.Count).ToString(CultureInfo.InvariantCulture)));
        return output;
    }

    // Items from the state are copied (a node has one parent, and the state is shared by readers) without their
    // "_" bookkeeping (inline policies, trust documents, login profiles), which no output shape has and which the
    // serializer would skip anyway; items built for this response are used as they are.
    private static JsonNode OutputCopy(JsonNode item)
    {
        if (item.Parent is null) return item;
        if (item is not JsonObject entity) return item.DeepClone();
        var copy = new JsonObject();
        foreach (var (name, value) in entity)
            if (!name.StartsWith('_')) copy[name] = value?.DeepClone();
        return copy;
    }

    /// <summary>Entities whose Path starts with PathPrefix (default "/").</summary>
    public static IEnumerable<JsonNode?> ByPath(RequestContext c, JsonObject entities)
    {
        var prefix = c.Str("PathPrefix") ?? "/";
        return entities.Select(e => e.Value).Where(e => (e?["Path"]?.ToString() ?? "/").StartsWith(prefix, StringComparison.Ordinal));
    }
}
