using System.Text.Json.Nodes;
using Aws.Local.Host;

namespace Aws.Local.Services.Iam;

/// <summary>Tags on IAM entities: a list of {Key, Value}, at most 50, keys unique (case-insensitive, as AWS).</summary>
internal static class IamTags
{
    public static void Merge(JsonObject entity, JsonArray? tags)
    {
        if (tags is null || tags.Count == 0) return;
        var list = entity["Tags"] as JsonArray ?? [];
        foreach (var tag in tags.OfType<JsonObject>())
        {
            var key = tag["Key"]?.ToString() ?? "";
            var existing = list.OfType<JsonObject>().FirstOrDefault(t => string.Equals(t["Key"]?.ToString(), key, StringComparison.OrdinalIgnoreCase));
            if (existing is not null) existing["Value"] = tag["Value"]?.DeepClone() ?? "";
            else list.Add((JsonNode)new JsonObject { ["Key"] = key, ["Value"] = tag["Value"]?.DeepClone() ?? "" });
        }
        if (list.Count > 50) throw LocalServiceException.LimitExceeded("The number of tags has reached the maximum limit.");
        entity["Tags"] = list.Parent is null ? list : list.DeepClone();
    }

    public static void Remove(JsonObject entity, JsonArray? keys)
    {
        if (entity["Tags"] is not JsonArray list || keys is null) return;
        var remove = keys.Select(k => k?.ToString()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var i = list.Count - 1; i >= 0; i--)
            if (remove.Contains(list[i]?["Key"]?.ToString())) list.RemoveAt(i);
    }

    public static JsonObject List(RequestContext c, JsonObject entity) =>
        IamPaging.Page(c, entity["Tags"] as JsonArray ?? [], "Tags");
}
