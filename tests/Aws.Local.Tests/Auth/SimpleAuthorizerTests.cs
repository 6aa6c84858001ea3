using Aws.Local.Auth;

namespace Aws.Local.Tests.Auth;

public class SimpleAuthorizerTests
{
    private static readonly Principal User = new()
    {
        Kind = PrincipalKind.User, AccountId = "111122223333", Arn = "arn:aws:iam::111122223333:user/alice",
        PrincipalArn = "arn:aws:iam::111122223333:user/alice", UserId = "AIDAEXAMPLE", UserName = "alice", AccessKeyId = "AKIA",
    };

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
        { "unknown condition skips the statement", "iam:CreateUser", ["""{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"NumericLessThan":{"x":"1"}}}]}"""], AuthorizationDecision.ImplicitDeny },
    };

    private static string Allow(string action) => $$$"""{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":{{{action}}},"Resource":"*"}}""";
    private static string Deny(string action) => $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":{{action}},"Resource":"*"}]}""";

    [Theory]
    [MemberData(nameof(Cases))]
    public void Identity_policies_decide(string name, string action, string[] policies, AuthorizationDecision expected)
    {
        _ = name;
        Assert.Equal(expected, new SimpleAuthorizer().Authorize(Request(User, action, policies)).Decision);
    }

    [Fact]
    public void Root_is_allowed_everything()
    {
        Assert.True(new SimpleAuthorizer().Authorize(Request(Root, "iam:DeleteAccountPasswordPolicy")).IsAllowed);
    }

    [Fact]
    public void Denial_message_has_aws_shape()
    {
        var request = Request(User, "iam:CreateUser");
        var result = new SimpleAuthorizer().Authorize(request);
        Assert.Equal("User: arn:aws:iam::111122223333:user/alice is not authorized to perform: iam:CreateUser on resource: "
            + "arn:aws:iam::111122223333:user/bob because no identity-based policy allows the iam:CreateUser action", result.DenialMessage(request));
        var denied = Request(User, "iam:CreateUser", Deny("\"*\""));
        Assert.EndsWith("with an explicit deny in an identity-based policy", new SimpleAuthorizer().Authorize(denied).DenialMessage(denied));
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
        Assert.True(new SimpleAuthorizer().Authorize(AssumeRole(User, TrustAlice)).IsAllowed);
    }

    [Fact]
    public void Trust_policy_naming_the_account_also_needs_an_identity_allow()
    {
        Assert.False(new SimpleAuthorizer().Authorize(AssumeRole(User, TrustAccount)).IsAllowed);
        Assert.True(new SimpleAuthorizer().Authorize(AssumeRole(User, TrustAccount, null, Allow("\"sts:AssumeRole\""))).IsAllowed);
    }

    [Fact]
    public void Trust_policy_external_id_condition_is_checked()
    {
        var admin = Allow("\"*\"");
        Assert.False(new SimpleAuthorizer().Authorize(AssumeRole(User, TrustExternalId, null, admin)).IsAllowed);
        Assert.False(new SimpleAuthorizer().Authorize(AssumeRole(User, TrustExternalId, new() { ["sts:ExternalId"] = ["wrong"] }, admin)).IsAllowed);
        Assert.True(new SimpleAuthorizer().Authorize(AssumeRole(User, TrustExternalId, new() { ["sts:ExternalId"] = ["secret"] }, admin)).IsAllowed);
    }

    [Fact]
    public void Trust_policy_not_naming_the_caller_denies_even_root()
    {
        var other = TrustAlice.Replace("user/alice", "user/zed", StringComparison.Ordinal);
        Assert.False(new SimpleAuthorizer().Authorize(AssumeRole(Root, other)).IsAllowed);
    }
}
