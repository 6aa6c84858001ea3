using System.Text.Json.Nodes;
using Aws.Core.Credentials;
using Aws.Local.Host;

namespace Aws.Local.Tests.S3;

public class S3BucketTests : S3TestBase
{
    [Fact]
    public void Created_bucket_is_listed_headed_and_located()
    {
        Bucket("alpha");
        Ok("CreateBucket", new() { ["Bucket"] = "beta", ["CreateBucketConfiguration"] = new JsonObject { ["LocationConstraint"] = "eu-west-1" } });
        var list = Ok("ListBuckets");
        Assert.Equal(["alpha", "beta"], (list["Buckets"] as JsonArray)!.Select(b => b!["Name"]!.GetValue<string>()).ToArray());
        Assert.Equal(Account, list["Owner"]!["DisplayName"]!.GetValue<string>());
        Assert.Equal("eu-west-1", Ok("HeadBucket", new() { ["Bucket"] = "beta" })["BucketRegion"]!.GetValue<string>());
        Ok("HeadBucket", new() { ["Bucket"] = "alpha" });
    }

    [Fact]
    public void Bucket_names_follow_the_rules()
    {
        foreach (var name in new[] { "ab", "Upper", "a..b", "-start", "192.168.1.1", "under_score" })
            Fails("InvalidBucketName", "CreateBucket", new() { ["Bucket"] = name });
    }

    [Fact]
    public void Creating_an_existing_bucket_again()
    {
        Bucket("mine");
        Bucket("mine"); // us-east-1's legacy answer: success
        Ok("CreateBucket", new() { ["Bucket"] = "mine-eu", ["CreateBucketConfiguration"] = new JsonObject { ["LocationConstraint"] = "eu-west-1" } });
        Fails("BucketAlreadyOwnedByYou", "CreateBucket", new() { ["Bucket"] = "mine-eu", ["CreateBucketConfiguration"] = new JsonObject { ["LocationConstraint"] = "eu-west-1" } });

        var other = AccountSetup.Create(F.Cloud.Store, F.Clock.GetUtcNow());
        var otherAdmin = new AwsCredentials(other.AccessKeyId, other.SecretAccessKey);
        Fails("BucketAlreadyExists", "CreateBucket", new() { ["Bucket"] = "mine" }, otherAdmin);
        Assert.Empty(Ok("ListBuckets", credentials: otherAdmin)["Buckets"]!.AsArray());
    }

    [Fact]
    public void Delete_bucket_needs_it_empty_and_existing()
    {
        Bucket("full");
        Put("full", "k", "x");
        var error = Fails("BucketNotEmpty", "DeleteBucket", new() { ["Bucket"] = "full" });
        Assert.Equal("The bucket you tried to delete is not empty", error.Message);
        Ok("DeleteObject", new() { ["Bucket"] = "full", ["Key"] = "k" });
        Ok("DeleteBucket", new() { ["Bucket"] = "full" });
        Fails("NoSuchBucket", "DeleteBucket", new() { ["Bucket"] = "full" });
        Fails("404", "HeadBucket", new() { ["Bucket"] = "full" });
    }

    [Fact]
    public void Location_constraint_must_match_the_endpoint_region()
    {
        Fails("InvalidLocationConstraint", "CreateBucket", new() { ["Bucket"] = "x-1", ["CreateBucketConfiguration"] = new JsonObject { ["LocationConstraint"] = "us-east-1" } });
    }

    [Fact]
    public void Policy_website_and_tagging_are_stored_and_removed()
    {
        Bucket("conf");
        Fails("NoSuchBucketPolicy", "GetBucketPolicy", new() { ["Bucket"] = "conf" });
        var policy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::conf/*"}]}""";
        Ok("PutBucketPolicy", new() { ["Bucket"] = "conf", ["Policy"] = policy });
        Assert.Equal(policy, Ok("GetBucketPolicy", new() { ["Bucket"] = "conf" })["Policy"]!.GetValue<string>());
        Fails("MalformedPolicy", "PutBucketPolicy", new() { ["Bucket"] = "conf", ["Policy"] = "not json" });
        Ok("DeleteBucketPolicy", new() { ["Bucket"] = "conf" });
        Fails("NoSuchBucketPolicy", "GetBucketPolicy", new() { ["Bucket"] = "conf" });

        Fails("NoSuchWebsiteConfiguration", "GetBucketWebsite", new() { ["Bucket"] = "conf" });
        Ok("PutBucketWebsite", new() { ["Bucket"] = "conf", ["WebsiteConfiguration"] = new JsonObject
        {
            ["IndexDocument"] = new JsonObject { ["Suffix"] = "index.html" }, ["ErrorDocument"] = new JsonObject { ["Key"] = "404.html" },
        } });
        var site = Ok("GetBucketWebsite", new() { ["Bucket"] = "conf" });
        Assert.Equal("index.html", site["IndexDocument"]!["Suffix"]!.GetValue<string>());
        Assert.Equal("404.html", site["ErrorDocument"]!["Key"]!.GetValue<string>());
        Ok("DeleteBucketWebsite", new() { ["Bucket"] = "conf" });
        Fails("NoSuchWebsiteConfiguration", "GetBucketWebsite", new() { ["Bucket"] = "conf" });

        Fails("NoSuchTagSet", "GetBucketTagging", new() { ["Bucket"] = "conf" });
        Ok("PutBucketTagging", new() { ["Bucket"] = "conf", ["Tagging"] = new JsonObject { ["TagSet"] = new JsonArray(new JsonObject { ["Key"] = "env", ["Value"] = "dev" }) } });
        Assert.Equal("dev", Ok("GetBucketTagging", new() { ["Bucket"] = "conf" })["TagSet"]![0]!["Value"]!.GetValue<string>());
        Ok("DeleteBucketTagging", new() { ["Bucket"] = "conf" });
        Fails("NoSuchTagSet", "GetBucketTagging", new() { ["Bucket"] = "conf" });
    }
}
