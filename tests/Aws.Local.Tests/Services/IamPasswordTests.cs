using System.Text.Json.Nodes;
using Aws.Local.Tests.Host;

namespace Aws.Local.Tests.Services;

public class IamPasswordTests
{
    private readonly LocalCloudFixture _f = new();

    private static JsonObject User(string name) => new() { ["UserName"] = name };

    private static JsonObject Login(string user, string password, bool? reset = null)
    {
        var input = new JsonObject { ["UserName"] = user, ["Password"] = password };
        if (reset is { } r) input["PasswordResetRequired"] = r;
        return input;
    }

    [Fact]
    public void Password_policy_is_absent_until_set_and_has_aws_defaults()
    {
        var missing = _f.Fails("NoSuchEntity", "iam", "GetAccountPasswordPolicy");
        Assert.Equal($"The Password Policy with domain name {_f.Account.AccountId} cannot be found.", missing.Message);
        _f.Ok("iam", "UpdateAccountPasswordPolicy");
        var policy = _f.Ok("iam", "GetAccountPasswordPolicy")["PasswordPolicy"]!;
        Assert.Equal(6, policy["MinimumPasswordLength"]!.GetValue<long>());
        foreach (var flag in new[] { "RequireSymbols", "RequireNumbers", "RequireUppercaseCharacters", "RequireLowercaseCharacters", "AllowUsersToChangePassword", "ExpirePasswords" })
            Assert.False(policy[flag]!.GetValue<bool>(), flag);
        Assert.Null(policy["MaxPasswordAge"]);
        Assert.Null(policy["PasswordReusePrevention"]);

        _f.Ok("iam", "UpdateAccountPasswordPolicy", new() { ["MinimumPasswordLength"] = 12, ["MaxPasswordAge"] = 90, ["PasswordReusePrevention"] = 3, ["RequireSymbols"] = true });
        policy = _f.Ok("iam", "GetAccountPasswordPolicy")["PasswordPolicy"]!;
        Assert.Equal(12, policy["MinimumPasswordLength"]!.GetValue<long>());
        Assert.True(policy["ExpirePasswords"]!.GetValue<bool>());
        Assert.Equal(90, policy["MaxPasswordAge"]!.GetValue<long>());
        Assert.Equal(3, policy["PasswordReusePrevention"]!.GetValue<long>());

        _f.Ok("iam", "DeleteAccountPasswordPolicy");
        _f.Fails("NoSuchEntity", "iam", "DeleteAccountPasswordPolicy");
    }

