using Aws.EndToEnd.Tests.Infrastructure;

namespace Aws.EndToEnd.Tests.Engine;

/// <summary>Every output format, --query and pagination options, ours vs the real CLI on the same moto state.</summary>
[Collection("moto")]
public sealed class OutputFormatTests(MotoServer moto) : MotoTestBase(moto)
{
    private void Seed()
    {
        foreach (var name in new[] { "ana", "bo", "cy", "dee" })
            Assert.Equal(0, Ours("iam", "create-user", "--user-name", name, "--tags", $"Key=team,Value=t-{name}").ExitCode);
        Assert.Equal(0, Ours("ec2", "run-instances", "--image-id", "ami-12c6146b", "--count", "2").ExitCode);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("text")]
    [InlineData("table")]
    [InlineData("yaml")]
    [InlineData("yaml-stream")]
    public void Formats_match_the_real_cli(string format)
    {
        Seed();
        foreach (var command in new[]
                 {
                     new[] { "iam", "list-users" },
                     ["iam", "list-users", "--max-items", "2"],
                     ["iam", "list-users", "--page-size", "1"],
                     ["iam", "list-users", "--query", "Users[].UserName"],
                     ["iam", "list-users", "--query", "Users[?UserName=='bo'].[UserName,Path]"],
                     ["iam", "get-user", "--user-name", "cy"],
                     ["ec2", "describe-instances", "--query", "Reservations[].Instances[].[ImageId,InstanceType,State.Name]"],
                     ["ec2", "describe-regions", "--region-names", "us-east-1", "eu-west-1"],
                     ["sts", "get-caller-identity"],
                 })
        {
            string[] args = [.. command, "--output", format];
            var real = Real(args);
            var ours = Ours(args);
            Assert.True(real.ExitCode == ours.ExitCode && real.Stdout == ours.Stdout && real.Stderr == ours.Stderr,
                $"{string.Join(' ', args)}\nreal: {real}\nours: {ours}");
        }
    }

    [Fact]
    public void Starting_token_from_the_real_cli_works_in_ours()
    {
        Seed();
        var first = Real("iam", "list-users", "--max-items", "1", "--query", "NextToken", "--output", "text");
        Assert.Equal(0, first.ExitCode);
        var token = first.Stdout.Trim();
        string[] rest = ["iam", "list-users", "--starting-token", token, "--max-items", "2"];
        AssertSame(Real(rest), Ours(rest));
    }
}
