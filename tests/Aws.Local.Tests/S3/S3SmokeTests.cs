using System.Text.Json.Nodes;
using Aws.Local.Tests.Host;

namespace Aws.Local.Tests.S3;

public class S3SmokeTests
{
    private readonly LocalCloudFixture _f = new();

    [Fact]
    public void Create_and_list_bucket()
    {
        var r = _f.Call("s3", "CreateBucket", new JsonObject { ["Bucket"] = "smoke" });
        Assert.Null(r.Error?.Message);
        var list = _f.Ok("s3", "ListBuckets");
        Assert.Equal("smoke", list["Buckets"]![0]!["Name"]!.GetValue<string>());
    }
}
