using System.Text.Json.Nodes;
using Aws.Local.Auth;
using Aws.Local.Tests.Host;

namespace Aws.Local.Tests.Services;

/// <summary>The host authorizing with the policy engine, policy validation, and the simulator operations.</summary>
public class IamAuthorizationTests
{
    private readonly LocalCloudFixture _f = new();

    private string Account => _f.Account.AccountId;

    private static string Policy(string effect, string action, string resource = "*") =>
        $$"""{"Version":"2012-10-17","Statement":[{"Effect":"{{effect}}","Action":"{{action}}","Resource":"{{resource}}"}]}""";

    private void PutUserPolicy(string user, string name, string document) =>
        _f.Ok("iam", "PutUserPolicy", new() { ["UserName"] = user, ["PolicyName"] = name, ["PolicyDocument"] = document });

    [Fact]
    public void List_only_user_is_denied_CreateUser_with_aws_message()
    {
        var bob = _f.UserWithKey("bob");
        PutUserPolicy("bob", "list", Policy("Allow", "iam:List*"));
        _f.Ok("iam", "ListUsers", credentials: bob);
        var error = _f.Fails("AccessDenied", "iam", "CreateUser", new() { ["UserName"] = "eve" }, bob);
        Assert.Equal($"User: arn:aws:iam::{Account}:user/bob is not authorized to perform: iam:CreateUser on resource: "
            + $"arn:aws:iam::{Account}:user/eve because no identity-based policy allows the iam:CreateUser action", error.Message);
    }

