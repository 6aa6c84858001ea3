using Aws.Local.Policy.Context;
using Aws.Local.Policy.Evaluation;
using static Aws.Local.Policy.Tests.TestPolicies;

namespace Aws.Local.Policy.Tests;

/// <summary>Resource-based policies: same account, cross-account, role trust policies, services and anonymous callers.</summary>
public class ResourcePolicyEvaluationTests
{
    private const string Bucket = "arn:aws:s3:::shared-bucket";
    private const string Object = "arn:aws:s3:::shared-bucket/report.csv";

    private static PolicySource BucketPolicy(string principal, string effect = "Allow", string action = "s3:GetObject") =>
        Source($$$"""{"Version":"2012-10-17","Statement":{"Effect":"{{{effect}}}","Principal":{{{principal}}},"Action":"{{{action}}}","Resource":"{{{Bucket}}}/*"}}""",
            "BucketPolicy", PolicySourceType.Resource);

    private static AuthorizationResult Eval(PrincipalInfo? principal, string action, string resource,
        IReadOnlyList<PolicySource> identity, PolicySource? resourcePolicy, string? owner = Account,
        PolicySource? boundary = null, IReadOnlyList<PolicySource>? session = null, bool required = false) =>
        PolicyEvaluator.Evaluate(new AuthorizationRequest
        {
            Context = new RequestContext { Principal = principal, Action = action, Resource = resource, ResourceAccount = owner },
            IdentityPolicies = identity,
            ResourcePolicies = resourcePolicy is null ? [] : [resourcePolicy],
            PermissionsBoundary = boundary,
            SessionPolicies = session ?? [],
            ResourcePolicyRequired = required,
        });

    [Fact]
    public void Same_account_bucket_policy_naming_the_user_allows_without_identity_policy()
    {
        var r = Eval(Alice, "s3:GetObject", Object, [], BucketPolicy("""{"AWS":"arn:aws:iam::111122223333:user/alice"}"""));
        Assert.True(r.IsAllowed);
        Assert.Equal(PolicyLayer.Resource, r.DecidingStatements[0].Layer);
    }

    [Fact]
    public void Same_account_grant_to_the_user_is_not_limited_by_its_boundary()
    {
        var r = Eval(Alice, "s3:GetObject", Object, [], BucketPolicy("""{"AWS":"arn:aws:iam::111122223333:user/alice"}"""),
            boundary: Source(Allow("ec2:*")));
        Assert.True(r.IsAllowed);
    }

    [Fact]
    public void Same_account_grant_to_the_role_is_limited_by_session_policy_and_boundary()
    {
        var session = PrincipalInfo.AssumedRole(Account, "Reader", "s1");
        var policy = BucketPolicy("""{"AWS":"arn:aws:iam::111122223333:role/Reader"}""");
        Assert.True(Eval(session, "s3:GetObject", Object, [], policy).IsAllowed);
        Assert.Equal(DenialReason.NoSessionPolicyAllows,
            Eval(session, "s3:GetObject", Object, [], policy, session: [Source(Allow("ec2:*"))]).Reason);
        Assert.Equal(DenialReason.NoPermissionsBoundaryAllows,
            Eval(session, "s3:GetObject", Object, [], policy, boundary: Source(Allow("ec2:*"))).Reason);
    }

    [Fact]
    public void Same_account_grant_to_the_session_is_not_limited_by_session_policy()
    {
        var session = PrincipalInfo.AssumedRole(Account, "Reader", "s1");
        var policy = BucketPolicy("""{"AWS":"arn:aws:sts::111122223333:assumed-role/Reader/s1"}""");
        Assert.True(Eval(session, "s3:GetObject", Object, [], policy, session: [Source(Allow("ec2:*"))]).IsAllowed);
        var other = PrincipalInfo.AssumedRole(Account, "Reader", "s2");
        Assert.False(Eval(other, "s3:GetObject", Object, [], policy).IsAllowed);
    }

    [Fact]
    public void Same_account_grant_to_the_account_delegates_to_identity_policies()
    {
        var policy = BucketPolicy("""{"AWS":"arn:aws:iam::111122223333:root"}""");
        Assert.Equal(DenialReason.NoIdentityPolicyAllows, Eval(Alice, "s3:GetObject", Object, [], policy).Reason);
        Assert.True(Eval(Alice, "s3:GetObject", Object, [Source(Allow("s3:GetObject"))], policy).IsAllowed);
    }

    [Fact]
    public void Bucket_policy_deny_overrides_identity_allow()
    {
        var policy = BucketPolicy("\"*\"", "Deny", "s3:*");
        var r = Eval(Alice, "s3:GetObject", Object, [Source(Allow("s3:*"))], policy);
        Assert.Equal(PolicyDecision.ExplicitDeny, r.Decision);
        Assert.Equal(DenialReason.ExplicitDenyInResourcePolicy, r.Reason);
        Assert.Equal("BucketPolicy", r.DecidingStatements[0].Source.Id);
    }

