namespace Aws.Cli.Tests.Commands;

/// <summary>
/// `aws ec2 wait ...` in-process against a loopback EC2 whose instance changes state over polls; expected texts
/// recorded from /usr/bin/aws 2.9.19.
/// </summary>
public class WaitCommandTests
{
    private static string Instances(string state) =>
        "<DescribeInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>r1</requestId><reservationSet><item>"
        + "<reservationId>r-1</reservationId><instancesSet><item><instanceId>i-1</instanceId>"
        + $"<instanceState><code>0</code><name>{state}</name></instanceState></item></instancesSet></item></reservationSet></DescribeInstancesResponse>";

    private static string Ec2Error(string code, string message) =>
        $"<Response><Errors><Error><Code>{code}</Code><Message>{message}</Message></Error></Errors><RequestID>r1</RequestID></Response>";

    private static Task<InProcessCli.Result> Run(StateServer server, InstantTimeProvider clock, params string[] args) =>
        InProcessCli.RunAsync(clock, null, [.. args, "--endpoint-url", server.Url]);

    [Fact]
    public async Task Instance_running_polls_until_the_state_is_running_and_prints_nothing()
    {
        using var server = new StateServer((i, _) => (200, Instances(i < 2 ? "pending" : "running")));
        var clock = new InstantTimeProvider();

        var result = await Run(server, clock, "ec2", "wait", "instance-running", "--instance-ids", "i-1");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal("", result.Stderr);
        Assert.Equal(3, server.Requests);
        Assert.Equal([TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(15)], clock.Delays);
        Assert.All(server.Bodies, b => Assert.Contains("Action=DescribeInstances", b));
        Assert.All(server.Bodies, b => Assert.Contains("InstanceId.1=i-1", b));
    }

    [Fact]
    public async Task A_terminal_state_fails_the_waiter_with_exit_255()
    {
        using var server = new StateServer((i, _) => (200, Instances(i < 1 ? "pending" : "terminated")));

        var result = await Run(server, new InstantTimeProvider(), "ec2", "wait", "instance-running", "--instance-ids", "i-1");

        Assert.Equal(255, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal("\nWaiter InstanceRunning failed: Waiter encountered a terminal failure state: For expression "
            + "\"Reservations[].Instances[].State.Name\" we matched expected path: \"terminated\" at least once\n", result.Stderr);
    }

    [Fact]
    public async Task Running_out_of_attempts_says_max_attempts_exceeded()
    {
        using var server = new StateServer((_, _) => (200, Instances("pending")));
        var clock = new InstantTimeProvider();

        var result = await Run(server, clock, "ec2", "wait", "instance-running", "--instance-ids", "i-1");

        Assert.Equal(255, result.ExitCode);
        Assert.Equal("\nWaiter InstanceRunning failed: Max attempts exceeded\n", result.Stderr);
        Assert.Equal(40, server.Requests);
        Assert.Equal(39, clock.Delays.Count);
    }

    [Fact]
    public async Task An_error_acceptor_can_be_the_success_state()
    {
        using var server = new StateServer((i, _) => i == 0
            ? (200, Instances("running"))
            : (400, Ec2Error("InvalidInstanceID.NotFound", "gone")));

        var first = await Run(server, new InstantTimeProvider(), "ec2", "wait", "instance-terminated", "--instance-ids", "i-1");
        var second = await Run(server, new InstantTimeProvider(), "ec2", "wait", "instance-exists", "--instance-ids", "i-1");

        Assert.Equal(255, first.ExitCode); // running is a failure state for instance-terminated
        Assert.Equal(255, second.ExitCode);
        Assert.Equal("\nWaiter InstanceExists failed: Max attempts exceeded. Previously accepted state: "
            + "Matched expected service error code: InvalidInstanceID.NotFound\n", second.Stderr);
    }

    [Fact]
    public async Task An_unexpected_service_error_fails_the_waiter_with_its_code_and_message()
    {
        using var server = new StateServer((_, _) => (401, Ec2Error("AuthFailure", "AWS was not able to validate the provided access credentials")));

        var result = await Run(server, new InstantTimeProvider(), "ec2", "wait", "instance-running", "--instance-ids", "i-1");

        Assert.Equal(255, result.ExitCode);
        Assert.Equal("\nWaiter InstanceRunning failed: An error occurred (AuthFailure): AWS was not able to validate the provided access credentials\n",
            result.Stderr);
    }

    [Fact]
    public async Task Wait_alone_is_a_usage_error()
    {
        var result = await InProcessCli.RunAsync(new InstantTimeProvider(), null, "ec2", "wait");

        Assert.Equal(252, result.ExitCode);
        Assert.Equal("\nusage: aws [options] ec2 wait <subcommand> [parameters]\naws: error: too few arguments\n", result.Stderr);
    }

    [Fact]
    public async Task An_unknown_waiter_lists_the_waiters_sorted_without_help()
    {
        var result = await InProcessCli.RunAsync(new InstantTimeProvider(), null, "ec2", "wait", "instance-runing");

        Assert.Equal(252, result.ExitCode);
        Assert.Contains("aws: error: argument subcommand: Invalid choice, valid choices are:\n\n"
            + "bundle-task-complete                     | conversion-task-cancelled               \n", result.Stderr);
        Assert.Contains("instance-running                         | instance-status-ok", result.Stderr);
        Assert.DoesNotContain("| help", result.Stderr);
        Assert.Contains("Invalid choice: 'instance-runing', maybe you meant:\n\n  * instance-running", result.Stderr);
    }

    [Fact]
    public async Task Wait_is_among_the_operation_choices_before_help_only_for_services_with_waiters()
    {
        var ec2 = await InProcessCli.RunAsync(new InstantTimeProvider(), null, "ec2", "no-such-operation");
        var sts = await InProcessCli.RunAsync(new InstantTimeProvider(), null, "sts", "no-such-operation");

        Assert.Equal(["wait", "help"], Choices(ec2.Stderr)[^2..]);
        Assert.Equal(["get-session-token", "help"], Choices(sts.Stderr)[^2..]);
        Assert.DoesNotContain("wait", Choices(sts.Stderr));
    }

    // The two-column choice list of an "Invalid choice" error, as a flat list.
    private static string[] Choices(string stderr)
    {
        var list = stderr.Split("valid choices are:\n")[1].TrimStart('\n').Split("\n\n")[0];
        return [.. list.Split('\n').SelectMany(l => l.Split('|')).Select(c => c.Trim()).Where(c => c.Length > 0)];
    }

    [Theory]
    [MemberData(nameof(EveryWaiter))]
    public void Every_waiter_in_every_model_polls_an_operation_the_model_has(string service, string waiter)
    {
        var model = new Aws.Core.Model.ServiceModel(service, Aws.Core.Model.ModelBundle.Embedded.Open(service)!);
        var config = Aws.Core.Runtime.Waiters.WaiterConfig.For(model.Waiters, Aws.Cli.Commands.WaitCommand.WaiterNames(model)[waiter])!;
        Assert.NotNull(model.GetOperation(config.Operation));
        Assert.NotEmpty(config.Acceptors);
    }

    public static TheoryData<string, string> EveryWaiter()
    {
        var data = new TheoryData<string, string>();
        foreach (var service in Aws.Core.Model.ModelBundle.Embedded.ServiceNames)
        {
            var model = new Aws.Core.Model.ServiceModel(service, Aws.Core.Model.ModelBundle.Embedded.Open(service)!);
            foreach (var waiter in Aws.Cli.Commands.WaitCommand.WaiterNames(model).Keys) data.Add(service, waiter);
        }
        return data;
    }
}
