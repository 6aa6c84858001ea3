using System.Text.Json.Nodes;
using Aws.EndToEnd.Tests.Infrastructure;

namespace Aws.EndToEnd.Tests.Waiters;

/// <summary>
/// The seed's EC2 life cycle against moto with the published binary, waiters included, compared with
/// /usr/bin/aws wherever the output does not depend on which CLI moved the instance first.
/// </summary>
[Collection("moto")]
public sealed class Ec2WaiterFlowTests(MotoServer moto) : MotoTestBase(moto)
{
    private string RunInstance()
    {
        var run = Ours("ec2", "run-instances", "--image-id", "ami-12c6146b", "--instance-type", "t2.micro", "--count", "1");
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonNode.Parse(run.Stdout)!["Instances"]![0]!["InstanceId"]!.GetValue<string>();
    }

    private static void AssertQuietSuccess(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Stdout);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void Run_wait_describe_stop_start_terminate_flow_matches_the_real_cli()
    {
        var id = RunInstance();

        string[] running = ["ec2", "wait", "instance-running", "--instance-ids", id];
        AssertQuietSuccess(Ours(running));
        AssertSame(Real(running), Ours(running));

        string[] status = ["ec2", "describe-instance-status", "--instance-ids", id];
        var ourStatus = Ours(status);
        Assert.Contains($"\"InstanceId\": \"{id}\"", ourStatus.Stdout);
        AssertSame(Real(status), ourStatus);

        string[] console = ["ec2", "get-console-output", "--instance-id", id];
        var ourConsole = Ours(console);
        var realConsole = Real(console);
        Assert.Equal(0, ourConsole.ExitCode);
        Assert.Contains("Linux version", ourConsole.Stdout); // decoded from base64 as botocore does
        Assert.Equal(Mask(realConsole.Stdout, "Timestamp"), Mask(ourConsole.Stdout, "Timestamp"));

        var stop = Ours("ec2", "stop-instances", "--instance-ids", id);
        Assert.True(stop.ExitCode == 0, stop.ToString());
        Assert.Equal(id, JsonNode.Parse(stop.Stdout)!["StoppingInstances"]![0]!["InstanceId"]!.GetValue<string>());

        string[] stopped = ["ec2", "wait", "instance-stopped", "--instance-ids", id];
        AssertQuietSuccess(Ours(stopped));
        AssertSame(Real(stopped), Ours(stopped));

        var start = Ours("ec2", "start-instances", "--instance-ids", id);
        Assert.True(start.ExitCode == 0, start.ToString());
        Assert.Contains("\"StartingInstances\"", start.Stdout);

        var terminate = Ours("ec2", "terminate-instances", "--instance-ids", id);
        Assert.True(terminate.ExitCode == 0, terminate.ToString());
        Assert.Contains("\"TerminatingInstances\"", terminate.Stdout);

        string[] terminated = ["ec2", "wait", "instance-terminated", "--instance-ids", id];
        AssertQuietSuccess(Ours(terminated));
        AssertSame(Real(terminated), Ours(terminated));
    }

    [Fact]
    public void Waiting_for_a_terminated_instance_to_run_fails_as_the_real_cli()
    {
        var id = RunInstance();
        Assert.Equal(0, Ours("ec2", "terminate-instances", "--instance-ids", id).ExitCode);

        string[] args = ["ec2", "wait", "instance-running", "--instance-ids", id];
        var ours = Ours(args);
        Assert.Equal(255, ours.ExitCode);
        Assert.StartsWith("\nWaiter InstanceRunning failed: Waiter encountered a terminal failure state:", ours.Stderr);
        AssertSame(Real(args), ours);
    }

    [Theory]
    [InlineData("run-instances", "--image-id", "ami-12c6146b", "--instance-type", "t2.micro", "--count", "1")]
    [InlineData("describe-instances")]
    [InlineData("create-security-group", "--group-name", "g", "--description", "d")]
    public void Dry_run_prints_dry_run_operation_and_exits_254_as_the_real_cli(params string[] operation)
    {
        string[] args = ["ec2", .. operation, "--dry-run"];
        var ours = Ours(args);
        Assert.Equal(254, ours.ExitCode);
        Assert.Contains("An error occurred (DryRunOperation) when calling the ", ours.Stderr);
        AssertSame(Real(args), ours);
    }

    [Fact]
    public void Wait_without_a_waiter_is_the_real_clis_usage_error() =>
        AssertSame(Real("ec2", "wait"), Ours("ec2", "wait"));
}