    [Fact]
    public void Not_principal_deny_spares_the_named_role()
    {
        var policy = Source("""
            {"Version":"2012-10-17","Statement":{"Effect":"Deny","NotPrincipal":{"AWS":["arn:aws:iam::111122223333:role/Admin"]},
             "Action":"s3:DeleteObject","Resource":"arn:aws:s3:::shared-bucket/*"}}
            """, "BucketPolicy", PolicySourceType.Resource);
        var admin = PrincipalInfo.AssumedRole(Account, "Admin", "ops");
        Assert.True(Eval(admin, "s3:DeleteObject", Object, [Source(Allow("s3:*"))], policy).IsAllowed);
        Assert.Equal(DenialReason.ExplicitDenyInResourcePolicy, Eval(Alice, "s3:DeleteObject", Object, [Source(Allow("s3:*"))], policy).Reason);
    }

    [Fact]
    public void Public_read_bucket_allows_anonymous_reads_only()
    {
        var policy = BucketPolicy("\"*\"");
        Assert.True(Eval(null, "s3:GetObject", Object, [], policy).IsAllowed);
        Assert.True(Eval(PrincipalInfo.Anonymous(), "s3:GetObject", Object, [], policy).IsAllowed);
        var r = Eval(null, "s3:PutObject", Object, [], policy);
        Assert.Equal(DenialReason.NoResourcePolicyAllows, r.Reason);
        Assert.Equal("User: anonymous is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::shared-bucket/report.csv because no resource-based policy allows the s3:PutObject action",
            AccessDeniedMessage.Format(new RequestContext { Action = "s3:PutObject", Resource = Object }, r));
    }

    [Fact]
    public void Aws_wildcard_principal_is_everyone()
    {
        Assert.True(Eval(PrincipalInfo.User(OtherAccount, "eve"), "s3:GetObject", Object, [Source(Allow("s3:GetObject"))],
            BucketPolicy("""{"AWS":"*"}""")).IsAllowed);
    }

    [Fact]
    public void Cross_account_needs_both_identity_and_resource_policy()
    {
        var bob = PrincipalInfo.User(OtherAccount, "bob");
        var grantAccount = BucketPolicy("""{"AWS":"444455556666"}""");
        var identity = Source(Allow("s3:GetObject", "arn:aws:s3:::shared-bucket/*"));
        Assert.True(Eval(bob, "s3:GetObject", Object, [identity], grantAccount).IsAllowed);
        Assert.Equal(DenialReason.NoIdentityPolicyAllows, Eval(bob, "s3:GetObject", Object, [], grantAccount).Reason);
        Assert.Equal(DenialReason.NoResourcePolicyAllows, Eval(bob, "s3:GetObject", Object, [identity], null).Reason);
        Assert.Equal(DenialReason.NoResourcePolicyAllows,
            Eval(bob, "s3:GetObject", Object, [identity], BucketPolicy("""{"AWS":"arn:aws:iam::999999999999:root"}""")).Reason);
    }

    [Fact]
    public void Cross_account_grant_to_the_user_still_needs_its_identity_policy()
    {
        var bob = PrincipalInfo.User(OtherAccount, "bob");
        var policy = BucketPolicy("""{"AWS":"arn:aws:iam::444455556666:user/bob"}""");
        Assert.Equal(DenialReason.NoIdentityPolicyAllows, Eval(bob, "s3:GetObject", Object, [], policy).Reason);
        Assert.True(Eval(bob, "s3:GetObject", Object, [Source(Allow("s3:*"))], policy).IsAllowed);
    }

    [Fact]
    public void Cross_account_boundary_still_applies()
    {
        var bob = PrincipalInfo.User(OtherAccount, "bob");
        var r = Eval(bob, "s3:GetObject", Object, [Source(Allow("s3:*"))], BucketPolicy("""{"AWS":"444455556666"}"""),
            boundary: Source(Allow("ec2:*")));
        Assert.Equal(DenialReason.NoPermissionsBoundaryAllows, r.Reason);
    }

    [Fact]
    public void Root_is_denied_by_an_explicit_resource_deny()
    {
        var r = Eval(PrincipalInfo.Root(Account), "s3:GetObject", Object, [], BucketPolicy("\"*\"", "Deny"));
        Assert.Equal(DenialReason.ExplicitDenyInResourcePolicy, r.Reason);
    }

    [Fact]
    public void Root_of_another_account_needs_the_resource_policy()
    {
        var root = PrincipalInfo.Root(OtherAccount);
        Assert.Equal(DenialReason.NoResourcePolicyAllows, Eval(root, "s3:GetObject", Object, [], null).Reason);
        Assert.True(Eval(root, "s3:GetObject", Object, [], BucketPolicy("""{"AWS":"444455556666"}""")).IsAllowed);
    }

    [Fact]
    public void Resource_account_null_means_same_account()
    {
        var bob = PrincipalInfo.User(OtherAccount, "bob");
        Assert.True(Eval(bob, "s3:GetObject", Object, [Source(Allow("s3:*"))], null, owner: null).IsAllowed);
    }

