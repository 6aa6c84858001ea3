using System.Text.Json.Nodes;

namespace Aws.Local.Tests.S3;

public class S3ListingTests : S3TestBase
{
    public S3ListingTests()
    {
        Bucket("list");
        foreach (var key in new[] { "a.txt", "b/1.txt", "b/2.txt", "b/c/3.txt", "d/4.txt", "e f+g.txt", "z" }) Put("list", key, key);
    }

    [Fact]
    public void Prefix_and_delimiter_give_common_prefixes()
    {
        var top = Ok("ListObjectsV2", new() { ["Bucket"] = "list", ["Delimiter"] = "/" });
        Assert.Equal(["a.txt", "e f+g.txt", "z"], Keys(top));
        Assert.Equal(["b/", "d/"], Prefixes(top));
        Assert.Equal(5, top["KeyCount"]!.GetValue<long>());

        var inB = Ok("ListObjectsV2", new() { ["Bucket"] = "list", ["Prefix"] = "b/", ["Delimiter"] = "/" });
        Assert.Equal(["b/1.txt", "b/2.txt"], Keys(inB));
        Assert.Equal(["b/c/"], Prefixes(inB));
        Assert.Equal(["b/1.txt", "b/2.txt", "b/c/3.txt"], Keys(Ok("ListObjectsV2", new() { ["Bucket"] = "list", ["Prefix"] = "b" })));
    }

    [Fact]
    public void Max_keys_pages_with_continuation_tokens()
    {
        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var input = new JsonObject { ["Bucket"] = "list", ["MaxKeys"] = 2, ["Delimiter"] = "/" };
            if (token is not null) input["ContinuationToken"] = token;
            var page = Ok("ListObjectsV2", input);
            seen.AddRange(Keys(page));
            seen.AddRange(Prefixes(page));
            token = page["IsTruncated"]!.GetValue<bool>() ? page["NextContinuationToken"]!.GetValue<string>() : null;
            pages++;
        } while (token is not null);
        Assert.Equal(3, pages);
        Assert.Equal(["a.txt", "b/", "d/", "e f+g.txt", "z"], seen.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Start_after_and_v1_markers()
    {
        Assert.Equal(["d/4.txt", "e f+g.txt", "z"], Keys(Ok("ListObjectsV2", new() { ["Bucket"] = "list", ["StartAfter"] = "b/c/3.txt" })));
        var v1 = Ok("ListObjects", new() { ["Bucket"] = "list", ["Marker"] = "b/2.txt", ["MaxKeys"] = 2 });
        Assert.Equal(["b/c/3.txt", "d/4.txt"], Keys(v1));
        Assert.True(v1["IsTruncated"]!.GetValue<bool>());
        var v1Delimited = Ok("ListObjects", new() { ["Bucket"] = "list", ["Delimiter"] = "/", ["MaxKeys"] = 1 });
        Assert.Equal("a.txt", v1Delimited["NextMarker"]!.GetValue<string>());
    }

    [Fact]
    public void Url_encoding_round_trips_odd_keys()
    {
        // The client asks for encoding-type=url and decodes; keys with spaces and plus signs come back intact.
        var keys = Keys(Ok("ListObjectsV2", new() { ["Bucket"] = "list", ["Prefix"] = "e" }));
        Assert.Equal(["e f+g.txt"], keys);
        // Asked for explicitly, the encoding is left for the caller (as botocore does).
        var listing = Ok("ListObjects", new() { ["Bucket"] = "list", ["Prefix"] = "e f", ["EncodingType"] = "url" });
        Assert.Equal(["e%20f%2Bg.txt"], Keys(listing));
    }

    [Fact]
    public void Listing_entries_carry_size_etag_and_class()
    {
        var entry = Ok("ListObjectsV2", new() { ["Bucket"] = "list", ["Prefix"] = "z" })["Contents"]![0]!;
        Assert.Equal(1, entry["Size"]!.GetValue<long>());
        Assert.Equal(Md5Etag("z"u8.ToArray()), entry["ETag"]!.GetValue<string>());
        Assert.Equal("STANDARD", entry["StorageClass"]!.GetValue<string>());
    }
}
