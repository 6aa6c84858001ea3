using System.Globalization;
using System.Text.Json.Nodes;

namespace Aws.Cli.Customizations.S3;

/// <summary>aws s3 ls: buckets, or the prefixes (PRE) and objects under a prefix.</summary>
public sealed class LsCommand(S3Session session)
{
    public static readonly Dictionary<string, S3OptionKind> Options = new(StringComparer.Ordinal)
    {
        ["recursive"] = S3OptionKind.Flag,
        ["page-size"] = S3OptionKind.Value,
        ["human-readable"] = S3OptionKind.Flag,
        ["summarize"] = S3OptionKind.Flag,
        ["request-payer"] = S3OptionKind.OptionalValue,
    };

    private bool _humanReadable;
    private long _totalSize;
    private long _totalObjects;
    private bool _emptyFirstPage;
    private bool _atFirstPage = true;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellation)
    {
        var parsed = S3Arguments.Parse(args, Options, 0, 1, "paths", RequestPayer.Constant);
        var path = parsed.Positionals.Count > 0 ? parsed.Positionals[0] : "s3://";
        _humanReadable = parsed.Has("human-readable");
        var (bucket, key) = S3Paths.SplitBucketKey(path);
        if (bucket.Length == 0)
            await ListBucketsAsync(cancellation);
        else
        {
            var recursive = parsed.Has("recursive");
            await foreach (var page in session.Api.ListObjectsAsync(bucket, key, recursive ? null : "/", parsed.GetInt("page-size"),
                               parsed.Get("request-payer"), cancellation))
                DisplayPage(page, useBasename: !recursive);
        }
        if (parsed.Has("summarize")) PrintSummary();
        // A key that matched nothing is rc 1; missing buckets already failed with the service's error.
        return key.Length > 0 && _emptyFirstPage && _atFirstPage ? 1 : 0;
    }

    private async Task ListBucketsAsync(CancellationToken cancellation)
    {
        var result = await session.Api.CallAsync("ListBuckets", new JsonObject(), cancellation);
        if (result["Buckets"] is not JsonArray buckets) return;
        foreach (var bucket in buckets.OfType<JsonObject>())
            session.Out.Write(FormatDate(bucket["CreationDate"]) + " " + (string?)bucket["Name"] + "\n");
    }

    private void DisplayPage(JsonObject page, bool useBasename)
    {
        var prefixes = page["CommonPrefixes"] as JsonArray ?? [];
        var contents = page["Contents"] as JsonArray ?? [];
        if (prefixes.Count == 0 && contents.Count == 0)
        {
            _emptyFirstPage = true;
            return;
        }
        var text = new System.Text.StringBuilder();
        foreach (var prefix in prefixes.OfType<JsonObject>())
        {
            var parts = ((string?)prefix["Prefix"] ?? "").Split('/');
            var name = parts.Length >= 2 ? parts[^2] : parts[0];
            text.Append("PRE".PadLeft(30)).Append(' ').Append(name).Append("/\n");
        }
        foreach (var item in contents.OfType<JsonObject>())
        {
            var size = item["Size"]?.GetValue<long>() ?? 0;
            _totalSize += size;
            _totalObjects++;
            var key = (string?)item["Key"] ?? "";
            var name = useBasename ? key[(key.LastIndexOf('/') + 1)..] : key;
            text.Append(FormatDate(item["LastModified"])).Append(' ').Append(FormatSize(size).PadLeft(10)).Append(' ')
                .Append(name).Append('\n');
        }
        session.Out.Write(text.ToString());
        _atFirstPage = false;
    }

    private string FormatSize(long size) =>
        _humanReadable ? S3Paths.HumanReadableSize(size) : size.ToString(CultureInfo.InvariantCulture);

    private static string FormatDate(JsonNode? value) =>
        value is null ? "".PadRight(19) : S3Paths.LocalTime(S3Paths.ParseTimestamp(value.ToString())).PadRight(19);

    private void PrintSummary()
    {
        session.Out.Write("\nTotal Objects: ".PadLeft(15) + _totalObjects.ToString(CultureInfo.InvariantCulture) + "\n");
        var size = _humanReadable ? S3Paths.HumanReadableSize(_totalSize) : _totalSize.ToString(CultureInfo.InvariantCulture);
        session.Out.Write("Total Size: ".PadLeft(15) + size + "\n");
    }
}
