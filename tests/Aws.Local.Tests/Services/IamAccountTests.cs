using System.Text.Json.Nodes;
using Aws.Core.Credentials;
using Aws.Local.Host;
using Aws.Local.Tests.Host;

namespace Aws.Local.Tests.Services;

public class IamAccountTests
{
    private readonly LocalCloudFixture _f = new();

    private static JsonObject Alias(string alias) => new() { ["AccountAlias"] = alias };

    private string[] Aliases(AwsCredentials? credentials = null) =>
        [.. _f.Ok("iam", "ListAccountAliases", credentials: credentials)["AccountAliases"]!.AsArray().Select(a => a!.GetValue<string>())];

    [Fact]
    public void One_alias_per_account_replaced_by_the_next()
    {
        Assert.Empty(Aliases());
        _f.Ok("iam", "CreateAccountAlias", Alias("my-company"));
        Assert.Equal(["my-company"], Aliases());
        _f.Ok("iam", "CreateAccountAlias", Alias("my-company-2"));
        Assert.Equal(["my-company-2"], Aliases());
        _f.Fails("NoSuchEntity", "iam", "DeleteAccountAlias", Alias("my-company"));
        _f.Ok("iam", "DeleteAccountAlias", Alias("my-company-2"));
        Assert.Empty(Aliases());
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("-leading")]
    [InlineData("trailing-")]
    [InlineData("double--dash")]
    [InlineData("UpperCase")]
    [InlineData("under_score")]
    public void Alias_naming_rules(string alias) =>
        _f.Fails("ValidationError", "iam", "CreateAccountAlias", Alias(alias));

    [Fact]
    public void Alias_taken_by_another_account_is_refused()
    {
        var other = AccountSetup.Create(_f.Cloud.Store, _f.Clock.GetUtcNow());
        var otherAdmin = new AwsCredentials(other.AccessKeyId, other.SecretAccessKey);
        _f.Ok("iam", "CreateAccountAlias", Alias("shared-name"), otherAdmin);
        var error = _f.Fails("EntityAlreadyExists", "iam", "CreateAccountAlias", Alias("shared-name"));
        Assert.Equal("The account alias shared-name already exists.", error.Message);
        Assert.Equal(["shared-name"], Aliases(otherAdmin));
        Assert.Empty(Aliases());
    }

    [Fact]
    public void Alias_operations_are_authorized()
    {
        var reader = _f.UserWithKey("reader", "IAMReadOnlyAccess");
        _f.Ok("iam", "ListAccountAliases", credentials: reader);
        _f.Fails("AccessDenied", "iam", "CreateAccountAlias", Alias("nope-alias"), reader);
    }

    [Fact]
    public void Account_summary_counts_the_state()
    {
        _f.Ok("iam", "CreateUser", new() { ["UserName"] = "u1" });
        _f.Ok("iam", "CreateGroup", new() { ["GroupName"] = "g1" });
        _f.Ok("iam", "CreateRole", new()
        {
            ["RoleName"] = "r1",
            ["AssumeRolePolicyDocument"] = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}""",
        });
        _f.Ok("iam", "CreatePolicy", new()
        {
            ["PolicyName"] = "p1", ["PolicyDocument"] = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:Get*","Resource":"*"}]}""",
        });
        _f.Ok("iam", "CreateVirtualMFADevice", new() { ["VirtualMFADeviceName"] = "phone" });
        var map = _f.Ok("iam", "GetAccountSummary")["SummaryMap"]!;
        Assert.Equal(2, map["Users"]!.GetValue<long>());
        Assert.Equal(1, map["Groups"]!.GetValue<long>());
        Assert.Equal(1, map["Roles"]!.GetValue<long>());
        Assert.Equal(1, map["Policies"]!.GetValue<long>());
        Assert.Equal(1, map["MFADevices"]!.GetValue<long>());
        Assert.Equal(0, map["MFADevicesInUse"]!.GetValue<long>());
        Assert.Equal(0, map["AccountMFAEnabled"]!.GetValue<long>());
        Assert.Equal(1, map["AccountAccessKeysPresent"]!.GetValue<long>());
        Assert.Equal(5000, map["UsersQuota"]!.GetValue<long>());
        Assert.Equal(1000, map["RolesQuota"]!.GetValue<long>());
        Assert.Equal(2, map["AccessKeysPerUserQuota"]!.GetValue<long>());
        Assert.Equal(6144, map["PolicySizeQuota"]!.GetValue<long>());
    }

    [Fact]
    public void Authorization_details_list_entities_with_their_policies_and_page()
    {
        _f.Ok("iam", "CreateGroup", new() { ["GroupName"] = "devs" });
        _f.Ok("iam", "AddUserToGroup", new() { ["GroupName"] = "devs", ["UserName"] = "admin" });
        _f.Ok("iam", "PutUserPolicy", new()
        {
            ["UserName"] = "admin", ["PolicyName"] = "inline",
            ["PolicyDocument"] = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}""",
        });
        var all = _f.Ok("iam", "GetAccountAuthorizationDetails");
        var admin = all["UserDetailList"]!.AsArray().Single()!;
        Assert.Equal("admin", admin["UserName"]!.GetValue<string>());
        Assert.Equal(["devs"], admin["GroupList"]!.AsArray().Select(g => g!.GetValue<string>()));
        Assert.Equal("inline", admin["UserPolicyList"]![0]!["PolicyName"]!.GetValue<string>());
        Assert.Equal("s3:*", admin["UserPolicyList"]![0]!["PolicyDocument"]!["Statement"]![0]!["Action"]!.GetValue<string>());
        Assert.Equal("AdministratorAccess", admin["AttachedManagedPolicies"]![0]!["PolicyName"]!.GetValue<string>());
        Assert.Single(all["GroupDetailList"]!.AsArray());
        // AWS managed policies are listed when in use, with their versions.
        var policy = all["Policies"]!.AsArray().Single()!;
        Assert.Equal("arn:aws:iam::aws:policy/AdministratorAccess", policy["Arn"]!.GetValue<string>());
        Assert.Equal(1, policy["AttachmentCount"]!.GetValue<long>());
        Assert.True(policy["PolicyVersionList"]![0]!["IsDefaultVersion"]!.GetValue<bool>());

        var users = _f.Ok("iam", "GetAccountAuthorizationDetails", new() { ["Filter"] = new JsonArray("User") });
        Assert.Empty(users["GroupDetailList"]!.AsArray());
        var first = _f.Ok("iam", "GetAccountAuthorizationDetails", new() { ["MaxItems"] = 1 });
        Assert.True(first["IsTruncated"]!.GetValue<bool>());
        Assert.Single(first["UserDetailList"]!.AsArray());
        var rest = _f.Ok("iam", "GetAccountAuthorizationDetails", new() { ["MaxItems"] = 10, ["Marker"] = first["Marker"]!.GetValue<string>() });
        Assert.Empty(rest["UserDetailList"]!.AsArray());
        Assert.Single(rest["GroupDetailList"]!.AsArray());
    }
}
