using System.Text;
using System.Text.Json.Nodes;
using Aws.Local.Auth;
using Aws.Local.Tests.Host;

namespace Aws.Local.Tests.Services;

public class StsTests
{
    private readonly LocalCloudFixture _f = new();

    private string Account => _f.Account.AccountId;

    private string TrustFor(string principalArn, string? condition = null) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"{{principalArn}}"},"Action":"sts:AssumeRole"{{(condition is null ? "" : "," + condition)}}}]}""";

    private void CreateRole(string name, string trust, long? maxSession = null)
    {
        var input = new JsonObject { ["RoleName"] = name, ["AssumeRolePolicyDocument"] = trust };
        if (maxSession is { } m) input["MaxSessionDuration"] = m;
        _f.Ok("iam", "CreateRole", input);
    }

    [Fact]
    public void Caller_identity_of_admin_root_and_role()
    {
        var admin = _f.Ok("sts", "GetCallerIdentity");
        Assert.Equal($"arn:aws:iam::{Account}:user/admin", admin["Arn"]!.GetValue<string>());
        Assert.StartsWith("AIDA", admin["UserId"]!.GetValue<string>(), StringComparison.Ordinal);
        var root = _f.Ok("sts", "GetCallerIdentity", credentials: _f.Root);
        Assert.Equal($"arn:aws:iam::{Account}:root", root["Arn"]!.GetValue<string>());
        Assert.Equal(Account, root["UserId"]!.GetValue<string>());
    }

    [Fact]
    public void Caller_identity_needs_no_permission()
    {
        var nobody = _f.UserWithKey("nobody");
        Assert.Equal(Account, _f.Ok("sts", "GetCallerIdentity", credentials: nobody)["Account"]!.GetValue<string>());
    }

    [Fact]
    public void Assume_role_with_trust_policy_gives_working_credentials()
    {
        var bob = _f.UserWithKey("bob");
        CreateRole("deployer", TrustFor($"arn:aws:iam::{Account}:user/bob"));
        _f.Ok("iam", "AttachRolePolicy", new() { ["RoleName"] = "deployer", ["PolicyArn"] = "arn:aws:iam::aws:policy/IAMReadOnlyAccess" });

        var result = _f.Ok("sts", "AssumeRole", new() { ["RoleArn"] = $"arn:aws:iam::{Account}:role/deployer", ["RoleSessionName"] = "s1" }, bob);
        Assert.Equal($"arn:aws:sts::{Account}:assumed-role/deployer/s1", result["AssumedRoleUser"]!["Arn"]!.GetValue<string>());
        var session = LocalCloudFixture.Credentials(result);

        var identity = _f.Ok("sts", "GetCallerIdentity", credentials: session);
        Assert.Equal($"arn:aws:sts::{Account}:assumed-role/deployer/s1", identity["Arn"]!.GetValue<string>());
        Assert.EndsWith(":s1", identity["UserId"]!.GetValue<string>(), StringComparison.Ordinal);
        _f.Ok("iam", "ListUsers", credentials: session);
        var denied = _f.Fails("AccessDenied", "iam", "CreateUser", new() { ["UserName"] = "x" }, session);
        Assert.StartsWith($"User: arn:aws:sts::{Account}:assumed-role/deployer/s1 is not authorized to perform: iam:CreateUser", denied.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assume_role_not_trusted_is_denied()
    {
        var bob = _f.UserWithKey("bob", "AdministratorAccess");
        _f.Ok("iam", "CreateUser", new() { ["UserName"] = "alice" });
        CreateRole("other", TrustFor($"arn:aws:iam::{Account}:user/alice"));
        var error = _f.Fails("AccessDenied", "sts", "AssumeRole",
            new() { ["RoleArn"] = $"arn:aws:iam::{Account}:role/other", ["RoleSessionName"] = "s0" }, bob);
        Assert.Equal($"User: arn:aws:iam::{Account}:user/bob is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::{Account}:role/other", error.Message);
    }

    [Fact]
    public void Assume_role_checks_external_id()
    {
        CreateRole("vendor", TrustFor($"arn:aws:iam::{Account}:user/admin", "\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"abc\"}}"));
        var arn = $"arn:aws:iam::{Account}:role/vendor";
        _f.Fails("AccessDenied", "sts", "AssumeRole", new() { ["RoleArn"] = arn, ["RoleSessionName"] = "s0" });
        _f.Fails("AccessDenied", "sts", "AssumeRole", new() { ["RoleArn"] = arn, ["RoleSessionName"] = "s0", ["ExternalId"] = "nope" });
        _f.Ok("sts", "AssumeRole", new() { ["RoleArn"] = arn, ["RoleSessionName"] = "s0", ["ExternalId"] = "abc" });
    }

    [Fact]
    public void Duration_limits_and_role_chaining()
    {
        CreateRole("r", TrustFor($"arn:aws:iam::{Account}:root"), maxSession: 7200);
        _f.Ok("iam", "AttachRolePolicy", new() { ["RoleName"] = "r", ["PolicyArn"] = "arn:aws:iam::aws:policy/AdministratorAccess" });
        var arn = $"arn:aws:iam::{Account}:role/r";
        _f.Fails("ValidationError", "sts", "AssumeRole", new() { ["RoleArn"] = arn, ["RoleSessionName"] = "s0", ["DurationSeconds"] = 7201 });
        var session = LocalCloudFixture.Credentials(
            _f.Ok("sts", "AssumeRole", new() { ["RoleArn"] = arn, ["RoleSessionName"] = "s0", ["DurationSeconds"] = 7200 }));
        var chained = _f.Fails("ValidationError", "sts", "AssumeRole",
            new() { ["RoleArn"] = arn, ["RoleSessionName"] = "s2", ["DurationSeconds"] = 3601 }, session);
        Assert.Contains("role chaining", chained.Message, StringComparison.Ordinal);
        _f.Ok("sts", "AssumeRole", new() { ["RoleArn"] = arn, ["RoleSessionName"] = "s2", ["DurationSeconds"] = 3600 }, session);
    }

    [Fact]
    public void Session_token_with_virtual_mfa()
    {
        var bob = _f.UserWithKey("bob");
        var device = _f.Ok("iam", "CreateVirtualMFADevice", new() { ["VirtualMFADeviceName"] = "bob-phone" })["VirtualMFADevice"]!;
        var serial = device["SerialNumber"]!.GetValue<string>();
        var seed = Totp.FromBase32(Encoding.ASCII.GetString(Convert.FromBase64String(device["Base32StringSeed"]!.GetValue<string>())));
        var now = _f.Clock.GetUtcNow();
        _f.Fails("InvalidAuthenticationCode", "iam", "EnableMFADevice", new()
        {
            ["UserName"] = "bob", ["SerialNumber"] = serial, ["AuthenticationCode1"] = "000000", ["AuthenticationCode2"] = "000000",
        });
        _f.Ok("iam", "EnableMFADevice", new()
        {
            ["UserName"] = "bob", ["SerialNumber"] = serial,
            ["AuthenticationCode1"] = Totp.Code(seed, now.AddSeconds(-30)), ["AuthenticationCode2"] = Totp.Code(seed, now),
        });
        Assert.Single(_f.Ok("iam", "ListMFADevices", new() { ["UserName"] = "bob" })["MFADevices"]!.AsArray());

        _f.Fails("AccessDenied", "sts", "GetSessionToken", new() { ["SerialNumber"] = serial, ["TokenCode"] = "123456" }, bob);
        var session = LocalCloudFixture.Credentials(
            _f.Ok("sts", "GetSessionToken", new() { ["SerialNumber"] = serial, ["TokenCode"] = Totp.Code(seed, now) }, bob));
        _f.Fails("AccessDenied", "sts", "GetSessionToken", credentials: session);

        _f.Fails("DeleteConflict", "iam", "DeleteVirtualMFADevice", new() { ["SerialNumber"] = serial });
        _f.Ok("iam", "DeactivateMFADevice", new() { ["UserName"] = "bob", ["SerialNumber"] = serial });
        _f.Ok("iam", "DeleteVirtualMFADevice", new() { ["SerialNumber"] = serial });
    }

    [Fact]
    public void Access_key_info_names_the_account()
    {
        Assert.Equal(Account, _f.Ok("sts", "GetAccessKeyInfo", new() { ["AccessKeyId"] = _f.Admin.AccessKeyId })["Account"]!.GetValue<string>());
    }
}
