using Aws.EndToEnd.Tests.Infrastructure;

namespace Aws.EndToEnd.Tests.Engine;

/// <summary>
/// --generate-cli-skeleton needs no server: ours and the real CLI must print the same bytes. The bundled models are
/// newer than 2.9.19's and lack enums, so ours runs with AWS_DATA_PATH at the real CLI's own botocore models: the
/// same model in, the same skeleton out (and a check that AWS_DATA_PATH models are used).
/// </summary>
public sealed class SkeletonTests
{
    private const string BotocoreData = "/usr/lib/python3/dist-packages/awscli/botocore/data";

    [Fact]
    public void Skeleton_from_the_bundled_model_matches_where_the_model_is_unchanged()
    {
        if (Cli.Ours is not { } ours) { Assert.Skip(Cli.OursMissing); return; }
        if (Cli.Real is not { } real) { Assert.Skip(Cli.RealMissing); return; }
        string[] args = ["iam", "create-user", "--generate-cli-skeleton"];
        var env = new Dictionary<string, string?> { ["HOME"] = Path.GetTempPath() };
        Assert.Equal(real.Run(args, env).Stdout, ours.Run(args, env).Stdout);
    }

    [Theory]
    [InlineData("iam", "create-user", "--generate-cli-skeleton")]
    [InlineData("iam", "create-user", "--generate-cli-skeleton", "input")]
    [InlineData("ec2", "run-instances", "--generate-cli-skeleton")]
    [InlineData("s3api", "put-object", "--generate-cli-skeleton")]
    [InlineData("dynamodb", "put-item", "--generate-cli-skeleton")]
    [InlineData("ec2", "describe-instances", "--generate-cli-skeleton", "output")]
    public void Skeleton_matches_the_real_cli(params string[] args)
    {
        var ours = Cli.Ours;
        if (ours is null) { Assert.Skip(Cli.OursMissing); return; }
        if (Cli.Real is not { } real) { Assert.Skip(Cli.RealMissing); return; }
        var env = new Dictionary<string, string?> { ["HOME"] = Path.GetTempPath(), ["AWS_DEFAULT_REGION"] = "us-east-1" };
        var expected = real.Run(args, env);
        if (Directory.Exists(BotocoreData)) env["AWS_DATA_PATH"] = BotocoreData;
        var actual = ours.Run(args, env);
        Assert.Equal(expected.ExitCode, actual.ExitCode);
        Assert.Equal(expected.Stdout, actual.Stdout);
        Assert.Equal(0, actual.ExitCode);
    }
}
