using System.Text.Json.Nodes;
using Aws.Core.Model;

namespace Aws.Core.Runtime.Customizations;

/// <summary>
/// S3 listings: the AWS CLI asks for url-encoded keys (so any key survives XML) and decodes them in the response,
/// unless the user chose an EncodingType (botocore's set_list_objects_encoding_type_url / decode_list_object).
/// </summary>
public static class S3ListEncoding
{
    private static readonly Dictionary<string, (string[] TopLevel, (string List, string Member)[] Nested)> Keys = new(StringComparer.Ordinal)
    {
        ["ListObjects"] = (["Delimiter", "Marker", "NextMarker"], [("Contents", "Key"), ("CommonPrefixes", "Prefix")]),
        ["ListObjectsV2"] = (["Delimiter", "Prefix", "StartAfter"], [("Contents", "Key"), ("CommonPrefixes", "Prefix")]),
        ["ListObjectVersions"] = (["KeyMarker", "NextKeyMarker", "Prefix", "Delimiter"],
            [("Versions", "Key"), ("DeleteMarkers", "Key"), ("CommonPrefixes", "Prefix")]),
    };

    /// <summary>Sets EncodingType=url when the user did not; returns whether it did (then decode the response).</summary>
    public static bool Prepare(OperationModel operation, JsonObject? input)
    {
        if (input is null || operation.Service.Metadata.SigningName != "s3" || !Keys.ContainsKey(operation.Name)) return false;
        if (input.ContainsKey("EncodingType")) return false;
        input["EncodingType"] = "url";
        return true;
    }

    public static void Decode(OperationModel operation, JsonObject? result)
    {
        if (result is null || !Keys.TryGetValue(operation.Name, out var keys)) return;
        if (result["EncodingType"] is not JsonValue e || !e.TryGetValue<string>(out var type) || type != "url") return;
        foreach (var key in keys.TopLevel)
            if (result[key] is JsonValue v && v.TryGetValue<string>(out var s)) result[key] = Unquote(s);
        foreach (var (list, member) in keys.Nested)
            if (result[list] is JsonArray items)
                foreach (var item in items)
                    if (item is JsonObject o && o[member] is JsonValue v && v.TryGetValue<string>(out var s)) o[member] = Unquote(s);
    }

    // Python's unquote_str: percent-decoding only ("+" stays "+").
    private static string Unquote(string s) => Uri.UnescapeDataString(s);
}
