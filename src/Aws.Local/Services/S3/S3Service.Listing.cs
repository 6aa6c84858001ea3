using System.Text;
using System.Text.Json.Nodes;
using Aws.Core.Protocols.Http;
using Aws.Local.Storage;

namespace Aws.Local.Services.S3;

public sealed partial class S3Service
{
    private S3Result ListObjects(S3Call call, bool v2)
    {
        var bucket = RequireBucket(call);
        var prefix = call.Str("Prefix") ?? "";
        var delimiter = call.Str("Delimiter") is { Length: > 0 } d ? d : null;
        var maxKeys = (int)Math.Clamp(call.Long("MaxKeys") ?? 1000, 0, 1000);
        var encoding = call.Str("EncodingType");
        if (encoding is not null && encoding != "url")
            throw S3Exception.InvalidArgument("Invalid Encoding Method specified in Request", "encoding-type", encoding);
        string? after;
        if (v2)
        {
            after = call.Str("StartAfter");
            if (call.Str("ContinuationToken") is { } token)
            {
                try
                {
                    after = Encoding.UTF8.GetString(Convert.FromBase64String(token));
                }
                catch (FormatException)
                {
                    throw S3Exception.InvalidArgument("The continuation token provided is incorrect", "continuation-token", token);
                }
            }
        }
        else
        {
            after = call.Str("Marker");
        }

        var entries = Storage.Index(call.Bucket).Snapshot();
        var start = LowerBound(entries, after is not null && string.CompareOrdinal(after, prefix) >= 0 ? after : prefix, inclusive: after is null || string.CompareOrdinal(after, prefix) < 0);
        var contents = new JsonArray();
        var prefixes = new JsonArray();
        string? lastPrefix = null, last = null;
        var truncated = false;
        var count = 0;
        for (var i = start; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (!entry.Key.StartsWith(prefix, StringComparison.Ordinal))
            {
                if (string.CompareOrdinal(entry.Key, prefix) > 0) break;
                continue;
            }
            string? common = null;
            if (delimiter is not null)
            {
                var at = entry.Key.IndexOf(delimiter, prefix.Length, StringComparison.Ordinal);
                if (at >= 0) common = entry.Key[..(at + delimiter.Length)];
            }
            // A common prefix already answered (this page or, via the marker, an earlier one) is not repeated.
            if (common is not null && (common == lastPrefix || (after is not null && string.CompareOrdinal(common, after) <= 0))) continue;
            if (count >= maxKeys)
            {
                truncated = true;
                break;
            }
            if (common is not null)
            {
                prefixes.Add((JsonNode)new JsonObject { ["Prefix"] = Encode(common, encoding) });
                lastPrefix = last = common;
            }
            else
            {
                var item = new JsonObject
                {
                    ["Key"] = Encode(entry.Key, encoding), ["LastModified"] = Timestamp(entry.LastModified), ["ETag"] = entry.ETag,
                    ["Size"] = entry.Size, ["StorageClass"] = entry.StorageClass,
                };
                if (!v2 || call.Input["FetchOwner"] is JsonValue f && f.TryGetValue<bool>(out var fetch) && fetch)
                    item["Owner"] = Owner(bucket.Str("Owner")!);
                contents.Add((JsonNode)item);
                last = entry.Key;
            }
            count++;
        }

        var output = new JsonObject
        {
            ["IsTruncated"] = truncated, ["Name"] = call.Bucket, ["Prefix"] = Encode(prefix, encoding), ["MaxKeys"] = maxKeys,
        };
        if (contents.Count > 0) output["Contents"] = contents;
        if (prefixes.Count > 0) output["CommonPrefixes"] = prefixes;
        if (delimiter is not null) output["Delimiter"] = Encode(delimiter, encoding);
        if (encoding is not null) output["EncodingType"] = encoding;
        if (v2)
        {
            output["KeyCount"] = count;
            if (call.Str("ContinuationToken") is { } token) output["ContinuationToken"] = token;
            if (call.Str("StartAfter") is { } startAfter) output["StartAfter"] = Encode(startAfter, encoding);
            if (truncated && last is not null) output["NextContinuationToken"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(last));
        }
        else
        {
            output["Marker"] = Encode(after ?? "", encoding);
            if (truncated && delimiter is not null && last is not null) output["NextMarker"] = Encode(last, encoding);
        }
        return new S3Result(output);
    }

    // encoding-type=url: percent-encoding with "/" kept ("+" as %2B, space as %20), which decodes the same with
    // unquote and unquote_plus, whichever a client uses.
    private static string Encode(string text, string? encoding) => encoding == "url" ? PercentEncoding.Encode(text, "/") : text;

    /// <summary>The first index whose key is &gt;= (inclusive) or &gt; the given key.</summary>
    private static int LowerBound(IReadOnlyList<S3ObjectEntry> entries, string key, bool inclusive)
    {
        int lo = 0, hi = entries.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = string.CompareOrdinal(entries[mid].Key, key);
            if (c < 0 || (c == 0 && !inclusive)) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
