using Aws.Local.Policy.Context;
using Aws.Local.Policy.Evaluation;
using static Aws.Local.Policy.Tests.TestPolicies;

namespace Aws.Local.Policy.Tests;

/// <summary>Example policies from the IAM User Guide, evaluated end to end.</summary>
public class DocExamplePolicyTests
{
    // "Amazon S3: Allows IAM users access to their S3 home directory, programmatically and in the console".
    private static readonly PolicySource HomeDirectory = Source("""
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Sid": "ListYourObjects", "Effect": "Allow", "Action": "s3:ListBucket",
             "Resource": ["arn:aws:s3:::bucket-name"],
             "Condition": {"StringLike": {"s3:prefix": ["", "home/", "home/${aws:username}/*"]}}},
            {"Sid": "ReadWriteYourObjects", "Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
             "Resource": ["arn:aws:s3:::bucket-name/home/${aws:username}", "arn:aws:s3:::bucket-name/home/${aws:username}/*"]}
          ]
        }
        """, "HomeDirectory");

    private static bool ListWithPrefix(string prefix) => PolicyEvaluator.Evaluate(new RequestContext
    {
        Principal = Alice,
        Action = "s3:ListBucket",
        Resource = "arn:aws:s3:::bucket-name",
        Keys = new ContextKeyMap().Set("s3:prefix", prefix),
    }, HomeDirectory).IsAllowed;

    [Theory]
    [InlineData("", true)]
    [InlineData("home/", true)]
    [InlineData("home/alice/", true)]
    [InlineData("home/alice/photos/", true)]
    [InlineData("home/bob/", false)]
    [InlineData("private/", false)]
    public void Home_directory_listing(string prefix, bool allowed) => Assert.Equal(allowed, ListWithPrefix(prefix));

    [Theory]
    [InlineData("arn:aws:s3:::bucket-name/home/alice/cv.pdf", true)]
    [InlineData("arn:aws:s3:::bucket-name/home/alice", true)]
    [InlineData("arn:aws:s3:::bucket-name/home/alicex/cv.pdf", false)]
    [InlineData("arn:aws:s3:::bucket-name/home/bob/cv.pdf", false)]
    public void Home_directory_objects(string resource, bool allowed) =>
        Assert.Equal(allowed, PolicyEvaluator.Evaluate(new RequestContext { Principal = Alice, Action = "s3:GetObject", Resource = resource }, HomeDirectory).IsAllowed);

    // "EC2: Requires tags on RunInstances": deny when the request carries no "team" tag.
    [Fact]
    public void Null_condition_requires_a_request_tag()
    {
        var policies = new[]
        {
            Source(Allow("ec2:RunInstances")),
            Source(Deny("ec2:RunInstances", extra: ""","Condition":{"Null":{"aws:RequestTag/team":"true"}}""")),
        };
        RequestContext Run(Dictionary<string, string>? tags) => new() { Principal = Alice, Action = "ec2:RunInstances", RequestTags = tags };
        Assert.False(PolicyEvaluator.Evaluate(Run(null), policies).IsAllowed);
        Assert.False(PolicyEvaluator.Evaluate(Run(new() { ["env"] = "dev" }), policies).IsAllowed);
        Assert.True(PolicyEvaluator.Evaluate(Run(new() { ["team"] = "blue" }), policies).IsAllowed);
    }

    // "AWS: Denies access to AWS based on the source IP", with the aws:ViaAWSService escape hatch.
    [Fact]
    public void Source_ip_deny_with_via_service_exception()
    {
        var policies = new[]
        {
            Source(Allow("*")),
            Source(Deny("*", extra: ""","Condition":{"NotIpAddress":{"aws:SourceIp":["192.0.2.0/24","203.0.113.0/24"]},"Bool":{"aws:ViaAWSService":"false"}}""")),
        };
        RequestContext Call(string? ip, bool viaService) => new()
        {
            Principal = Alice,
            Action = "ec2:DescribeInstances",
            SourceIp = ip,
            Keys = new ContextKeyMap().Set("aws:ViaAWSService", viaService ? "true" : "false"),
        };
        Assert.True(PolicyEvaluator.Evaluate(Call("192.0.2.10", false), policies).IsAllowed);
        Assert.False(PolicyEvaluator.Evaluate(Call("198.51.100.1", false), policies).IsAllowed);
        Assert.True(PolicyEvaluator.Evaluate(Call(null, true), policies).IsAllowed);
    }

    // "IAM: Allows IAM users to manage their own MFA device" (excerpt): deny everything else without MFA.
    [Fact]
    public void Block_most_access_unless_signed_in_with_mfa()
    {
        var policy = Source("""
            {"Version":"2012-10-17","Statement":[
              {"Sid":"AllowManageOwnVirtualMFADevice","Effect":"Allow","Action":["iam:CreateVirtualMFADevice"],"Resource":"arn:aws:iam::*:mfa/*"},
              {"Sid":"AllowManageOwnUserMFA","Effect":"Allow","Action":["iam:EnableMFADevice","iam:ListMFADevices"],"Resource":"arn:aws:iam::*:user/${aws:username}"},
              {"Sid":"AllowEverythingWithMfa","Effect":"Allow","Action":"*","Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}},
              {"Sid":"BlockMostAccessUnlessSignedInWithMFA","Effect":"Deny",
               "NotAction":["iam:CreateVirtualMFADevice","iam:EnableMFADevice","iam:ListMFADevices","sts:GetSessionToken"],
               "Resource":"*","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}
            """);
        AuthorizationResult Call(string action, string resource, bool? mfa) =>
            PolicyEvaluator.Evaluate(new RequestContext { Principal = Alice, Action = action, Resource = resource, MultiFactorAuthPresent = mfa }, policy);
        Assert.True(Call("iam:EnableMFADevice", "arn:aws:iam::111122223333:user/alice", null).IsAllowed);
        Assert.False(Call("iam:EnableMFADevice", "arn:aws:iam::111122223333:user/bob", null).IsAllowed);
        var denied = Call("s3:ListAllMyBuckets", "*", null);
        Assert.Equal(DenialReason.ExplicitDenyInIdentityPolicy, denied.Reason);
        Assert.Equal("BlockMostAccessUnlessSignedInWithMFA", denied.DecidingStatements[0].Statement.Sid);
        Assert.True(Call("s3:ListAllMyBuckets", "*", true).IsAllowed);
    }
}