    [Theory]
    [InlineData("MinimumPasswordLength", 5)]
    [InlineData("MinimumPasswordLength", 129)]
    [InlineData("MaxPasswordAge", 0)]
    [InlineData("MaxPasswordAge", 1096)]
    [InlineData("PasswordReusePrevention", 25)]
    public void Password_policy_values_outside_aws_ranges_are_refused(string member, int value)
    {
        var error = _f.Fails("ValidationError", "iam", "UpdateAccountPasswordPolicy", new() { [member] = value });
        Assert.Contains($"Value '{value}' at '{char.ToLowerInvariant(member[0])}{member[1..]}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Login_profile_lifecycle()
    {
        _f.Ok("iam", "CreateUser", User("bob"));
        _f.Fails("NoSuchEntity", "iam", "GetLoginProfile", User("bob"));
        var created = _f.Ok("iam", "CreateLoginProfile", Login("bob", "Correct-Horse-9", reset: true))["LoginProfile"]!;
        Assert.Equal("bob", created["UserName"]!.GetValue<string>());
        Assert.True(created["PasswordResetRequired"]!.GetValue<bool>());
        Assert.NotNull(created["CreateDate"]);
        var duplicate = _f.Fails("EntityAlreadyExists", "iam", "CreateLoginProfile", Login("bob", "Correct-Horse-9"));
        Assert.Equal("Login Profile for user bob already exists.", duplicate.Message);

        _f.Ok("iam", "UpdateLoginProfile", new() { ["UserName"] = "bob", ["PasswordResetRequired"] = false });
        Assert.False(_f.Ok("iam", "GetLoginProfile", User("bob"))["LoginProfile"]!["PasswordResetRequired"]!.GetValue<bool>());

        var conflict = _f.Fails("DeleteConflict", "iam", "DeleteUser", User("bob"));
        Assert.Contains("login profile", conflict.Message, StringComparison.Ordinal);
        _f.Ok("iam", "DeleteLoginProfile", User("bob"));
        _f.Fails("NoSuchEntity", "iam", "DeleteLoginProfile", User("bob"));
        _f.Ok("iam", "DeleteUser", User("bob"));
        _f.Fails("NoSuchEntity", "iam", "CreateLoginProfile", Login("bob", "Correct-Horse-9"));
    }

    [Fact]
    public void Without_a_policy_passwords_meet_the_aws_default_policy()
    {
        _f.Ok("iam", "CreateUser", User("bob"));
        _f.Fails("PasswordPolicyViolation", "iam", "CreateLoginProfile", Login("bob", "Ab1!"));
        _f.Fails("PasswordPolicyViolation", "iam", "CreateLoginProfile", Login("bob", "alllowercase"));
        _f.Ok("iam", "CreateLoginProfile", Login("bob", "lower-and-9"));
    }

    [Fact]
    public void Account_policy_is_enforced_on_create_and_update()
    {
        _f.Ok("iam", "UpdateAccountPasswordPolicy", new()
        {
            ["MinimumPasswordLength"] = 10, ["RequireNumbers"] = true, ["RequireUppercaseCharacters"] = true,
        });
        _f.Ok("iam", "CreateUser", User("bob"));
        var error = _f.Fails("PasswordPolicyViolation", "iam", "CreateLoginProfile", Login("bob", "Short1A"));
        Assert.StartsWith("Password does not conform to the account password policy.", error.Message, StringComparison.Ordinal);
        _f.Fails("PasswordPolicyViolation", "iam", "CreateLoginProfile", Login("bob", "longenough1"));
        _f.Fails("PasswordPolicyViolation", "iam", "CreateLoginProfile", Login("bob", "LongEnoughNoDigit"));
        _f.Ok("iam", "CreateLoginProfile", Login("bob", "LongEnough1"));
        _f.Fails("PasswordPolicyViolation", "iam", "UpdateLoginProfile", Login("bob", "short"));
        _f.Ok("iam", "UpdateLoginProfile", Login("bob", "AnotherOne22"));
    }

    [Fact]
    public void Users_change_their_own_password_when_the_policy_allows()
    {
        var bob = _f.UserWithKey("bob");
        _f.Ok("iam", "CreateLoginProfile", Login("bob", "First-pass-1", reset: true));
        var change = new JsonObject { ["OldPassword"] = "First-pass-1", ["NewPassword"] = "Second-pass-2" };
        // No policy lets users change passwords: bob needs iam:ChangePassword on himself.
        var denied = _f.Fails("AccessDenied", "iam", "ChangePassword", change, bob);
        Assert.StartsWith($"User: arn:aws:iam::{_f.Account.AccountId}:user/bob is not authorized to perform: iam:ChangePassword on resource: arn:aws:iam::{_f.Account.AccountId}:user/bob",
            denied.Message, StringComparison.Ordinal);

        _f.Ok("iam", "UpdateAccountPasswordPolicy", new() { ["AllowUsersToChangePassword"] = true, ["PasswordReusePrevention"] = 2 });
        _f.Fails("AccessDenied", "iam", "ChangePassword", new() { ["OldPassword"] = "wrong", ["NewPassword"] = "Second-pass-2" }, bob);
        _f.Ok("iam", "ChangePassword", change, bob);
        Assert.False(_f.Ok("iam", "GetLoginProfile", User("bob"))["LoginProfile"]!["PasswordResetRequired"]!.GetValue<bool>());
        // The old password no longer works, and reusing one of the last two is refused.
        _f.Fails("AccessDenied", "iam", "ChangePassword", change, bob);
        _f.Fails("PasswordPolicyViolation", "iam", "ChangePassword", new() { ["OldPassword"] = "Second-pass-2", ["NewPassword"] = "First-pass-1" }, bob);
        _f.Ok("iam", "ChangePassword", new() { ["OldPassword"] = "Second-pass-2", ["NewPassword"] = "Third-pass-3" }, bob);
    }

    [Fact]
    public void Change_password_is_for_iam_users_only()
    {
        _f.Fails("InvalidUserType", "iam", "ChangePassword", new() { ["OldPassword"] = "a", ["NewPassword"] = "b" }, _f.Root);
        _f.Fails("NoSuchEntity", "iam", "ChangePassword", new() { ["OldPassword"] = "a", ["NewPassword"] = "b" });
    }

    [Fact]
    public void Passwords_are_not_stored_in_clear()
    {
        _f.Ok("iam", "CreateUser", User("bob"));
        _f.Ok("iam", "CreateLoginProfile", Login("bob", "Visible-Secret-1"));
        var state = _f.Cloud.Store.Read(s => s.ToJsonString());
        Assert.DoesNotContain("Visible-Secret-1", state, StringComparison.Ordinal);
    }
}
