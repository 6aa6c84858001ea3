using System.Text.Json.Nodes;
using Aws.Core.Model;
using Aws.Core.Runtime.Customizations;

namespace Aws.Core.Tests.Runtime;

public class CustomizationTests
{
    private static readonly ModelCatalog Catalog = new(ModelBundle.Embedded, []);

    [Fact]
    public void Iam_policy_documents_are_printed_decoded()
    {
        var op = Catalog.Load("iam")!.GetOperation("GetRole")!;
        var result = new JsonObject
        {
            ["Role"] = new JsonObject
            {
                ["RoleName"] = "r",
                ["AssumeRolePolicyDocument"] = "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%5D%7D",
            },
        };
        IamPolicyDocuments.Decode(op, result);
        Assert.Equal("""{"Role":{"RoleName":"r","AssumeRolePolicyDocument":{"Version":"2012-10-17","Statement":[]}}}""", result.ToJsonString());
    }

    [Fact]
    public void Policy_version_documents_in_lists_are_decoded_and_non_json_is_kept()
    {
        var op = Catalog.Load("iam")!.GetOperation("ListPolicyVersions")!;
        var result = new JsonObject { ["Versions"] = new JsonArray(new JsonObject { ["Document"] = "not%20json" }) };
        IamPolicyDocuments.Decode(op, result);
        Assert.Equal("""{"Versions":[{"Document":"not%20json"}]}""", result.ToJsonString());
    }

    [Fact]
    public void S3_listings_ask_for_url_encoding_and_decode_keys()
    {
        var op = Catalog.Load("s3api")!.GetOperation("ListObjectsV2")!;
        var input = new JsonObject { ["Bucket"] = "b" };
        Assert.True(S3ListEncoding.Prepare(op, input));
        Assert.Equal("url", input["EncodingType"]!.GetValue<string>());
        var result = new JsonObject
        {
            ["Contents"] = new JsonArray(new JsonObject { ["Key"] = "a%20b%2Bc+d" }),
            ["Prefix"] = "p%2F",
            ["EncodingType"] = "url",
        };
        S3ListEncoding.Decode(op, result);
        Assert.Equal("a b+c+d", result["Contents"]![0]!["Key"]!.GetValue<string>());
        Assert.Equal("p/", result["Prefix"]!.GetValue<string>());
    }

    [Fact]
    public void A_user_chosen_encoding_is_left_alone() =>
        Assert.False(S3ListEncoding.Prepare(Catalog.Load("s3api")!.GetOperation("ListObjects")!, new JsonObject { ["EncodingType"] = "url" }));

    [Fact]
    public void Bundled_paginators_carry_the_cli_result_keys()
    {
        var scan = Aws.Core.Runtime.Pagination.PaginatorConfig.For(Catalog.Load("dynamodb")!.Paginators, "Scan")!;
        Assert.Equal(["Items", "Count", "ScannedCount"], scan.ResultKeys);
        Assert.Equal(["ConsumedCapacity"], scan.NonAggregateKeys);
    }
}
