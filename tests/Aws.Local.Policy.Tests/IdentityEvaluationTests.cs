using Aws.Local.Policy.Context;
using Aws.Local.Policy.Evaluation;
using static Aws.Local.Policy.Tests.TestPolicies;

namespace Aws.Local.Policy.Tests;

public class IdentityEvaluationTests
{
    private static RequestContext Request(string action, string resource = "*", PrincipalInfo? principal = null) =>
        new() { Principal = principal ?? Alice, Action = action, Resource = resource };

    [Fact]
    public void No_policy_is_an_implicit_deny()
    {
        var r = PolicyEvaluator.Evaluate(Request("s3:ListAllMyBuckets"));
        Assert.Equal(PolicyDecision.ImplicitDeny, r.Decision);
        Assert.Equal(DenialReason.NoIdentityPolicyAllows, r.Reason);
        Assert.Equal(PolicyLayer.Identity, r.DenyingLayer);
        Assert.Empty(r.MatchedStatements);
    }

    [Fact]
    public void Allow_statement_allows_and_is_reported()
    {
        var policy = Source(Allow("s3:List*"), "ListPolicy");
        var r = PolicyEvaluator.Evaluate(Request("s3:ListBucket", "arn:aws:s3:::b"), policy);
        Assert.True(r.IsAllowed);
        Assert.Equal(DenialReason.None, r.Reason);
        var m = Assert.Single(r.DecidingStatements);
        Assert.Equal("ListPolicy", m.Source.Id);
        Assert.Equal(PolicyLayer.Identity, m.Layer);
    }

    [Fact]
    public void Explicit_deny_in_any_policy_overrides_allow()
    {
        var admin = Source(Allow("*"), "Admin");
        var deny = Source(Deny("s3:DeleteBucket"), "NoDelete", PolicySourceType.Group);
        var r = PolicyEvaluator.Evaluate(Request("s3:DeleteBucket", "arn:aws:s3:::b"), admin, deny);
        Assert.Equal(PolicyDecision.ExplicitDeny, r.Decision);
        Assert.Equal(DenialReason.ExplicitDenyInIdentityPolicy, r.Reason);
        Assert.Equal("NoDelete", Assert.Single(r.DecidingStatements).Source.Id);
        Assert.Equal(2, r.MatchedStatements.Count);
        Assert.True(PolicyEvaluator.Evaluate(Request("s3:CreateBucket", "arn:aws:s3:::b"), admin, deny).IsAllowed);
    }

    [Fact]
    public void Not_action_deny_blocks_everything_except_listed_actions()
    {
        var policies = new[]
        {
            Source(Allow("*")),
            Source("""{"Version":"2012-10-17","Statement":{"Effect":"Deny","NotAction":["iam:*","sts:GetCallerIdentity"],"Resource":"*"}}"""),
        };
        Assert.True(PolicyEvaluator.Evaluate(Request("iam:ListUsers"), policies).IsAllowed);
        Assert.True(PolicyEvaluator.Evaluate(Request("sts:GetCallerIdentity"), policies).IsAllowed);
        Assert.False(PolicyEvaluator.Evaluate(Request("ec2:RunInstances"), policies).IsAllowed);
    }

    [Fact]
    public void Not_resource_allow_covers_everything_but_the_listed_resources()
    {
        var p = Source("""{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","NotResource":["arn:aws:s3:::secret","arn:aws:s3:::secret/*"]}}""");
        Assert.True(PolicyEvaluator.Evaluate(Request("s3:GetObject", "arn:aws:s3:::public/x"), p).IsAllowed);
        Assert.False(PolicyEvaluator.Evaluate(Request("s3:GetObject", "arn:aws:s3:::secret/x"), p).IsAllowed);
    }

    [Fact]
    public void Username_variable_in_resource_scopes_home_folders()
    {
        // IAM docs: "Allow IAM users to access their own home directory in S3".
        var p = Source("""
            {"Version":"2012-10-17","Statement":[
              {"Effect":"Allow","Action":["s3:GetObject","s3:PutObject"],"Resource":"arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}/*"}]}
            """);
        Assert.True(PolicyEvaluator.Evaluate(Request("s3:PutObject", "arn:aws:s3:::amzn-s3-demo-bucket/home/alice/notes.txt"), p).IsAllowed);
        Assert.False(PolicyEvaluator.Evaluate(Request("s3:PutObject", "arn:aws:s3:::amzn-s3-demo-bucket/home/bob/notes.txt"), p).IsAllowed);
        // A role session has no aws:username, so the statement cannot match.
        var session = PrincipalInfo.AssumedRole(Account, "R", "alice");
        Assert.False(PolicyEvaluator.Evaluate(Request("s3:PutObject", "arn:aws:s3:::amzn-s3-demo-bucket/home/alice/n", session), p).IsAllowed);
    }

    [Fact]
    public void Iam_user_self_management_with_username_variable()
    {
        var p = Source(Allow("iam:*AccessKey*", "arn:aws:iam::*:user/${aws:username}"));
        Assert.True(PolicyEvaluator.Evaluate(Request("iam:CreateAccessKey", $"arn:aws:iam::{Account}:user/alice"), p).IsAllowed);
        Assert.False(PolicyEvaluator.Evaluate(Request("iam:CreateAccessKey", $"arn:aws:iam::{Account}:user/bob"), p).IsAllowed);
    }

