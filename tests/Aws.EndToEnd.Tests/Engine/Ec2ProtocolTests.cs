using Aws.EndToEnd.Tests.Infrastructure;

namespace Aws.EndToEnd.Tests.Engine;

/// <summary>EC2 (ec2 protocol): run-instances, then describe-instances filtered in shorthand and in JSON.</summary>
[Collection("moto")]
public sealed class Ec2ProtocolTests(MotoServer moto) : MotoTestBase(moto)
{
    [Fact]
    public void Run_instances_then_describe_with_filters_match_the_real_cli()
    {
        var run = Ours("ec2", "run-instances", "--image-id", "ami-12c6146b", "--instance-type", "t2.micro",
            "--count", "2", "--tag-specifications", "ResourceType=instance,Tags=[{Key=Name,Value=web}]");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("\"InstanceType\": \"t2.micro\"", run.Stdout);

        string[] shorthand = ["ec2", "describe-instances", "--filters", "Name=instance-type,Values=t2.micro", "Name=tag:Name,Values=web"];
        var ours = Ours(shorthand);
        Assert.Equal(0, ours.ExitCode);
        Assert.Contains("\"Value\": \"web\"", ours.Stdout);
        AssertSame(Real(shorthand), ours);

        string[] json = ["ec2", "describe-instances", "--filters", "[{\"Name\":\"instance-state-name\",\"Values\":[\"running\",\"pending\"]}]"];
        AssertSame(Real(json), Ours(json));

        string[] none = ["ec2", "describe-instances", "--filters", "Name=instance-type,Values=m5.large"];
        AssertSame(Real(none), Ours(none));
    }

    [Fact]
    public void Describe_instances_on_an_empty_account_matches_the_real_cli() =>
        AssertSame(Real("ec2", "describe-instances"), Ours("ec2", "describe-instances"));
}
