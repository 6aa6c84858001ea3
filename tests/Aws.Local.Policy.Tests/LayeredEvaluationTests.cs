using Aws.Local.Policy.Context;
using Aws.Local.Policy.Evaluation;
using static Aws.Local.Policy.Tests.TestPolicies;

namespace Aws.Local.Policy.Tests;

/// <summary>Permissions boundaries, session policies and the root user.</summary>
public class LayeredEvaluationTests
{
    private static readonly PolicySource S3AndIam = Source("""{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":["s3:*","iam:*"],"Resource":"*"}}""", "Identity");
    private static readonly PolicySource S3Boundary = Source(Allow("s3:*"), "Boundary", PolicySourceType.UserManaged, "arn:aws:iam::111122223333:policy/Boundary");

    private static AuthorizationResult Eval(string action, IReadOnlyList<PolicySource> identity, PolicySource? boundary = null,
        IReadOnlyList<PolicySource>? session = null, PrincipalInfo? principal = null) =>
        PolicyEvaluator.Evaluate(new AuthorizationRequest
        {
            Context = new RequestContext { Principal = principal ?? Alice, Action = action },
            IdentityPolicies = identity,
            PermissionsBoundary = boundary,
            SessionPolicies = session ?? [],
        });

    [Fact]
    public void Boundary_intersects_with_identity_policies()
    {
        var allowed = Eval("s3:GetObject", [S3AndIam], S3Boundary);
        Assert.True(allowed.IsAllowed);
        Assert.True(allowed.AllowedByPermissionsBoundary);
        var denied = Eval("iam:CreateUser", [S3AndIam], S3Boundary);
        Assert.Equal(PolicyDecision.ImplicitDeny, denied.Decision);
        Assert.Equal(DenialReason.NoPermissionsBoundaryAllows, denied.Reason);
        Assert.Equal(PolicyLayer.PermissionsBoundary, denied.DenyingLayer);
        Assert.False(denied.AllowedByPermissionsBoundary);
    }

    [Fact]
    public void Boundary_alone_grants_nothing()
    {
        var r = Eval("s3:GetObject", [], S3Boundary);
        Assert.Equal(DenialReason.NoIdentityPolicyAllows, r.Reason);
    }

    [Fact]
    public void Explicit_deny_in_boundary()
    {
        var boundary = Source("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},{"Effect":"Deny","Action":"s3:DeleteBucket","Resource":"*"}]}""");
        var r = Eval("s3:DeleteBucket", [S3AndIam], boundary);
        Assert.Equal(PolicyDecision.ExplicitDeny, r.Decision);
        Assert.Equal(DenialReason.ExplicitDenyInPermissionsBoundary, r.Reason);
    }

    [Fact]
    public void No_boundary_means_no_limit() =>
        Assert.Null(Eval("iam:CreateUser", [S3AndIam]).AllowedByPermissionsBoundary);

    [Fact]
    public void Session_policy_intersects_with_role_policies()
    {
        var session = PrincipalInfo.AssumedRole(Account, "Dev", "s1");
        var sessionPolicy = Source(Allow("s3:GetObject"), "SessionPolicy");
        Assert.True(Eval("s3:GetObject", [S3AndIam], session: [sessionPolicy], principal: session).IsAllowed);
        var r = Eval("s3:PutObject", [S3AndIam], session: [sessionPolicy], principal: session);
        Assert.Equal(DenialReason.NoSessionPolicyAllows, r.Reason);
        Assert.Equal(PolicyLayer.Session, r.DenyingLayer);
    }

    [Fact]
    public void Session_policy_cannot_grant_more_than_the_role()
    {
        var session = PrincipalInfo.AssumedRole(Account, "Dev", "s1");
        var r = Eval("ec2:RunInstances", [S3AndIam], session: [Source(Allow("*"))], principal: session);
        Assert.Equal(DenialReason.NoIdentityPolicyAllows, r.Reason);
    }

    [Fact]
    public void Explicit_deny_in_session_policy()
    {
        var session = PrincipalInfo.AssumedRole(Account, "Dev", "s1");
        var policy = Source("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},{"Effect":"Deny","Action":"s3:PutObject","Resource":"*"}]}""");
        Assert.Equal(DenialReason.ExplicitDenyInSessionPolicy, Eval("s3:PutObject", [S3AndIam], session: [policy], principal: session).Reason);
    }

    [Fact]
    public void Boundary_is_checked_before_session_policy()
    {
        var session = PrincipalInfo.AssumedRole(Account, "Dev", "s1");
        var r = Eval("iam:ListRoles", [S3AndIam], S3Boundary, [Source(Allow("s3:*"))], session);
        Assert.Equal(DenialReason.NoPermissionsBoundaryAllows, r.Reason);
    }

    [Fact]
    public void Identity_deny_wins_over_everything()
    {
        var deny = Source(Deny("s3:*"), "DenyS3");
        var r = Eval("s3:GetObject", [S3AndIam, deny], S3Boundary);
        Assert.Equal(DenialReason.ExplicitDenyInIdentityPolicy, r.Reason);
    }

    [Fact]
    public void Root_user_is_allowed_everything_in_its_account()
    {
        var r = Eval("iam:DeleteAccountPasswordPolicy", [], principal: PrincipalInfo.Root(Account));
        Assert.True(r.IsAllowed);
        Assert.True(r.AllowedAsRoot);
    }

    [Fact]
    public void Root_user_ignores_identity_policies_it_cannot_have()
    {
        var r = Eval("s3:GetObject", [Source(Deny("*"))], principal: PrincipalInfo.Root(Account));
        Assert.True(r.IsAllowed);
    }
}
