using Aws.Local.Auth;

namespace Aws.Local.Tests.Auth;

public class WildcardTests
{
    [Theory]
    [InlineData("*", "anything", false, true)]
    [InlineData("iam:*", "iam:CreateUser", false, true)]
    [InlineData("iam:Get*", "iam:ListUsers", false, false)]
    [InlineData("iam:get*", "iam:GetUser", true, true)]
    [InlineData("iam:get*", "iam:GetUser", false, false)]
    [InlineData("s3:?et*", "s3:GetObject", false, true)]
    [InlineData("arn:aws:iam::*:user/a*b", "arn:aws:iam::1:user/axxb", false, true)]
    [InlineData("arn:aws:iam::*:user/a*b", "arn:aws:iam::1:user/axxbc", false, false)]
    [InlineData("exact", "exact", false, true)]
    public void Glob_matches_like_iam(string pattern, string value, bool ignoreCase, bool expected) =>
        Assert.Equal(expected, Wildcard.IsMatch(pattern, value, ignoreCase));
}
