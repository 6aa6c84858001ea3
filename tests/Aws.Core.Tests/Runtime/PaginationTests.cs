using System.Text.Json;
using System.Text.Json.Nodes;
using Aws.Core.Runtime.Pagination;

namespace Aws.Core.Tests.Runtime;

/// <summary>The paginator over a fake service that pages a list of 7 items, 3 at a time.</summary>
public class PaginationTests
{
    private static readonly PaginatorConfig Config = PaginatorConfig.For(JsonDocument.Parse("""
        {"ListThings": {"input_token": "Marker", "output_token": "NextMarker", "limit_key": "MaxItems",
                        "result_key": ["Things", "Count"], "non_aggregate_keys": ["Owner"]}}
        """).RootElement, "ListThings")!;

    private readonly List<JsonObject> _calls = [];

    private Task<JsonObject> Fake(JsonObject input, CancellationToken _)
    {
        _calls.Add(input);
        var start = input["Marker"] is { } m ? int.Parse(m.GetValue<string>()) : 0;
        var size = input["MaxItems"]?.GetValue<int>() ?? 3;
        var items = Enumerable.Range(start, Math.Min(size, 7 - start)).Select(i => (JsonNode)$"t{i}").ToArray();
        var page = new JsonObject { ["Owner"] = "me", ["Things"] = new JsonArray(items), ["Count"] = items.Length };
        if (start + size < 7) page["NextMarker"] = (start + size).ToString();
        return Task.FromResult(page);
    }

    [Fact]
    public async Task Full_result_merges_every_page()
    {
        var result = await new PageIterator(Config, Fake, new JsonObject()).BuildFullResultAsync(TestContext.Current.CancellationToken);
        Assert.Equal("""{"Things":["t0","t1","t2","t3","t4","t5","t6"],"Count":7,"Owner":"me"}""", result.ToJsonString());
        Assert.Equal(3, _calls.Count);
    }

    [Fact]
    public async Task Max_items_truncates_and_gives_a_botocore_compatible_token()
    {
        var pages = new PageIterator(Config, Fake, new JsonObject(), maxItems: 4);
        var result = await pages.BuildFullResultAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["t0", "t1", "t2", "t3"], result["Things"]!.AsArray().Select(n => n!.GetValue<string>()));
        // base64(json.dumps({"Marker": "3", "boto_truncate_amount": 1})) as botocore writes it
        Assert.Equal("eyJNYXJrZXIiOiAiMyIsICJib3RvX3RydW5jYXRlX2Ftb3VudCI6IDF9", result["NextToken"]!.GetValue<string>());

        var resumed = await new PageIterator(Config, Fake, new JsonObject(), startingToken: pages.ResumeToken).BuildFullResultAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["t4", "t5", "t6"], resumed["Things"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public async Task Page_size_sets_the_limit_key()
    {
        await new PageIterator(Config, Fake, new JsonObject(), pageSize: 5).BuildFullResultAsync(TestContext.Current.CancellationToken);
        Assert.Equal(5, _calls[0]["MaxItems"]!.GetValue<int>());
        Assert.Equal(2, _calls.Count);
    }

    [Fact]
    public void Tokens_from_botocore_decode()
    {
        var (tokens, truncate) = PaginationToken.Decode("eyJNYXJrZXIiOiAiYWJjIiwgImJvdG9fdHJ1bmNhdGVfYW1vdW50IjogMn0=", ["Marker"]);
        Assert.Equal("abc", tokens["Marker"]!.GetValue<string>());
        Assert.Equal(2, truncate);
        Assert.Equal("eyJOZXh0VG9rZW4iOiAiXHUwMGU5L1x1MjYwMyJ9", PaginationToken.Encode(new JsonObject { ["NextToken"] = "é/\u2603" }));
    }

    [Fact]
    public void Operations_whose_paginator_lacks_result_key_are_not_paginated() =>
        Assert.Null(PaginatorConfig.For(JsonDocument.Parse("""{"Op": {"input_token": "A", "output_token": "B"}}""").RootElement, "Op"));
}
