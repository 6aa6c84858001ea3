using Aws.EndToEnd.Tests.Infrastructure;

namespace Aws.EndToEnd.Tests.Engine;

/// <summary>S3 (rest-xml), Lambda (rest-json) and DynamoDB (json 1.0) against moto.</summary>
[Collection("moto")]
public sealed class RestProtocolTests(MotoServer moto) : MotoTestBase(moto)
{
    [Fact]
    public void S3api_bucket_object_round_trip_matches_the_real_cli()
    {
        var created = Ours("s3api", "create-bucket", "--bucket", "demo-bucket");
        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Contains("\"Location\": \"/demo-bucket\"", created.Stdout);

        var body = Path.Combine(Home, "hello.txt");
        File.WriteAllText(body, "hello, world\n");
        var put = Ours("s3api", "put-object", "--bucket", "demo-bucket", "--key", "dir/hello.txt", "--body", body,
            "--content-type", "text/plain", "--metadata", "owner=me");
        Assert.True(put.ExitCode == 0, put.ToString());
        Assert.Contains("\"ETag\"", put.Stdout);

        AssertSame(Real("s3api", "list-objects-v2", "--bucket", "demo-bucket"), Ours("s3api", "list-objects-v2", "--bucket", "demo-bucket"));

        var outOurs = Path.Combine(Home, "ours.txt");
        var outReal = Path.Combine(Home, "real.txt");
        var gotOurs = Ours("s3api", "get-object", "--bucket", "demo-bucket", "--key", "dir/hello.txt", outOurs);
        var gotReal = Real("s3api", "get-object", "--bucket", "demo-bucket", "--key", "dir/hello.txt", outReal);
        Assert.True(gotOurs.ExitCode == 0, gotOurs.ToString());
        Assert.Equal("hello, world\n", File.ReadAllText(outOurs));
        Assert.Equal(File.ReadAllBytes(outReal), File.ReadAllBytes(outOurs));
        AssertSame(gotReal, gotOurs);
    }

    [Fact]
    public void S3api_missing_bucket_error_matches_the_real_cli() =>
        AssertSame(Real("s3api", "list-objects-v2", "--bucket", "nope"), Ours("s3api", "list-objects-v2", "--bucket", "nope"));

    [Fact]
    public void Dynamodb_create_put_scan_match_the_real_cli()
    {
        var create = Ours("dynamodb", "create-table", "--table-name", "Music",
            "--attribute-definitions", "AttributeName=Artist,AttributeType=S", "AttributeName=Song,AttributeType=S",
            "--key-schema", "AttributeName=Artist,KeyType=HASH", "AttributeName=Song,KeyType=RANGE",
            "--billing-mode", "PAY_PER_REQUEST");
        Assert.True(create.ExitCode == 0, create.ToString());
        Assert.Contains("\"TableName\": \"Music\"", create.Stdout);

        var put = Ours("dynamodb", "put-item", "--table-name", "Music", "--item",
            "{\"Artist\":{\"S\":\"No One\"},\"Song\":{\"S\":\"Call Me\"},\"Year\":{\"N\":\"2020\"},\"Tags\":{\"SS\":[\"a\",\"b\"]}}");
        Assert.True(put.ExitCode == 0, put.ToString());

        AssertSame(Real("dynamodb", "scan", "--table-name", "Music"), Ours("dynamodb", "scan", "--table-name", "Music"));
        AssertSame(Real("dynamodb", "list-tables"), Ours("dynamodb", "list-tables"));
    }

    [Fact]
    public void Lambda_list_functions_matches_the_real_cli() =>
        AssertSame(Real("lambda", "list-functions"), Ours("lambda", "list-functions"));
}