    [Fact]
    public void Mfa_required_deny_uses_bool_if_exists()
    {
        var policies = new[]
        {
            Source(Allow("ec2:*")),
            Source(Deny("ec2:TerminateInstances", extra: ""","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}""")),
        };
        RequestContext With(bool? mfa) => new() { Principal = Alice, Action = "ec2:TerminateInstances", MultiFactorAuthPresent = mfa };
        Assert.False(PolicyEvaluator.Evaluate(With(null), policies).IsAllowed);
        Assert.False(PolicyEvaluator.Evaluate(With(false), policies).IsAllowed);
        Assert.True(PolicyEvaluator.Evaluate(With(true), policies).IsAllowed);
    }

    [Fact]
    public void Time_window_with_current_time()
    {
        var p = Source(Allow("dynamodb:*", extra: ""","Condition":{"DateGreaterThan":{"aws:CurrentTime":"2020-04-01T00:00:00Z"},"DateLessThan":{"aws:CurrentTime":"2020-06-30T23:59:59Z"}}"""));
        RequestContext At(string time) => new() { Principal = Alice, Action = "dynamodb:Query", CurrentTime = DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture) };
        Assert.True(PolicyEvaluator.Evaluate(At("2020-05-01T00:00:00Z"), p).IsAllowed);
        Assert.False(PolicyEvaluator.Evaluate(At("2020-07-01T00:00:00Z"), p).IsAllowed);
        Assert.False(PolicyEvaluator.Evaluate(new RequestContext { Principal = Alice, Action = "dynamodb:Query" }, p).IsAllowed);
    }

    [Fact]
    public void Source_ip_deny_with_not_ip_address()
    {
        var policies = new[]
        {
            Source(Allow("*")),
            Source(Deny("*", extra: ""","Condition":{"NotIpAddress":{"aws:SourceIp":["192.0.2.0/24","203.0.113.0/24"]}}""")),
        };
        RequestContext From(string? ip) => new() { Principal = Alice, Action = "s3:GetObject", SourceIp = ip };
        Assert.True(PolicyEvaluator.Evaluate(From("203.0.113.10"), policies).IsAllowed);
        Assert.Equal(DenialReason.ExplicitDenyInIdentityPolicy, PolicyEvaluator.Evaluate(From("198.51.100.1"), policies).Reason);
        // No aws:SourceIp (e.g. a call made by a service): the negated operator is true, so the deny applies.
        Assert.False(PolicyEvaluator.Evaluate(From(null), policies).IsAllowed);
    }

    [Fact]
    public void Requested_region_restriction()
    {
        var policies = new[]
        {
            Source(Allow("ec2:*")),
            Source(Deny("*", extra: ""","Condition":{"StringNotEquals":{"aws:RequestedRegion":["eu-central-1","eu-west-1"]}}""")),
        };
        RequestContext In(string region) => new() { Principal = Alice, Action = "ec2:RunInstances", RequestedRegion = region };
        Assert.True(PolicyEvaluator.Evaluate(In("eu-west-1"), policies).IsAllowed);
        Assert.False(PolicyEvaluator.Evaluate(In("us-east-1"), policies).IsAllowed);
    }

    [Fact]
    public void Attribute_based_access_with_principal_tag_variable()
    {
        var p = Source(Allow("ec2:StartInstances", extra: ""","Condition":{"StringEquals":{"aws:ResourceTag/team":"${aws:PrincipalTag/team}"}}"""));
        var user = PrincipalInfo.User(Account, "carol", tags: new Dictionary<string, string> { ["team"] = "blue" });
        RequestContext On(string team) => new()
        {
            Principal = user,
            Action = "ec2:StartInstances",
            Keys = new ContextKeyMap().Set("aws:ResourceTag/team", team),
        };
        Assert.True(PolicyEvaluator.Evaluate(On("blue"), p).IsAllowed);
        Assert.False(PolicyEvaluator.Evaluate(On("red"), p).IsAllowed);
    }

    [Fact]
    public void Request_tags_and_tag_keys()
    {
        var p = Source(Allow("ec2:CreateTags", extra: ""","Condition":{"StringEquals":{"aws:RequestTag/env":["dev","test"]},"ForAllValues:StringEquals":{"aws:TagKeys":["env","owner"]}}"""));
        RequestContext Tags(params (string K, string V)[] tags) => new()
        {
            Principal = Alice,
            Action = "ec2:CreateTags",
            RequestTags = tags.ToDictionary(t => t.K, t => t.V),
        };
        Assert.True(PolicyEvaluator.Evaluate(Tags(("env", "dev"), ("owner", "alice")), p).IsAllowed);
        Assert.False(PolicyEvaluator.Evaluate(Tags(("env", "prod")), p).IsAllowed);
        Assert.False(PolicyEvaluator.Evaluate(Tags(("env", "dev"), ("cost", "1")), p).IsAllowed);
    }

    [Fact]
    public void Multiple_statements_in_one_policy()
    {
        var p = Source("""
            {"Version":"2012-10-17","Statement":[
              {"Sid":"List","Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::b"},
              {"Sid":"Read","Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}
            """);
        Assert.True(PolicyEvaluator.Evaluate(Request("s3:ListBucket", "arn:aws:s3:::b"), p).IsAllowed);
        Assert.Equal("Read", PolicyEvaluator.Evaluate(Request("s3:GetObject", "arn:aws:s3:::b/k"), p).DecidingStatements[0].Statement.Sid);
        Assert.False(PolicyEvaluator.Evaluate(Request("s3:GetObject", "arn:aws:s3:::b"), p).IsAllowed);
    }

    [Fact]
    public void Missing_context_keys_are_reported()
    {
        var p = Source(Allow("s3:*", extra: ""","Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}"""));
        var r = PolicyEvaluator.Evaluate(Request("s3:GetObject"), p);
        Assert.False(r.IsAllowed);
        Assert.Equal(["aws:SourceIp"], r.MissingContextKeys);
    }
}
