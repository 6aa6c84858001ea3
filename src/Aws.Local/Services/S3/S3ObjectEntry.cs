using System.Text.Json.Nodes;
using Aws.Local.Storage;

namespace Aws.Local.Services.S3;

/// <summary>What a listing shows of an object.</summary>
internal sealed record S3ObjectEntry(string Key, long Size, string ETag, DateTimeOffset LastModified, string StorageClass)
{
    public static S3ObjectEntry FromMeta(JsonObject meta) => new(
        meta.Str("Key")!, meta["Size"]!.GetValue<long>(), meta.Str("ETag")!,
        DateTimeOffset.Parse(meta.Str("LastModified")!, System.Globalization.CultureInfo.InvariantCulture),
        meta.Str("StorageClass") ?? "STANDARD");
}
