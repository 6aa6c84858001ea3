using Aws.Local.Auth;

namespace Aws.Local.Tests.Auth;

public class PolicyEngineAuthorizerTests
{
    private static readonly Principal User = new()
    {
        Kind = PrincipalKind.User, AccountId = "111122223333", Arn = "arn:aws:iam::111122223333:user/alice",
        PrincipalArn = "arn:aws:iam::111122223333:user/alice", UserId = "AIDAEXAMPLE", UserName = "alice", AccessKeyId = "AKIA",
    };

    private static readonly PolicyEngineAuthorizer Authorizer = new();

    private static readonly Principal Root = User with { Kind = PrincipalKind.Root, Arn = "arn:aws:iam::111122223333:root", UserName = null };

    private static PolicyDocument Policy(string json) => new("identity", "test", PolicyDocument.Parse(json)!);

    private static AuthorizationRequest Request(Principal p, string action, params string[] policies) => new()
    {
        Principal = p, Action = action, Resources = ["arn:aws:iam::111122223333:user/bob"],
        IdentityPolicies = [.. policies.Select(Policy)],
    };

    public static TheoryData<string, string, string[], AuthorizationDecision> Cases() => new()
    {
        { "no policy", "iam:CreateUser", [], AuthorizationDecision.ImplicitDeny },
        { "exact action", "iam:CreateUser", [Allow("\"iam:CreateUser\"")], AuthorizationDecision.Allow },
        { "wildcard action", "iam:CreateUser", [Allow("\"iam:*\"")], AuthorizationDecision.Allow },
        { "action is case-insensitive", "iam:CreateUser", [Allow("\"IAM:createuser\"")], AuthorizationDecision.Allow },
        { "other action", "iam:CreateUser", [Allow("\"iam:Get*\"")], AuthorizationDecision.ImplicitDeny },
        { "action list", "iam:CreateUser", [Allow("[\"iam:GetUser\",\"iam:CreateUser\"]")], AuthorizationDecision.Allow },
        { "explicit deny wins", "iam:CreateUser", [Allow("\"*\""), Deny("\"iam:Create*\"")], AuthorizationDecision.ExplicitDeny },
        { "NotAction allows the rest", "ec2:RunInstances", ["""{"Statement":[{"Effect":"Allow","NotAction":"iam:*","Resource":"*"}]}"""], AuthorizationDecision.Allow },
        { "NotAction excludes", "iam:CreateUser", ["""{"Statement":[{"Effect":"Allow","NotAction":"iam:*","Resource":"*"}]}"""], AuthorizationDecision.ImplicitDeny },
        { "resource mismatch", "iam:CreateUser", ["""{"Statement":[{"Effect":"Allow","Action":"*","Resource":"arn:aws:iam::*:user/carol"}]}"""], AuthorizationDecision.ImplicitDeny },
        { "resource wildcard", "iam:CreateUser", ["""{"Statement":[{"Effect":"Allow","Action":"*","Resource":"arn:aws:iam::*:user/*"}]}"""], AuthorizationDecision.Allow },
        { "condition on the username holds", "iam:CreateUser", ["""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"StringEquals":{"aws:username":"alice"}}}]}"""], AuthorizationDecision.Allow },
        { "policy variable in the resource", "iam:CreateUser", ["""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"arn:aws:iam::*:user/${aws:username}"}]}"""], AuthorizationDecision.ImplicitDeny },
        { "numeric condition on a missing key fails", "iam:CreateUser", ["""{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"NumericLessThan":{"x":"1"}}}]}"""], AuthorizationDecision.ImplicitDeny },
    };

    private static string Allow(string action) => $$$"""{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":{{{action}}},"Resource":"*"}}""";
    private static string Deny(string action) => $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":{{action}},"Resource":"*"}]}""";

    [Theory]
    [MemberData(nameof(Cases))]
    public void Identity_policies_decide(string name, string action, string[] policies, AuthorizationDecision expected)
    {
        _ = name;
        Assert.Equal(expected, Authorizer.Authorize(Request(User, action, policies)).Decision);
    }

    [Fact]
    public void Root_is_allowed_everything()
    {
        Assert.True(Authorizer.Authorize(Request(Root, "iam:DeleteAccountPasswordPolicy")).IsAllowed);
    }

    [Fact]
    public void Denial_message_has_aws_shape()
    {
        var request = Request(User, "iam:CreateUser");
        var result = Authorizer.Authorize(request);
        Assert.Equal("User: arn:aws:iam::111122223333:user/alice is not authorized to perform: iam:CreateUser on resource: "
            + "arn:aws:iam::111122223333:user/bob because no identity-based policy allows the iam:CreateUser action", result.DenialMessage(request));
        var denied = Request(User, "iam:CreateUser", Deny("\"*\""));
        Assert.EndsWith("with an explicit deny in an identity-based policy", Authorizer.Authorize(denied).DenialMessage(denied));
    }

    private static AuthorizationRequest AssumeRole(Principal p, string trust, Dictionary<string, IReadOnlyList<string>>? context = null,
        params string[] policies) => Request(p, "sts:AssumeRole", policies) with
    {
        Resources = ["arn:aws:iam::111122223333:role/r"],
        ResourcePolicy = new PolicyDocument("resource", "trust", PolicyDocument.Parse(trust)!),
        Context = context ?? new Dictionary<string, IReadOnlyList<string>>(),
    };

    private const string TrustAlice = """{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:user/alice"},"Action":"sts:AssumeRole"}]}""";
    private const string TrustAccount = """{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"}]}""";
    private const string TrustExternalId = """{"Statement":[{"Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:ExternalId":"secret"}}}]}""";

