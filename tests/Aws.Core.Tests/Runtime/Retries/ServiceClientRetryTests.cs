using System.Globalization;
using Aws.Core.Tests.Runtime.Transport;

namespace Aws.Core.Tests.Runtime.Retries;

/// <summary>
/// The call pipeline's retries against a loopback server that fails on purpose: attempt counts, the delays
/// asked for (recorded, never slept), the retry quota, and the "max attempts reached" flag the CLI prints.
/// </summary>
public class ServiceClientRetryTests
{
    private const string StsOk = "<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/x</Arn>"
        + "<UserId>AID</UserId><Account>123456789012</Account></GetCallerIdentityResult></GetCallerIdentityResponse>";

    private static Reply QueryError(int status, string code, string message = "boom") =>
        new(status, $"<ErrorResponse><Error><Type>Sender</Type><Code>{code}</Code><Message>{message}</Message></Error><RequestId>r1</RequestId></ErrorResponse>",
            [("Content-Type", "text/xml")]);

    private static Reply JsonError(int status, string type, string message = "boom") =>
        new(status, $"{{\"__type\":\"com.amazonaws.dynamodb.v20120810#{type}\",\"message\":\"{message}\"}}",
            [("Content-Type", "application/x-amz-json-1.0")]);

    private static readonly Reply StsSuccess = new(200, StsOk, [("Content-Type", "text/xml")]);

