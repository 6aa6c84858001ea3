using Aws.EndToEnd.Tests.Infrastructure;

namespace Aws.EndToEnd.Tests.Engine;

/// <summary>--generate-cli-skeleton needs no server: ours and the real CLI must print the same bytes.</summary>
public sealed class SkeletonTests
{
    [Theory]
    [InlineData("iam", "create-user", "--generate-cli-skeleton")]
    [InlineData("iam", "create-user", "--generate-cli-skeleton", "input")]
    [InlineData("ec2", "run-instances", "--generate-cli-skeleton")]
    [InlineData("s3api", "put-object", "--generate-cli-skeleton")]
    [InlineData("dynamodb", "put-item", "--generate-cli-skeleton")]
    [InlineData("sts", "get-caller-identity", "--generate-cli-skeleton", "output")]
    [InlineData("ec2", "describe-instances", "--generate-cli-skeleton", "output")]
    public void Skeleton_matches_the_real_cli(params string[] args)
    {
        var ours = Cli.Ours;
        if (ours is null) { Assert.Skip(Cli.OursMissing); return; }
        if (Cli.Real is not { } real) { Assert.Skip(Cli.RealMissing); return; }
        var env = new Dictionary<string, string?> { ["HOME"] = Path.GetTempPath(), ["AWS_DEFAULT_REGION"] = "us-east-1" };
        var expected = real.Run(args, env);
        var actual = ours.Run(args, env);
        Assert.Equal(expected.ExitCode, actual.ExitCode);
        Assert.Equal(expected.Stdout, actual.Stdout);
        Assert.Equal(0, actual.ExitCode);
    }
}
