using System.Text.Json.Nodes;
using Aws.Local.Auth;
using Aws.Local.Tests.Host;

namespace Aws.Local.Tests.Auth;

public class ParsedPolicyCacheTests
{
    private static string Policy(string effect, string action) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Effect":"{{effect}}","Action":"{{action}}","Resource":"*"}]}""";

    [Fact]
    public void Same_text_is_parsed_once_and_shared()
    {
        var cache = new ParsedPolicyCache();
        var first = cache.Get(Policy("Allow", "iam:List*"));
        Assert.NotNull(first);
        Assert.Same(first, cache.Get(Policy("Allow", "iam:List*")));
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Changed_text_is_parsed_anew()
    {
        var cache = new ParsedPolicyCache();
        var allow = cache.Get(Policy("Allow", "iam:List*"))!;
        var deny = cache.Get(Policy("Deny", "iam:List*"))!;
        Assert.NotSame(allow, deny);
        Assert.Equal(Aws.Local.Policy.Documents.PolicyEffect.Deny, deny.Statements[0].Effect);
    }

    [Fact]
    public void Text_that_does_not_parse_is_null_every_time()
    {
        var cache = new ParsedPolicyCache();
        Assert.Null(cache.Get("{nope"));
        Assert.Null(cache.Get("{nope"));
        Assert.Null(cache.Get("""{"Version":"2012-10-17","Statement":[{"Effect":"Maybe","Action":"*","Resource":"*"}]}"""));
    }

    [Fact]
    public void A_full_cache_starts_over_and_still_answers()
    {
        var cache = new ParsedPolicyCache(capacity: 2);
        for (var i = 0; i < 5; i++) Assert.NotNull(cache.Get(Policy("Allow", $"iam:Get{i}")));
        Assert.InRange(cache.Count, 1, 2);
        Assert.NotNull(cache.Get(Policy("Allow", "iam:Get0")));
    }

    [Fact]
    public void A_changed_inline_policy_is_enforced_on_the_next_request()
    {
        var f = new LocalCloudFixture();
        var bob = f.UserWithKey("bob");
        void Put(string document) =>
            f.Ok("iam", "PutUserPolicy", new JsonObject { ["UserName"] = "bob", ["PolicyName"] = "p", ["PolicyDocument"] = document });

        Put(Policy("Allow", "iam:List*"));
        f.Ok("iam", "ListUsers", credentials: bob);
        Put(Policy("Allow", "iam:Get*"));
        f.Fails("AccessDenied", "iam", "ListUsers", credentials: bob);
        Put(Policy("Allow", "iam:List*"));
        f.Ok("iam", "ListUsers", credentials: bob);
    }

    [Fact]
    public void A_new_managed_policy_version_is_enforced_on_the_next_request()
    {
        var f = new LocalCloudFixture();
        var bob = f.UserWithKey("bob");
        var arn = f.Ok("iam", "CreatePolicy", new JsonObject { ["PolicyName"] = "m", ["PolicyDocument"] = Policy("Allow", "iam:List*") })
            ["Policy"]!["Arn"]!.GetValue<string>();
        f.Ok("iam", "AttachUserPolicy", new JsonObject { ["UserName"] = "bob", ["PolicyArn"] = arn });
        f.Ok("iam", "ListUsers", credentials: bob);
        f.Ok("iam", "CreatePolicyVersion", new JsonObject
        {
            ["PolicyArn"] = arn, ["PolicyDocument"] = Policy("Deny", "iam:List*"), ["SetAsDefault"] = true,
        });
        f.Fails("AccessDenied", "iam", "ListUsers", credentials: bob);
    }

    [Fact]
    public void A_deleted_user_key_is_refused_on_the_next_request()
    {
        var f = new LocalCloudFixture();
        var bob = f.UserWithKey("bob");
        f.Ok("iam", "PutUserPolicy", new JsonObject { ["UserName"] = "bob", ["PolicyName"] = "p", ["PolicyDocument"] = Policy("Allow", "iam:List*") });
        f.Ok("iam", "ListUsers", credentials: bob);
        f.Ok("iam", "DeleteAccessKey", new JsonObject { ["UserName"] = "bob", ["AccessKeyId"] = bob.AccessKeyId });
        f.Fails("InvalidClientTokenId", "iam", "ListUsers", credentials: bob);
    }
}
