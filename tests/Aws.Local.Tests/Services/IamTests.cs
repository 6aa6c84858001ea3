using System.Text.Json.Nodes;
using Aws.Local.Tests.Host;

namespace Aws.Local.Tests.Services;

public class IamTests
{
    private readonly LocalCloudFixture _f = new();

    private const string S3Read = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:Get*","Resource":"*"}]}""";

    private static JsonObject User(string name) => new() { ["UserName"] = name };

    [Fact]
    public void Users_are_created_listed_and_deleted()
    {
        var created = _f.Ok("iam", "CreateUser", new() { ["UserName"] = "alice", ["Path"] = "/dev/" })["User"]!;
        Assert.Equal($"arn:aws:iam::{_f.Account.AccountId}:user/dev/alice", created["Arn"]!.GetValue<string>());
        _f.Fails("EntityAlreadyExists", "iam", "CreateUser", User("alice"));
        var users = _f.Ok("iam", "ListUsers")["Users"]!.AsArray().Select(u => u!["UserName"]!.GetValue<string>());
        Assert.Equal(["admin", "alice"], users);
        Assert.Single(_f.Ok("iam", "ListUsers", new() { ["PathPrefix"] = "/dev/" })["Users"]!.AsArray());
        _f.Ok("iam", "DeleteUser", User("alice"));
        _f.Fails("NoSuchEntity", "iam", "GetUser", User("alice"));
    }

    [Fact]
    public void Get_user_without_name_is_the_caller()
    {
        Assert.Equal("admin", _f.Ok("iam", "GetUser")["User"]!["UserName"]!.GetValue<string>());
    }

    [Fact]
    public void List_pages_with_marker_and_max_items()
    {
        foreach (var n in new[] { "u1", "u2", "u3" }) _f.Ok("iam", "CreateUser", User(n));
        var first = _f.Ok("iam", "ListUsers", new() { ["MaxItems"] = 2 });
        Assert.True(first["IsTruncated"]!.GetValue<bool>());
        Assert.Equal(2, first["Users"]!.AsArray().Count);
        var second = _f.Ok("iam", "ListUsers", new() { ["MaxItems"] = 2, ["Marker"] = first["Marker"]!.GetValue<string>() });
        Assert.False(second["IsTruncated"]!.GetValue<bool>());
        Assert.Equal(["u2", "u3"], second["Users"]!.AsArray().Select(u => u!["UserName"]!.GetValue<string>()));
    }

    [Fact]
    public void At_most_two_access_keys_and_delete_conflicts()
    {
        _f.Ok("iam", "CreateUser", User("bob"));
        _f.Ok("iam", "CreateAccessKey", User("bob"));
        var second = _f.Ok("iam", "CreateAccessKey", User("bob"))["AccessKey"]!["AccessKeyId"]!.GetValue<string>();
        _f.Fails("LimitExceeded", "iam", "CreateAccessKey", User("bob"));
        Assert.Equal(2, _f.Ok("iam", "ListAccessKeys", User("bob"))["AccessKeyMetadata"]!.AsArray().Count);
        _f.Fails("DeleteConflict", "iam", "DeleteUser", User("bob"));
        _f.Ok("iam", "DeleteAccessKey", new() { ["UserName"] = "bob", ["AccessKeyId"] = second });
        _f.Fails("NoSuchEntity", "iam", "DeleteAccessKey", new() { ["UserName"] = "bob", ["AccessKeyId"] = second });
    }

