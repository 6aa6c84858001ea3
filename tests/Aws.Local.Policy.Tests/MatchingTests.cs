using Aws.Local.Policy.Context;
using Aws.Local.Policy.Matching;

namespace Aws.Local.Policy.Tests;

public class MatchingTests
{
    public static TheoryData<string, string, bool> ActionCases => new()
    {
        { "*", "s3:GetObject", true },
        { "s3:*", "s3:GetObject", true },
        { "s3:GetObject", "s3:getobject", true },
        { "S3:GETOBJECT", "s3:GetObject", true },
        { "iam:*AccessKey*", "iam:CreateAccessKey", true },
        { "iam:*AccessKey*", "iam:ListAccessKeys", true },
        { "iam:*AccessKey*", "iam:ListUsers", false },
        { "s3:Get*", "s3:PutObject", false },
        { "s3:Get?bject", "s3:GetObject", true },
        { "s3:Get?bject", "s3:GetObbject", false },
        { "ec2:*", "s3:GetObject", false },
        { "s3:GetObject", "s3:GetObjectAcl", false },
        { "dynamodb:*", "dynamodb:CreateBackup", true },
    };

    [Theory]
    [MemberData(nameof(ActionCases))]
    public void Action_matching_is_case_insensitive_glob(string pattern, string action, bool expected) =>
        Assert.Equal(expected, ActionMatcher.Matches(pattern, action));

    public static TheoryData<string, string, bool> ArnCases => new()
    {
        { "*", "arn:aws:s3:::bucket/key", true },
        { "arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket/a/b/c.txt", true },
        { "arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket", false },
        { "arn:aws:s3:::bucket*", "arn:aws:s3:::bucket-two/key", true },
        { "arn:aws:s3:::Bucket/*", "arn:aws:s3:::bucket/key", false },
        { "arn:aws:ec2:*:111122223333:instance/*", "arn:aws:ec2:us-east-1:111122223333:instance/i-1", true },
        { "arn:aws:ec2:*:111122223333:instance/*", "arn:aws:ec2:us-east-1:444455556666:instance/i-1", false },
        { "arn:aws:ec2:us-east-?:*:instance/*", "arn:aws:ec2:us-east-2:1:instance/i-1", true },
        { "arn:aws:iam::*:user/*", "arn:aws:iam::111122223333:user/division/alice", true },
        { "arn:aws:logs:*:*:log-group:/aws/lambda/*", "arn:aws:logs:us-east-1:1:log-group:/aws/lambda/fn:log-stream:x", true },
        { "arn:aws:sns:*:topic", "arn:aws:sns:us-east-1:1:topic", false },
        { "arn:aws:*", "arn:aws:sqs:us-east-1:1:queue", true },
        { "arn:aws:*:us-east-1:*:*", "arn:aws:sqs:us-east-1:1:queue", true },
        { "arn:aws:*:us-east-1:*:*", "arn:aws:sqs:eu-west-1:1:queue", false },
        { "arn:aws:s3:::bucket", "*", false },
    };

    [Theory]
    [MemberData(nameof(ArnCases))]
    public void Arn_matching_is_per_segment(string pattern, string arn, bool expected) =>
        Assert.Equal(expected, ArnMatcher.Matches(pattern, arn));

    private static ContextKeyMap Keys => new ContextKeyMap()
        .Set("aws:username", "alice")
        .Set("aws:userid", "AIDAEXAMPLE")
        .Set("aws:PrincipalTag/team", "blue")
        .Set("aws:TagKeys", "a", "b");

    public static TheoryData<string, string?> VariableCases => new()
    {
        { "arn:aws:s3:::bucket/home/${aws:username}/*", "arn:aws:s3:::bucket/home/alice/*" },
        { "${aws:userid}", "AIDAEXAMPLE" },
        { "${AWS:USERNAME}", "alice" },
        { "team-${aws:PrincipalTag/team}", "team-blue" },
        { "literal${*}star", "literal*star" },
        { "q${?}", "q?" },
        { "cost${$}", "cost$" },
        { "${aws:SourceIdentity, 'none'}", "none" },
        { "${aws:username, 'none'}", "alice" },
        { "${aws:username,'none'}", "alice" },
        { "${aws:SourceIdentity}", null },
        { "${aws:TagKeys}", "a" },
        { "no variables *", "no variables *" },
        { "unterminated ${aws:username", "unterminated ${aws:username" },
    };

    [Theory]
    [MemberData(nameof(VariableCases))]
    public void Policy_variables_substitute(string value, string? expected) =>
        Assert.Equal(expected, PolicyVariables.Resolve(value, Keys)?.Text);

    [Fact]
    public void Substituted_text_is_literal_but_pattern_text_keeps_wildcards()
    {
        var keys = new ContextKeyMap().Set("aws:username", "a*");
        var glob = PolicyVariables.Resolve("home/${aws:username}/*", keys)!;
        Assert.True(glob.IsMatch("home/a*/file"));
        Assert.False(glob.IsMatch("home/abc/file"));
        Assert.True(PolicyVariables.Resolve("x${*}", keys)!.IsMatch("x*"));
        Assert.False(PolicyVariables.Resolve("x${*}", keys)!.IsMatch("xyz"));
    }

    [Fact]
    public void Disabled_variables_leave_text_as_written() =>
        Assert.Equal("${aws:username}", PolicyVariables.Resolve("${aws:username}", Keys, enabled: false)!.Text);

    [Fact]
    public void Referenced_keys_lists_variables_but_not_escapes() =>
        Assert.Equal(["aws:username", "aws:PrincipalTag/x"],
            PolicyVariables.ReferencedKeys("a/${aws:username}/${*}/${aws:PrincipalTag/x, 'd'}"));

    [Fact]
    public void Glob_star_backtracks() => Assert.True(Glob.Pattern("a*b*c").IsMatch("axxbyybzc"));
}