    // Role trust policies (sts:AssumeRole): the trust policy is the role's resource-based policy.
    private const string RoleArn = "arn:aws:iam::111122223333:role/Deploy";

    private static PolicySource Trust(string principal, string extra = "") =>
        Source($$$"""{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{{{principal}}},"Action":"sts:AssumeRole"{{{extra}}}}}""",
            "TrustPolicy", PolicySourceType.Resource);

    private static AuthorizationResult Assume(PrincipalInfo caller, PolicySource trust, IReadOnlyList<PolicySource>? identity = null,
        ContextKeyMap? keys = null) =>
        PolicyEvaluator.Evaluate(new AuthorizationRequest
        {
            Context = new RequestContext
            {
                Principal = caller,
                Action = "sts:AssumeRole",
                Resource = RoleArn,
                ResourceAccount = Account,
                Keys = keys ?? new ContextKeyMap(),
            },
            IdentityPolicies = identity ?? [],
            ResourcePolicies = [trust],
            ResourcePolicyRequired = true,
        });

    [Fact]
    public void Trust_policy_naming_the_user_allows_without_identity_policy() =>
        Assert.True(Assume(Alice, Trust("""{"AWS":"arn:aws:iam::111122223333:user/alice"}""")).IsAllowed);

    [Fact]
    public void Trust_policy_naming_the_account_needs_identity_permission()
    {
        var trust = Trust("""{"AWS":"arn:aws:iam::111122223333:root"}""");
        Assert.Equal(DenialReason.NoIdentityPolicyAllows, Assume(Alice, trust).Reason);
        Assert.True(Assume(Alice, trust, [Source(Allow("sts:AssumeRole", RoleArn))]).IsAllowed);
    }

    [Fact]
    public void Trust_policy_must_allow_even_in_the_same_account()
    {
        var r = Assume(Alice, Trust("""{"Service":"ec2.amazonaws.com"}"""), [Source(Allow("sts:AssumeRole"))]);
        Assert.Equal(DenialReason.NoResourcePolicyAllows, r.Reason);
        Assert.Equal(PolicyLayer.Resource, r.DenyingLayer);
    }

    [Fact]
    public void Cross_account_assume_role()
    {
        var bob = PrincipalInfo.User(OtherAccount, "bob");
        var trust = Trust("""{"AWS":"arn:aws:iam::444455556666:root"}""");
        Assert.True(Assume(bob, trust, [Source(Allow("sts:AssumeRole", "arn:aws:iam::111122223333:role/*"))]).IsAllowed);
        Assert.Equal(DenialReason.NoIdentityPolicyAllows, Assume(bob, trust).Reason);
        Assert.Equal(DenialReason.NoResourcePolicyAllows,
            Assume(bob, Trust("""{"AWS":"arn:aws:iam::111122223333:root"}"""), [Source(Allow("sts:AssumeRole"))]).Reason);
    }

    [Fact]
    public void Trust_policy_external_id_condition()
    {
        var bob = PrincipalInfo.User(OtherAccount, "bob");
        var trust = Trust("""{"AWS":"444455556666"}""", ""","Condition":{"StringEquals":{"sts:ExternalId":"Unique-42"}}""");
        var identity = new[] { Source(Allow("sts:AssumeRole")) };
        Assert.True(Assume(bob, trust, identity, new ContextKeyMap().Set("sts:ExternalId", "Unique-42")).IsAllowed);
        Assert.False(Assume(bob, trust, identity).IsAllowed);
    }

    [Fact]
    public void Service_principals_are_matched_by_name()
    {
        var trust = Trust("""{"Service":["ec2.amazonaws.com"]}""");
        Assert.True(Assume(PrincipalInfo.Service("ec2.amazonaws.com"), trust).IsAllowed);
        Assert.Equal(DenialReason.NoResourcePolicyAllows, Assume(PrincipalInfo.Service("lambda.amazonaws.com"), trust).Reason);
    }

    [Fact]
    public void Role_session_assuming_another_role()
    {
        var session = PrincipalInfo.AssumedRole(Account, "Builder", "ci");
        Assert.True(Assume(session, Trust("""{"AWS":"arn:aws:iam::111122223333:role/Builder"}""")).IsAllowed);
        Assert.False(Assume(session, Trust("""{"AWS":"arn:aws:iam::111122223333:role/Other"}""")).IsAllowed);
    }

    [Fact]
    public void Federated_principal_is_matched_by_provider()
    {
        var web = new PrincipalInfo
        {
            Arn = "arn:aws:sts::111122223333:assumed-role/Web/app",
            AccountId = Account,
            Type = PrincipalType.AssumedRole,
            FederatedProvider = "cognito-identity.amazonaws.com",
        };
        var trust = Trust("""{"Federated":"cognito-identity.amazonaws.com"}""");
        Assert.True(Assume(web, trust).IsAllowed);
    }
}