    [Fact]
    public void Managed_policy_versions()
    {
        var arn = _f.Ok("iam", "CreatePolicy", new() { ["PolicyName"] = "p", ["PolicyDocument"] = S3Read })["Policy"]!["Arn"]!.GetValue<string>();
        for (var i = 2; i <= 5; i++)
            Assert.Equal("v" + i, _f.Ok("iam", "CreatePolicyVersion", new() { ["PolicyArn"] = arn, ["PolicyDocument"] = S3Read, ["SetAsDefault"] = i == 3 })
                ["PolicyVersion"]!["VersionId"]!.GetValue<string>());
        _f.Fails("LimitExceeded", "iam", "CreatePolicyVersion", new() { ["PolicyArn"] = arn, ["PolicyDocument"] = S3Read });
        Assert.Equal("v3", _f.Ok("iam", "GetPolicy", new() { ["PolicyArn"] = arn })["Policy"]!["DefaultVersionId"]!.GetValue<string>());
        _f.Fails("DeleteConflict", "iam", "DeletePolicyVersion", new() { ["PolicyArn"] = arn, ["VersionId"] = "v3" });
        _f.Ok("iam", "DeletePolicyVersion", new() { ["PolicyArn"] = arn, ["VersionId"] = "v1" });
        // The client decodes IAM's URL-encoded documents into JSON, as the AWS CLI does.
        var document = _f.Ok("iam", "GetPolicyVersion", new() { ["PolicyArn"] = arn, ["VersionId"] = "v3" })["PolicyVersion"]!["Document"];
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(S3Read), document));
        Assert.Equal(4, _f.Ok("iam", "ListPolicyVersions", new() { ["PolicyArn"] = arn })["Versions"]!.AsArray().Count);
    }

    [Fact]
    public void Malformed_policy_is_refused()
    {
        _f.Fails("MalformedPolicyDocument", "iam", "CreatePolicy", new() { ["PolicyName"] = "p", ["PolicyDocument"] = "{not json" });
        _f.Fails("MalformedPolicyDocument", "iam", "PutUserPolicy",
            new() { ["UserName"] = "admin", ["PolicyName"] = "p", ["PolicyDocument"] = """{"Statement":[{"Effect":"Maybe","Action":"*","Resource":"*"}]}""" });
    }

    [Fact]
    public void Attached_aws_managed_policy_grants_access_and_blocks_delete()
    {
        var bob = _f.UserWithKey("bob");
        _f.Fails("AccessDenied", "iam", "ListRoles", credentials: bob);
        _f.Ok("iam", "AttachUserPolicy", new() { ["UserName"] = "bob", ["PolicyArn"] = "arn:aws:iam::aws:policy/IAMReadOnlyAccess" });
        _f.Ok("iam", "ListRoles", credentials: bob);
        var attached = _f.Ok("iam", "ListAttachedUserPolicies", User("bob"))["AttachedPolicies"]!.AsArray();
        Assert.Equal("IAMReadOnlyAccess", attached.Single()!["PolicyName"]!.GetValue<string>());
        Assert.Equal(1, _f.Ok("iam", "GetPolicy", new() { ["PolicyArn"] = "arn:aws:iam::aws:policy/IAMReadOnlyAccess" })["Policy"]!["AttachmentCount"]!.GetValue<long>());
        _f.Fails("NoSuchEntity", "iam", "AttachUserPolicy", new() { ["UserName"] = "bob", ["PolicyArn"] = "arn:aws:iam::aws:policy/Nope" });
        _f.Fails("DeleteConflict", "iam", "DeleteUser", User("bob"));
    }

    [Fact]
    public void Group_membership_grants_the_group_policies()
    {
        var bob = _f.UserWithKey("bob");
        _f.Ok("iam", "CreateGroup", new() { ["GroupName"] = "readers" });
        _f.Ok("iam", "PutGroupPolicy", new() { ["GroupName"] = "readers", ["PolicyName"] = "list",
            ["PolicyDocument"] = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListUsers","Resource":"*"}]}""" });
        _f.Fails("AccessDenied", "iam", "ListUsers", credentials: bob);
        _f.Ok("iam", "AddUserToGroup", new() { ["GroupName"] = "readers", ["UserName"] = "bob" });
        _f.Ok("iam", "ListUsers", credentials: bob);
        Assert.Single(_f.Ok("iam", "GetGroup", new() { ["GroupName"] = "readers" })["Users"]!.AsArray());
        _f.Fails("DeleteConflict", "iam", "DeleteGroup", new() { ["GroupName"] = "readers" });
        Assert.Equal(["list"], _f.Ok("iam", "ListGroupPolicies", new() { ["GroupName"] = "readers" })["PolicyNames"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public void Inline_user_policy_round_trip_and_explicit_deny()
    {
        var bob = _f.UserWithKey("bob", "AdministratorAccess");
        var deny = """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"iam:Delete*","Resource":"*"}]}""";
        _f.Ok("iam", "PutUserPolicy", new() { ["UserName"] = "bob", ["PolicyName"] = "no-delete", ["PolicyDocument"] = deny });
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(deny), _f.Ok("iam", "GetUserPolicy", new() { ["UserName"] = "bob", ["PolicyName"] = "no-delete" })["PolicyDocument"]));
        var error = _f.Fails("AccessDenied", "iam", "DeleteUser", User("admin"), bob);
        Assert.EndsWith("with an explicit deny in an identity-based policy", error.Message, StringComparison.Ordinal);
        _f.Fails("NoSuchEntity", "iam", "GetUserPolicy", new() { ["UserName"] = "bob", ["PolicyName"] = "other" });
    }

    [Fact]
    public void Instance_profiles_hold_one_role()
    {
        _f.Ok("iam", "CreateRole", new() { ["RoleName"] = "ec2", ["AssumeRolePolicyDocument"] =
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}""" });
        _f.Ok("iam", "CreateInstanceProfile", new() { ["InstanceProfileName"] = "web" });
        _f.Ok("iam", "AddRoleToInstanceProfile", new() { ["InstanceProfileName"] = "web", ["RoleName"] = "ec2" });
        _f.Fails("LimitExceeded", "iam", "AddRoleToInstanceProfile", new() { ["InstanceProfileName"] = "web", ["RoleName"] = "ec2" });
        var profile = _f.Ok("iam", "GetInstanceProfile", new() { ["InstanceProfileName"] = "web" })["InstanceProfile"]!;
        Assert.Equal("ec2", profile["Roles"]!.AsArray().Single()!["RoleName"]!.GetValue<string>());
        _f.Fails("DeleteConflict", "iam", "DeleteRole", new() { ["RoleName"] = "ec2" });
        Assert.Single(_f.Ok("iam", "ListInstanceProfilesForRole", new() { ["RoleName"] = "ec2" })["InstanceProfiles"]!.AsArray());
    }

    [Fact]
    public void Tags_on_users_and_roles()
    {
        _f.Ok("iam", "CreateUser", new() { ["UserName"] = "t", ["Tags"] = new JsonArray(new JsonObject { ["Key"] = "team", ["Value"] = "a" }) });
        _f.Ok("iam", "TagUser", new() { ["UserName"] = "t", ["Tags"] = new JsonArray(new JsonObject { ["Key"] = "env", ["Value"] = "dev" }) });
        _f.Ok("iam", "UntagUser", new() { ["UserName"] = "t", ["TagKeys"] = new JsonArray("team") });
        var tags = _f.Ok("iam", "ListUserTags", User("t"))["Tags"]!.AsArray();
        Assert.Equal("env", tags.Single()!["Key"]!.GetValue<string>());
    }

    [Fact]
    public void Trust_policy_round_trips_through_the_client_decoding()
    {
        var trust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}]}""";
        _f.Ok("iam", "CreateRole", new() { ["RoleName"] = "r", ["AssumeRolePolicyDocument"] = trust });
        var decoded = _f.Ok("iam", "GetRole", new() { ["RoleName"] = "r" })["Role"]!["AssumeRolePolicyDocument"];
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(trust), decoded));
    }

    [Fact]
    public void Aws_managed_policies_are_listed_with_real_arns()
    {
        var arns = _f.Ok("iam", "ListPolicies", new() { ["Scope"] = "AWS", ["MaxItems"] = 100 })["Policies"]!.AsArray()
            .Select(p => p!["Arn"]!.GetValue<string>()).ToList();
        foreach (var name in new[] { "AdministratorAccess", "PowerUserAccess", "ReadOnlyAccess", "IAMFullAccess", "IAMReadOnlyAccess",
                     "AmazonEC2FullAccess", "AmazonEC2ReadOnlyAccess", "AmazonS3FullAccess", "AmazonS3ReadOnlyAccess" })
            Assert.Contains("arn:aws:iam::aws:policy/" + name, arns);
    }
}
