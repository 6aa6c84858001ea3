using System.Text.Json.Nodes;
using Aws.Local.Auth;
using Aws.Local.Host;
using Aws.Local.Storage;

namespace Aws.Local.Services.Iam;

/// <summary>The account password policy, console login profiles and ChangePassword.</summary>
public sealed partial class IamService
{
    private static readonly string[] PolicyFlags =
        ["RequireSymbols", "RequireNumbers", "RequireUppercaseCharacters", "RequireLowercaseCharacters", "AllowUsersToChangePassword"];

    private void RegisterPasswords()
    {
        _handlers["UpdateAccountPasswordPolicy"] = (c, a) =>
        {
            var policy = new JsonObject { ["MinimumPasswordLength"] = Ranged(c, "MinimumPasswordLength", 6, 128) ?? 6 };
            foreach (var flag in PolicyFlags) policy[flag] = c.Bool(flag) ?? false;
            var maxAge = Ranged(c, "MaxPasswordAge", 1, 1095);
            policy["ExpirePasswords"] = maxAge is > 0;
            if (maxAge is { } age) policy["MaxPasswordAge"] = age;
            if (Ranged(c, "PasswordReusePrevention", 1, 24) is { } reuse) policy["PasswordReusePrevention"] = reuse;
            if (c.Bool("HardExpiry") is { } hard) policy["HardExpiry"] = hard;
            a.Root["passwordPolicy"] = policy;
            return [];
        };
        _handlers["GetAccountPasswordPolicy"] = (_, a) => new JsonObject { ["PasswordPolicy"] = PasswordPolicy(a).DeepClone() };
        _handlers["DeleteAccountPasswordPolicy"] = (_, a) =>
        {
            if (a.Root["passwordPolicy"] is null)
                throw LocalServiceException.NoSuchEntity("The account policy with name PasswordPolicy cannot be found.");
            a.Root.Remove("passwordPolicy");
            return [];
        };

        _handlers["CreateLoginProfile"] = (c, a) =>
        {
            var (name, user) = LoginUser(c, a);
            if (user["_login"] is not null) throw LocalServiceException.AlreadyExists($"Login Profile for user {name} already exists.");
            var password = c.Required("Password");
            PasswordRules.Check(a, password, user);
            PasswordRules.Set(user, password, c.Now);
            var login = (JsonObject)user["_login"]!;
            login["created"] = IamAccount.Now(c.Now);
            login["reset"] = c.Bool("PasswordResetRequired") ?? false;
            return new JsonObject { ["LoginProfile"] = LoginProfile(name, login) };
        };
        _handlers["GetLoginProfile"] = (c, a) =>
        {
            var (name, user) = LoginUser(c, a);
            return new JsonObject { ["LoginProfile"] = LoginProfile(name, Login(name, user)) };
        };
        _handlers["UpdateLoginProfile"] = (c, a) =>
        {
            var (name, user) = LoginUser(c, a);
            var login = Login(name, user);
            if (c.Str("Password") is { } password)
            {
                PasswordRules.Check(a, password, user);
                PasswordRules.Set(user, password, c.Now);
            }
            if (c.Bool("PasswordResetRequired") is { } reset) login["reset"] = reset;
            return [];
        };
        _handlers["DeleteLoginProfile"] = (c, a) =>
        {
            var (name, user) = LoginUser(c, a);
            Login(name, user);
            user.Remove("_login");
            return [];
        };
        _handlers["ChangePassword"] = (c, a) =>
        {
            if (c.Principal.Kind != PrincipalKind.User || c.Principal.UserName is not { } name)
                throw new LocalServiceException("InvalidUserType", "Only IAM Users can change their own password.");
            var user = a.User(name);
            var login = Login(name, user);
            if (!PasswordRules.Verify(c.Required("OldPassword"), login.Str("hash") ?? ""))
                throw LocalServiceException.AccessDenied("The old password is incorrect.");
            if (a.Root["passwordPolicy"] is JsonObject policy && PasswordRules.Flag(policy, "HardExpiry")
                && policy["MaxPasswordAge"]?.GetValue<long>() is { } days
                && DateTimeOffset.Parse(login.Str("changed")!, System.Globalization.CultureInfo.InvariantCulture).AddDays(days) <= c.Now)
                throw new LocalServiceException("EntityTemporarilyUnmodifiable",
                    "The password has expired and the account password policy prevents users from changing it (HardExpiry).", 409);
            var password = c.Required("NewPassword");
            PasswordRules.Check(a, password, user);
            PasswordRules.Set(user, password, c.Now);
            login["reset"] = false;
            return [];
        };
        foreach (var op in new[] { "CreateLoginProfile", "GetLoginProfile", "UpdateLoginProfile", "DeleteLoginProfile" }) _targets[op] = UserTarget;
        // Users change their own password when the account policy allows it; otherwise they need iam:ChangePassword.
        _targets["ChangePassword"] = (c, a) => UserTarget(c, a) with
        {
            AllowedUnlessDenied = a.Root["passwordPolicy"] is JsonObject p && PasswordRules.Flag(p, "AllowUsersToChangePassword"),
        };
    }

    private static JsonObject PasswordPolicy(IamAccount a) => a.Root["passwordPolicy"] as JsonObject
        ?? throw LocalServiceException.NoSuchEntity($"The Password Policy with domain name {a.AccountId} cannot be found.");

    // An integer member within AWS's documented range; ValidationError (with the wire name) otherwise.
    private static long? Ranged(RequestContext c, string name, long min, long max)
    {
        if (c.Long(name) is not { } value) return null;
        var wire = char.ToLowerInvariant(name[0]) + name[1..];
        if (value < min)
            throw LocalServiceException.Validation($"1 validation error detected: Value '{value}' at '{wire}' failed to satisfy constraint: Member must have value greater than or equal to {min}");
        if (value > max)
            throw LocalServiceException.Validation($"1 validation error detected: Value '{value}' at '{wire}' failed to satisfy constraint: Member must have value less than or equal to {max}");
        return value;
    }

    // UserName, else the calling IAM user (as AWS allows for the login profile operations).
    private static (string Name, JsonObject User) LoginUser(RequestContext c, IamAccount a)
    {
        var name = c.Str("UserName") ?? c.Principal.UserName
            ?? throw LocalServiceException.Validation("1 validation error detected: Value null at 'userName' failed to satisfy constraint: Member must not be null");
        return (name, a.User(name));
    }

    private static JsonObject Login(string name, JsonObject user) => user["_login"] as JsonObject
        ?? throw LocalServiceException.NoSuchEntity($"Login Profile for User {name} cannot be found.");

    private static JsonObject LoginProfile(string name, JsonObject login) => new()
    {
        ["UserName"] = name, ["CreateDate"] = login.Str("created"), ["PasswordResetRequired"] = login["reset"]?.GetValue<bool>() ?? false,
    };
}