    [Fact]
    public void Permissions_boundary_limits_an_administrator()
    {
        var bob = _f.UserWithKey("bob", "AdministratorAccess");
        var boundary = _f.Ok("iam", "CreatePolicy", new() { ["PolicyName"] = "b", ["PolicyDocument"] = Policy("Allow", "iam:List*") })["Policy"]!["Arn"]!.GetValue<string>();
        _f.Ok("iam", "PutUserPermissionsBoundary", new() { ["UserName"] = "bob", ["PermissionsBoundary"] = boundary });
        _f.Ok("iam", "ListUsers", credentials: bob);
        var error = _f.Fails("AccessDenied", "iam", "CreateUser", new() { ["UserName"] = "eve" }, bob);
        Assert.EndsWith("because no permissions boundary allows the iam:CreateUser action", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Principal_tag_and_request_tag_conditions_use_iam_state()
    {
        var bob = _f.UserWithKey("bob");
        _f.Ok("iam", "TagUser", new() { ["UserName"] = "bob", ["Tags"] = new JsonArray(new JsonObject { ["Key"] = "team", ["Value"] = "blue" }) });
        PutUserPolicy("bob", "tagged", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:CreateUser","Resource":"*","Condition":{"StringEquals":{"aws:RequestTag/team":"${aws:PrincipalTag/team}"}}}]}""");
        _f.Fails("AccessDenied", "iam", "CreateUser", new() { ["UserName"] = "eve" }, bob);
        _f.Ok("iam", "CreateUser", new() { ["UserName"] = "eve", ["Tags"] = new JsonArray(new JsonObject { ["Key"] = "team", ["Value"] = "blue" }) }, bob);
    }

    public static TheoryData<string, string, string> MalformedCases() => new()
    {
        { "missing version is old grammar", """{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}""", "Policy document must be version 2012-10-17 or greater." },
        { "no action", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Resource":"*"}]}""", "Policy statement must contain actions." },
        { "no resource", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*"}]}""", "Policy statement must contain resources." },
        { "not json", "{nope", "Syntax errors in policy." },
    };

    [Theory]
    [MemberData(nameof(MalformedCases))]
    public void Malformed_policies_are_rejected_with_iam_messages(string name, string document, string message)
    {
        _ = name;
        Assert.Equal(message, _f.Fails("MalformedPolicyDocument", "iam", "CreatePolicy", new() { ["PolicyName"] = "p", ["PolicyDocument"] = document }).Message);
        _f.Ok("iam", "CreateUser", new() { ["UserName"] = "u" });
        Assert.Equal(message, _f.Fails("MalformedPolicyDocument", "iam", "PutUserPolicy", new() { ["UserName"] = "u", ["PolicyName"] = "p", ["PolicyDocument"] = document }).Message);
    }

    [Fact]
    public void Trust_policy_naming_an_unknown_user_is_rejected()
    {
        var trust = $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{Account}}:user/ghost"},"Action":"sts:AssumeRole"}]}""";
        var error = _f.Fails("MalformedPolicyDocument", "iam", "CreateRole", new() { ["RoleName"] = "r", ["AssumeRolePolicyDocument"] = trust });
        Assert.StartsWith("Invalid principal in policy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_custom_policy_answers_each_decision()
    {
        var input = new JsonObject
        {
            ["PolicyInputList"] = new JsonArray(Policy("Allow", "s3:*"), Policy("Deny", "s3:DeleteBucket")),
            ["ActionNames"] = new JsonArray("s3:GetObject", "s3:DeleteBucket", "ec2:RunInstances"),
        };
        var results = _f.Ok("iam", "SimulateCustomPolicy", input)["EvaluationResults"]!.AsArray();
        Assert.Equal(["allowed", "explicitDeny", "implicitDeny"], results.Select(r => r!["EvalDecision"]!.GetValue<string>()));
        Assert.Equal("*", results[0]!["EvalResourceName"]!.GetValue<string>());
        var matched = results[1]!["MatchedStatements"]!.AsArray().Single()!;
        Assert.Equal("PolicyInputList.2", matched["SourcePolicyId"]!.GetValue<string>());
        Assert.Equal(1L, matched["StartPosition"]!["Line"]!.GetValue<long>());
    }

    [Fact]
    public void Simulate_custom_policy_pages_with_marker()
    {
        var input = new JsonObject
        {
            ["PolicyInputList"] = new JsonArray(Policy("Allow", "s3:*")),
            ["ActionNames"] = new JsonArray("s3:GetObject", "s3:PutObject", "s3:ListBucket"), ["MaxItems"] = 2,
        };
        var first = _f.Ok("iam", "SimulateCustomPolicy", input);
        Assert.True(first["IsTruncated"]!.GetValue<bool>());
        Assert.Equal(2, first["EvaluationResults"]!.AsArray().Count);
        input["Marker"] = first["Marker"]!.GetValue<string>();
        var second = _f.Ok("iam", "SimulateCustomPolicy", input);
        Assert.Equal("s3:ListBucket", second["EvaluationResults"]!.AsArray().Single()!["EvalActionName"]!.GetValue<string>());
    }

    [Fact]
    public void Simulate_custom_policy_reports_missing_context_values()
    {
        var policy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"StringEquals":{"aws:username":"bob"}}}]}""";
        var input = new JsonObject { ["PolicyInputList"] = new JsonArray(policy), ["ActionNames"] = new JsonArray("s3:GetObject") };
        var result = _f.Ok("iam", "SimulateCustomPolicy", input)["EvaluationResults"]!.AsArray().Single()!;
        Assert.Equal("implicitDeny", result["EvalDecision"]!.GetValue<string>());
        Assert.Equal(["aws:username"], result["MissingContextValues"]!.AsArray().Select(k => k!.GetValue<string>()));
        input["ContextEntries"] = new JsonArray(new JsonObject { ["ContextKeyName"] = "aws:username", ["ContextKeyValues"] = new JsonArray("bob"), ["ContextKeyType"] = "string" });
        Assert.Equal("allowed", _f.Ok("iam", "SimulateCustomPolicy", input)["EvaluationResults"]![0]!["EvalDecision"]!.GetValue<string>());
    }

    [Fact]
    public void Simulate_principal_policy_uses_user_group_and_boundary()
    {
        _f.Ok("iam", "CreateUser", new() { ["UserName"] = "bob" });
        PutUserPolicy("bob", "s3", Policy("Allow", "s3:*"));
        _f.Ok("iam", "CreateGroup", new() { ["GroupName"] = "g" });
        _f.Ok("iam", "AddUserToGroup", new() { ["GroupName"] = "g", ["UserName"] = "bob" });
        _f.Ok("iam", "PutGroupPolicy", new() { ["GroupName"] = "g", ["PolicyName"] = "nodelete", ["PolicyDocument"] = Policy("Deny", "s3:Delete*") });
        var input = new JsonObject
        {
            ["PolicySourceArn"] = $"arn:aws:iam::{Account}:user/bob",
            ["ActionNames"] = new JsonArray("s3:GetObject", "s3:DeleteObject", "iam:CreateUser"),
        };
        var results = _f.Ok("iam", "SimulatePrincipalPolicy", input)["EvaluationResults"]!.AsArray();
        Assert.Equal(["allowed", "explicitDeny", "implicitDeny"], results.Select(r => r!["EvalDecision"]!.GetValue<string>()));
        var deny = results[1]!["MatchedStatements"]!.AsArray().Single()!;
        Assert.Equal("nodelete", deny["SourcePolicyId"]!.GetValue<string>());
        Assert.Equal("group", deny["SourcePolicyType"]!.GetValue<string>());
        _f.Fails("NoSuchEntity", "iam", "SimulatePrincipalPolicy", new() { ["PolicySourceArn"] = $"arn:aws:iam::{Account}:user/ghost", ["ActionNames"] = new JsonArray("s3:GetObject") });
    }

    [Fact]
    public void Context_keys_of_custom_and_principal_policies()
    {
        var policy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::b/${aws:username}/*","Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}}]}""";
        var keys = _f.Ok("iam", "GetContextKeysForCustomPolicy", new() { ["PolicyInputList"] = new JsonArray(policy) })["ContextKeyNames"]!.AsArray();
        Assert.Equal(["aws:username", "aws:SourceIp"], keys.Select(k => k!.GetValue<string>()));
        _f.Ok("iam", "CreateUser", new() { ["UserName"] = "bob" });
        PutUserPolicy("bob", "p", policy);
        var principal = _f.Ok("iam", "GetContextKeysForPrincipalPolicy", new() { ["PolicySourceArn"] = $"arn:aws:iam::{Account}:user/bob" })["ContextKeyNames"]!.AsArray();
        Assert.Equal(["aws:username", "aws:SourceIp"], principal.Select(k => k!.GetValue<string>()));
    }

    private JsonObject AdminRole(string name)
    {
        var trust = $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{Account}}:root"},"Action":"sts:AssumeRole"}]}""";
        _f.Ok("iam", "CreateRole", new() { ["RoleName"] = name, ["AssumeRolePolicyDocument"] = trust });
        _f.Ok("iam", "AttachRolePolicy", new() { ["RoleName"] = name, ["PolicyArn"] = "arn:aws:iam::aws:policy/AdministratorAccess" });
        return new JsonObject { ["RoleArn"] = $"arn:aws:iam::{Account}:role/{name}", ["RoleSessionName"] = "s0" };
    }

    [Fact]
    public void Session_policy_arns_limit_the_assumed_role()
    {
        var input = AdminRole("r");
        input["PolicyArns"] = new JsonArray(new JsonObject { ["arn"] = "arn:aws:iam::aws:policy/IAMReadOnlyAccess" });
        var session = LocalCloudFixture.Credentials(_f.Ok("sts", "AssumeRole", input));
        _f.Ok("iam", "ListUsers", credentials: session);
        var error = _f.Fails("AccessDenied", "iam", "CreateUser", new() { ["UserName"] = "eve" }, session);
        Assert.Equal($"User: arn:aws:sts::{Account}:assumed-role/r/s0 is not authorized to perform: iam:CreateUser on resource: "
            + $"arn:aws:iam::{Account}:user/eve because no session policy allows the iam:CreateUser action", error.Message);
    }

    [Fact]
    public void Inline_session_policy_limits_the_assumed_role()
    {
        var input = AdminRole("r");
        input["Policy"] = Policy("Allow", "iam:Get*");
        var session = LocalCloudFixture.Credentials(_f.Ok("sts", "AssumeRole", input));
        _f.Fails("AccessDenied", "iam", "ListUsers", credentials: session);
        Assert.Equal("MalformedPolicyDocument", _f.Fails("MalformedPolicyDocument", "sts", "AssumeRole",
            new() { ["RoleArn"] = input["RoleArn"]!.GetValue<string>(), ["RoleSessionName"] = "t0", ["Policy"] = "{}" }).Code);
    }

    [Fact]
    public void Get_caller_identity_is_never_denied()
    {
        var bob = _f.UserWithKey("bob");
        PutUserPolicy("bob", "none", Policy("Deny", "*"));
        Assert.EndsWith(":user/bob", _f.Ok("sts", "GetCallerIdentity", credentials: bob)["Arn"]!.GetValue<string>(), StringComparison.Ordinal);
        _f.Fails("AccessDenied", "iam", "ListUsers", credentials: bob);
    }

    [Fact]
    public void Root_credentials_cannot_assume_roles()
    {
        var input = AdminRole("r");
        Assert.Equal("Roles may not be assumed by root accounts.", _f.Fails("AccessDenied", "sts", "AssumeRole", input, _f.Root).Message);
    }

    [Fact]
    public void Trust_policy_requiring_mfa()
    {
        var bob = _f.UserWithKey("bob", "AdministratorAccess");
        var trust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::ACCOUNT:user/bob"},"Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}"""
            .Replace("ACCOUNT", Account, StringComparison.Ordinal);
        _f.Ok("iam", "CreateRole", new() { ["RoleName"] = "mfa", ["AssumeRolePolicyDocument"] = trust });
        var device = _f.Ok("iam", "CreateVirtualMFADevice", new() { ["VirtualMFADeviceName"] = "bob-phone" })["VirtualMFADevice"]!;
        var serial = device["SerialNumber"]!.GetValue<string>();
        var seed = Totp.FromBase32(System.Text.Encoding.ASCII.GetString(Convert.FromBase64String(device["Base32StringSeed"]!.GetValue<string>())));
        var now = _f.Clock.GetUtcNow();
        _f.Ok("iam", "EnableMFADevice", new()
        {
            ["UserName"] = "bob", ["SerialNumber"] = serial,
            ["AuthenticationCode1"] = Totp.Code(seed, now.AddSeconds(-30)), ["AuthenticationCode2"] = Totp.Code(seed, now),
        });
        var role = $"arn:aws:iam::{Account}:role/mfa";
        _f.Fails("AccessDenied", "sts", "AssumeRole", new() { ["RoleArn"] = role, ["RoleSessionName"] = "s0" }, bob);
        _f.Ok("sts", "AssumeRole", new()
        {
            ["RoleArn"] = role, ["RoleSessionName"] = "s0", ["SerialNumber"] = serial, ["TokenCode"] = Totp.Code(seed, now),
        }, bob);
        var mfaSession = LocalCloudFixture.Credentials(
            _f.Ok("sts", "GetSessionToken", new() { ["SerialNumber"] = serial, ["TokenCode"] = Totp.Code(seed, now) }, bob));
        _f.Ok("sts", "AssumeRole", new() { ["RoleArn"] = role, ["RoleSessionName"] = "s2" }, mfaSession);
    }
}