    [Fact]
    public void Trust_policy_naming_the_caller_is_enough()
    {
        Assert.True(Authorizer.Authorize(AssumeRole(User, TrustAlice)).IsAllowed);
    }

    [Fact]
    public void Trust_policy_naming_the_account_also_needs_an_identity_allow()
    {
        Assert.False(Authorizer.Authorize(AssumeRole(User, TrustAccount)).IsAllowed);
        Assert.True(Authorizer.Authorize(AssumeRole(User, TrustAccount, null, Allow("\"sts:AssumeRole\""))).IsAllowed);
    }

    [Fact]
    public void Trust_policy_external_id_condition_is_checked()
    {
        var admin = Allow("\"*\"");
        Assert.False(Authorizer.Authorize(AssumeRole(User, TrustExternalId, null, admin)).IsAllowed);
        Assert.False(Authorizer.Authorize(AssumeRole(User, TrustExternalId, new() { ["sts:ExternalId"] = ["wrong"] }, admin)).IsAllowed);
        Assert.True(Authorizer.Authorize(AssumeRole(User, TrustExternalId, new() { ["sts:ExternalId"] = ["secret"] }, admin)).IsAllowed);
    }

    [Fact]
    public void Trust_policy_not_naming_the_caller_denies_even_root()
    {
        var other = TrustAlice.Replace("user/alice", "user/zed", StringComparison.Ordinal);
        Assert.False(Authorizer.Authorize(AssumeRole(Root, other)).IsAllowed);
    }

    [Fact]
    public void Permissions_boundary_limits_an_allow()
    {
        var request = Request(User, "iam:CreateUser", Allow("\"*\"")) with
        {
            PermissionsBoundary = new PolicyDocument("boundary", "arn:aws:iam::111122223333:policy/B", PolicyDocument.Parse(Allow("\"iam:List*\""))!),
        };
        var result = Authorizer.Authorize(request);
        Assert.Equal(AuthorizationDecision.ImplicitDeny, result.Decision);
        Assert.EndsWith("because no permissions boundary allows the iam:CreateUser action", result.DenialMessage(request));
        Assert.True(Authorizer.Authorize(request with { Action = "iam:ListUsers" }).IsAllowed);
    }

    [Fact]
    public void Session_policy_limits_a_role_session()
    {
        var session = User with
        {
            Kind = PrincipalKind.AssumedRole, Arn = "arn:aws:sts::111122223333:assumed-role/r/s",
            PrincipalArn = "arn:aws:iam::111122223333:role/r", RoleName = "r", SessionName = "s", UserName = null,
        };
        var request = Request(session, "iam:CreateUser", Allow("\"*\"")) with
        {
            SessionPolicies = [new PolicyDocument("session", "session", PolicyDocument.Parse(Allow("\"iam:Get*\""))!)],
        };
        var result = Authorizer.Authorize(request);
        Assert.False(result.IsAllowed);
        Assert.StartsWith("User: arn:aws:sts::111122223333:assumed-role/r/s is not authorized", result.DenialMessage(request), StringComparison.Ordinal);
        Assert.EndsWith("because no session policy allows the iam:CreateUser action", result.DenialMessage(request));
    }

    [Fact]
    public void Explicit_deny_in_a_managed_policy_names_it()
    {
        var request = Request(User, "iam:CreateUser", Allow("\"*\"")) with
        {
            IdentityPolicies =
            [
                new PolicyDocument("identity", "user/alice/inline/All", PolicyDocument.Parse(Allow("\"*\""))!),
                new PolicyDocument("identity", "arn:aws:iam::111122223333:policy/NoIam", PolicyDocument.Parse(Deny("\"iam:*\""))!),
            ],
        };
        var result = Authorizer.Authorize(request);
        Assert.Equal(AuthorizationDecision.ExplicitDeny, result.Decision);
        Assert.EndsWith("with an explicit deny in an identity-based policy: arn:aws:iam::111122223333:policy/NoIam", result.DenialMessage(request));
    }

    [Fact]
    public void Request_context_keys_reach_conditions()
    {
        const string onlyFromLocalhost = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"IpAddress":{"aws:SourceIp":"127.0.0.0/8"},"Bool":{"aws:SecureTransport":"false"}}}]}""";
        var context = new Dictionary<string, IReadOnlyList<string>> { ["aws:SourceIp"] = ["127.0.0.1"], ["aws:SecureTransport"] = ["false"] };
        Assert.True(Authorizer.Authorize(Request(User, "iam:CreateUser", onlyFromLocalhost) with { Context = context }).IsAllowed);
        context["aws:SourceIp"] = ["10.0.0.1"];
        Assert.False(Authorizer.Authorize(Request(User, "iam:CreateUser", onlyFromLocalhost) with { Context = context }).IsAllowed);
    }

    [Fact]
    public void Request_tags_condition_on_aws_TagKeys()
    {
        const string onlyTeamTag = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"ForAllValues:StringEquals":{"aws:TagKeys":["team"]}}}]}""";
        var ok = new Dictionary<string, IReadOnlyList<string>> { ["aws:TagKeys"] = ["team"], ["aws:RequestTag/team"] = ["a"] };
        var bad = new Dictionary<string, IReadOnlyList<string>> { ["aws:TagKeys"] = ["team", "cost"] };
        Assert.True(Authorizer.Authorize(Request(User, "iam:CreateUser", onlyTeamTag) with { Context = ok }).IsAllowed);
        Assert.False(Authorizer.Authorize(Request(User, "iam:CreateUser", onlyTeamTag) with { Context = bad }).IsAllowed);
    }
}
