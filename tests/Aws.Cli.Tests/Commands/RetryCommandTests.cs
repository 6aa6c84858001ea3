namespace Aws.Cli.Tests.Commands;

/// <summary>Retry settings and the final error text as the CLI prints them (texts from /usr/bin/aws 2.9.19).</summary>
public class RetryCommandTests
{
    private const string Throttled = "<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error></ErrorResponse>";
    private const string Identity = "<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/x</Arn>"
        + "<UserId>AID</UserId><Account>123456789012</Account></GetCallerIdentityResult></GetCallerIdentityResponse>";

    private static Task<InProcessCli.Result> Run(StateServer server, InstantTimeProvider clock, Dictionary<string, string>? env = null) =>
        InProcessCli.RunAsync(clock, env, "sts", "get-caller-identity", "--endpoint-url", server.Url);

    [Fact]
    public async Task Throttling_on_every_attempt_says_reached_max_retries_2()
    {
        using var server = new StateServer((_, _) => (400, Throttled));
        var clock = new InstantTimeProvider();

        var result = await Run(server, clock);

        Assert.Equal(254, result.ExitCode);
        Assert.Equal("\nAn error occurred (Throttling) when calling the GetCallerIdentity operation (reached max retries: 2): Rate exceeded\n", result.Stderr);
        Assert.Equal(3, server.Requests);
        Assert.Equal(2, clock.Delays.Count);
        Assert.All(clock.Delays, d => Assert.InRange(d.TotalSeconds, 0, 2));
    }

    [Fact]
    public async Task Two_failures_then_success_prints_the_result()
    {
        using var server = new StateServer((i, _) => i < 2 ? (503, Throttled.Replace("Throttling", "ServiceUnavailable")) : (200, Identity));

        var result = await Run(server, new InstantTimeProvider());

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"Account\": \"123456789012\"", result.Stdout);
        Assert.Equal(3, server.Requests);
    }

    [Theory]
    [InlineData("1", 1, "(reached max retries: 0)")]
    [InlineData("5", 5, "(reached max retries: 4)")]
    public async Task Max_attempts_from_the_environment_bounds_attempts(string maxAttempts, int requests, string text)
    {
        using var server = new StateServer((_, _) => (400, Throttled));

        var result = await Run(server, new InstantTimeProvider(), new() { ["AWS_MAX_ATTEMPTS"] = maxAttempts });

        Assert.Equal(requests, server.Requests);
        Assert.Contains($"GetCallerIdentity operation {text}: Rate exceeded", result.Stderr);
    }

    [Fact]
    public async Task A_non_retryable_error_has_no_retry_text()
    {
        using var server = new StateServer((_, _) => (403, Throttled.Replace("Throttling", "AccessDenied")));

        var result = await Run(server, new InstantTimeProvider());

        Assert.Equal("\nAn error occurred (AccessDenied) when calling the GetCallerIdentity operation: Rate exceeded\n", result.Stderr);
        Assert.Equal(1, server.Requests);
    }

    [Theory]
    [InlineData("AWS_RETRY_MODE", "legacy", "\nInvalid value provided to \"mode\": \"legacy\" must be one of: \"standard\" or \"adaptive\"\n")]
    [InlineData("AWS_MAX_ATTEMPTS", "0", "\nValue provided to \"max_attempts\": 0 must be an integer greater than or equal to one.\n")]
    public async Task Invalid_retry_settings_exit_255_with_botocores_message(string variable, string value, string stderr)
    {
        using var server = new StateServer((_, _) => (200, Identity));

        var result = await Run(server, new InstantTimeProvider(), new() { [variable] = value });

        Assert.Equal(255, result.ExitCode);
        Assert.Equal(stderr, result.Stderr);
        Assert.Equal(0, server.Requests);
    }

    [Fact]
    public async Task Adaptive_mode_retries_like_standard()
    {
        using var server = new StateServer((i, _) => i < 1 ? (400, Throttled) : (200, Identity));

        var result = await Run(server, new InstantTimeProvider(), new() { ["AWS_RETRY_MODE"] = "adaptive" });

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, server.Requests);
    }
}