    [Fact]
    public async Task Two_503s_then_success_takes_three_attempts_with_doubling_jittered_delays()
    {
        await using var server = ScriptedServer.Start(QueryError(503, "ServiceUnavailable"), QueryError(503, "ServiceUnavailable"), StsSuccess);
        var harness = new RetryHarness("sts", server.Url);

        var result = await harness.CallAsync("GetCallerIdentity");

        Assert.Null(result.Parsed.Error);
        Assert.Equal("123456789012", result.Parsed.Result!["Account"]!.GetValue<string>());
        Assert.Equal(3, result.Attempts);
        Assert.False(result.MaxAttemptsReached);
        Assert.Equal(3, server.Requests.Count);
        // rand * 2^(attempt-1) with rand = 0.5.
        Assert.Equal([TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1)], harness.Sleeps);
        // Two retries took 5 each; the success gave back what the last retry took.
        Assert.Equal(495, harness.Policy.Quota.Available);
    }

    [Fact]
    public async Task Throttling_in_the_query_error_format_is_retried_until_max_attempts()
    {
        await using var server = ScriptedServer.Start(QueryError(400, "Throttling", "Rate exceeded"));
        var harness = new RetryHarness("sts", server.Url);

        var result = await harness.CallAsync("GetCallerIdentity");

        Assert.Equal("Throttling", result.Parsed.Error!.Code);
        Assert.Equal(3, result.Attempts);
        Assert.True(result.MaxAttemptsReached);
        Assert.Equal(2, harness.Sleeps.Count);
        Assert.Equal(490, harness.Policy.Quota.Available);
        Assert.Contains("botocore.retries.standard - Max attempts of 3 reached.", harness.Log);
    }

    [Theory]
    [InlineData("ThrottlingException")]
    [InlineData("ProvisionedThroughputExceededException")]
    [InlineData("RequestLimitExceeded")]
    public async Task Throttling_in_the_json_error_format_is_retried(string code)
    {
        await using var server = ScriptedServer.Start(JsonError(400, code), new Reply(200, "{\"TableNames\":[]}", [("Content-Type", "application/x-amz-json-1.0")]));
        var harness = new RetryHarness("dynamodb", server.Url);

        var result = await harness.CallAsync("ListTables");

        Assert.Null(result.Parsed.Error);
        Assert.Equal(2, result.Attempts);
        Assert.Single(harness.Sleeps);
    }

    [Fact]
    public async Task A_non_retryable_error_is_returned_after_one_attempt()
    {
        await using var server = ScriptedServer.Start(JsonError(400, "ValidationException"));
        var harness = new RetryHarness("dynamodb", server.Url);

        var result = await harness.CallAsync("ListTables");

        Assert.Equal("ValidationException", result.Parsed.Error!.Code);
        Assert.Equal(1, result.Attempts);
        Assert.False(result.MaxAttemptsReached);
        Assert.Empty(harness.Sleeps);
    }

    [Fact]
    public async Task A_non_retryable_error_on_the_last_attempt_still_counts_as_max_attempts_reached()
    {
        // botocore checks max attempts before retryability, so the CLI prints "(reached max retries: 1)".
        await using var server = ScriptedServer.Start(JsonError(500, "InternalServerError"), JsonError(400, "ValidationException"));
        var harness = new RetryHarness("dynamodb", server.Url, maxAttempts: 2);

        var result = await harness.CallAsync("ListTables");

        Assert.Equal("ValidationException", result.Parsed.Error!.Code);
        Assert.Equal(2, result.Attempts);
        Assert.True(result.MaxAttemptsReached);
    }

    [Fact]
    public async Task A_connection_reset_is_retried()
    {
        await using var server = ScriptedServer.Start(Reply.HangUp, StsSuccess);
        var harness = new RetryHarness("sts", server.Url);

        var result = await harness.CallAsync("GetCallerIdentity");

        Assert.Null(result.Parsed.Error);
        Assert.Equal(2, result.Attempts);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Connection_failures_on_every_attempt_throw_the_last_one()
    {
        await using var server = ScriptedServer.Start(Reply.HangUp);
        var harness = new RetryHarness("sts", server.Url);

        await Assert.ThrowsAsync<Aws.Core.Runtime.Transport.ConnectionClosedException>(() => harness.CallAsync("GetCallerIdentity"));

        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(2, harness.Sleeps.Count);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(5, 5)]
    [InlineData(10, 10)]
    public async Task Max_attempts_bounds_the_attempts(int maxAttempts, int expected)
    {
        await using var server = ScriptedServer.Start(QueryError(503, "ServiceUnavailable"));
        var harness = new RetryHarness("sts", server.Url, maxAttempts: maxAttempts);

        var result = await harness.CallAsync("GetCallerIdentity");

        Assert.Equal(expected, result.Attempts);
        Assert.True(result.MaxAttemptsReached);
        Assert.Equal(expected - 1, harness.Sleeps.Count);
    }

    [Fact]
    public async Task Backoff_is_capped_at_20_seconds()
    {
        await using var server = ScriptedServer.Start(QueryError(503, "ServiceUnavailable"));
        var harness = new RetryHarness("sts", server.Url, maxAttempts: 8) { RandomValue = 0.99 };

        await harness.CallAsync("GetCallerIdentity");

        Assert.Equal([0.99, 1.98, 3.96, 7.92, 15.84, 20, 20], harness.Sleeps.Select(s => Math.Round(s.TotalSeconds, 2)));
    }

    [Fact]
    public async Task An_exhausted_retry_quota_stops_retrying_without_max_attempts_reached()
    {
        await using var server = ScriptedServer.Start(QueryError(503, "ServiceUnavailable"));
        var harness = new RetryHarness("sts", server.Url);
        Assert.True(harness.Policy.Quota.TryAcquire(496)); // 4 left: less than one retry's cost

        var result = await harness.CallAsync("GetCallerIdentity");

        Assert.Equal(1, result.Attempts);
        Assert.False(result.MaxAttemptsReached);
        Assert.Contains("botocore.retries.standard - Retry needed but retry quota reached, not retrying request.", harness.Log);
    }

    [Fact]
    public async Task Many_failing_calls_drain_the_quota_and_successes_refill_it()
    {
        var failing = true;
        await using var server = ScriptedServer.Start(_ => failing ? QueryError(503, "ServiceUnavailable") : StsSuccess);
        var harness = new RetryHarness("sts", server.Url);

        for (var i = 0; i < 50; i++) await harness.CallAsync("GetCallerIdentity");
        Assert.Equal(0, harness.Policy.Quota.Available);
        var starved = await harness.CallAsync("GetCallerIdentity");
        Assert.Equal(1, starved.Attempts);

        failing = false;
        await harness.CallAsync("GetCallerIdentity");
        Assert.Equal(1, harness.Policy.Quota.Available); // a success without retries gives back one
    }

    [Fact]
    public async Task Clock_skew_is_corrected_from_the_date_header_and_the_call_retried_once()
    {
        var serverTime = DateTimeOffset.UtcNow.AddHours(2);
        await using var server = ScriptedServer.Start(x =>
        {
            var signedAt = DateTimeOffset.ParseExact(x.Request.Header("X-Amz-Date")!, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal);
            return (signedAt - serverTime).Duration() < TimeSpan.FromMinutes(5)
                ? StsSuccess
                : QueryError(403, "RequestTimeTooSkewed", "The difference between the request time and the current time is too large.")
                    with { Headers = [("Content-Type", "text/xml"), ("Date", serverTime.ToString("r", CultureInfo.InvariantCulture))] };
        });
        var harness = new RetryHarness("sts", server.Url);

        var result = await harness.CallAsync("GetCallerIdentity");

        Assert.Null(result.Parsed.Error);
        Assert.Equal(2, result.Attempts);
        Assert.Empty(harness.Sleeps);
        Assert.InRange(harness.Client.ClockSkewCorrection.TotalMinutes, 115, 125);
        Assert.Equal(500, harness.Policy.Quota.Available); // the skew retry is not a quota-funded retry
    }

    [Fact]
    public async Task A_skew_error_without_a_real_skew_is_not_retried()
    {
        await using var server = ScriptedServer.Start(QueryError(403, "SignatureDoesNotMatch")
            with { Headers = [("Date", DateTimeOffset.UtcNow.ToString("r", CultureInfo.InvariantCulture))] });
        var harness = new RetryHarness("sts", server.Url);

        var result = await harness.CallAsync("GetCallerIdentity");

        Assert.Equal("SignatureDoesNotMatch", result.Parsed.Error!.Code);
        Assert.Equal(1, result.Attempts);
    }

    [Fact]
    public async Task Adaptive_mode_turns_the_rate_limiter_on_after_throttling()
    {
        await using var server = ScriptedServer.Start(QueryError(400, "Throttling"), StsSuccess);
        var harness = new RetryHarness("sts", server.Url, mode: "adaptive");
        Assert.False(harness.Policy.RateLimiter!.Enabled);

        var result = await harness.CallAsync("GetCallerIdentity");

        Assert.Equal(2, result.Attempts);
        Assert.True(harness.Policy.RateLimiter.Enabled);
    }

    [Fact]
    public async Task Debug_log_never_shows_the_signature_or_the_session_token()
    {
        await using var server = ScriptedServer.Start(QueryError(503, "ServiceUnavailable"), StsSuccess);
        var harness = new RetryHarness("sts", server.Url);

        await harness.CallAsync("GetCallerIdentity");

        var log = string.Join("\n", harness.Log);
        var sent = server.Requests[0];
        var signature = sent.Header("Authorization")!.Split("Signature=")[1];
        Assert.DoesNotContain(signature, log);
        Assert.DoesNotContain("session-token-value", log);
        Assert.DoesNotContain("wJalrXUtnFEMI", log);
        Assert.Contains("Signature=<redacted>", log);
        Assert.Contains("'X-Amz-Security-Token': b'<redacted>'", log);
        Assert.Contains("botocore.endpoint - Response received to retry, sleeping for 0.5 seconds", log);
    }
}
