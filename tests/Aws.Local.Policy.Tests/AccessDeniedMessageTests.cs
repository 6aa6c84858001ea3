using Aws.Local.Policy.Context;
using Aws.Local.Policy.Evaluation;
using static Aws.Local.Policy.Tests.TestPolicies;

namespace Aws.Local.Policy.Tests;

public class AccessDeniedMessageTests
{
    private const string User = "arn:aws:iam::111122223333:user/alice";
    private const string Head = "User: arn:aws:iam::111122223333:user/alice is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k";

    public static TheoryData<DenialReason, string> Cases => new()
    {
        { DenialReason.NoIdentityPolicyAllows, Head + " because no identity-based policy allows the s3:GetObject action" },
        { DenialReason.NoResourcePolicyAllows, Head + " because no resource-based policy allows the s3:GetObject action" },
        { DenialReason.NoPermissionsBoundaryAllows, Head + " because no permissions boundary allows the s3:GetObject action" },
        { DenialReason.NoSessionPolicyAllows, Head + " because no session policy allows the s3:GetObject action" },
        { DenialReason.ExplicitDenyInIdentityPolicy, Head + " with an explicit deny in an identity-based policy" },
        { DenialReason.ExplicitDenyInResourcePolicy, Head + " with an explicit deny in a resource-based policy" },
        { DenialReason.ExplicitDenyInPermissionsBoundary, Head + " with an explicit deny in a permissions boundary" },
        { DenialReason.ExplicitDenyInSessionPolicy, Head + " with an explicit deny in a session policy" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Message_matches_AWS_wording(DenialReason reason, string expected) =>
        Assert.Equal(expected, AccessDeniedMessage.Format(User, "s3:GetObject", "arn:aws:s3:::b/k", reason));

    [Fact]
    public void Explicit_deny_message_can_name_the_managed_policy() =>
        Assert.Equal(Head + " with an explicit deny in an identity-based policy: arn:aws:iam::111122223333:policy/NoS3",
            AccessDeniedMessage.Format(User, "s3:GetObject", "arn:aws:s3:::b/k", DenialReason.ExplicitDenyInIdentityPolicy,
                "arn:aws:iam::111122223333:policy/NoS3"));

    [Fact]
    public void S3_style_quotes_the_resource() =>
        Assert.Equal("User: arn:aws:iam::111122223333:user/alice is not authorized to perform: s3:ListBucket on resource: \"arn:aws:s3:::b\" with an explicit deny in a resource-based policy",
            AccessDeniedMessage.Format(User, "s3:ListBucket", "arn:aws:s3:::b", DenialReason.ExplicitDenyInResourcePolicy, quoteResource: true));

    [Fact]
    public void Implicit_deny_message_ignores_policy_arn() =>
        Assert.Equal(Head + " because no identity-based policy allows the s3:GetObject action",
            AccessDeniedMessage.Format(User, "s3:GetObject", "arn:aws:s3:::b/k", DenialReason.NoIdentityPolicyAllows, "arn:x"));

    [Fact]
    public void Message_from_an_evaluation_uses_the_session_arn()
    {
        var context = new RequestContext
        {
            Principal = PrincipalInfo.AssumedRole(Account, "Dev", "build"),
            Action = "iam:ListUsers",
            Resource = "arn:aws:iam::111122223333:user/",
        };
        var deny = Source(Deny("iam:*"), "DenyIam", PolicySourceType.AwsManaged, "arn:aws:iam::aws:policy/Deny");
        var result = PolicyEvaluator.Evaluate(context, Source(Allow("*")), deny);
        Assert.Equal("User: arn:aws:sts::111122223333:assumed-role/Dev/build is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::111122223333:user/ with an explicit deny in an identity-based policy",
            AccessDeniedMessage.Format(context, result));
        Assert.EndsWith("identity-based policy: arn:aws:iam::aws:policy/Deny", AccessDeniedMessage.Format(context, result, includePolicyArn: true));
    }
}
