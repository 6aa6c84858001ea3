using Aws.Cli.Commands;

namespace Aws.Cli.Tests.Driver;

/// <summary>Expected values computed with Python's difflib.get_close_matches(word, choices, cutoff=0.8).</summary>
public class CloseMatchesTests
{
    private static readonly string[] Choices =
        ["get-user", "get-users", "list-users", "iam", "s3api", "ec2", "describe-instances", "describe-instance-status",
         "create-bucket", "ecr", "ecs"];

    [Theory]
    [InlineData("get-usr", "get-user,get-users")]
    [InlineData("iamm", "iam")]
    [InlineData("describe-instanc", "describe-instances,describe-instance-status")]
    [InlineData("s3ap", "s3api")]
    [InlineData("ec3", "")]
    [InlineData("list-user", "list-users")]
    [InlineData("creat-bucket", "create-bucket")]
    public void Suggestions_match_difflib(string word, string expected) =>
        Assert.Equal(expected, string.Join(',', CloseMatches.Find(word, Choices)));

    [Fact]
    public void Ratio_is_ratcliff_obershelp() => Assert.Equal(2.0 * 3 / 7, CloseMatches.Ratio("abcd", "bcd"), 10);
}
