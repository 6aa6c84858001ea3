using System.Text.Json;
using Aws.Core.Http;
using Aws.Core.Model;
using Aws.Core.Protocols;
using Aws.Core.Runtime;
using Aws.Core.Runtime.Retries;
using Aws.Core.Runtime.Transport;

namespace Aws.Core.Tests.Runtime.Retries;

/// <summary>The retry rules on their own; expected numbers computed with botocore's classes (AWS CLI 2.9.19).</summary>
public class RetryPolicyTests
{
    private static RetryAttempt Error(int number, string code, int status = 400) =>
        new(number, null, new ServiceError { Code = code, StatusCode = status }, new AwsHttpResponse { StatusCode = status }, null);

    [Theory]
    [InlineData(null, null, "standard", 3)]
    [InlineData("standard", 7, "standard", 7)]
    [InlineData("adaptive", null, "adaptive", 3)]
    public void Mode_and_max_attempts_come_from_settings(string? mode, int? max, string expectedMode, int expectedMax)
    {
        var policy = RetryPolicy.For(mode, max);
        Assert.Equal(expectedMode, policy.Mode);
        Assert.Equal(expectedMax, policy.MaxAttempts);
        Assert.Equal(expectedMode == "adaptive", policy.RateLimiter is not null);
    }

    [Theory]
    [InlineData("legacy", null, "Invalid value provided to \"mode\": \"legacy\" must be one of: \"standard\" or \"adaptive\"")]
    [InlineData("fast", null, "Invalid value provided to \"mode\": \"fast\" must be one of: \"standard\" or \"adaptive\"")]
    [InlineData(null, 0, "Value provided to \"max_attempts\": 0 must be an integer greater than or equal to one.")]
    public void Invalid_settings_fail_with_botocores_message(string? mode, int? max, string message)
    {
        var e = Assert.Throws<RetryConfigException>(() => RetryPolicy.For(mode, max));
        Assert.Equal(message, e.Message);
    }

    [Theory]
    [InlineData("Throttling", 400, true)]
    [InlineData("ThrottlingException", 400, true)]
    [InlineData("SlowDown", 503, true)]
    [InlineData("EC2ThrottledException", 400, true)]
    [InlineData("RequestTimeout", 400, true)]
    [InlineData("PriorRequestNotComplete", 400, true)]
    [InlineData("InternalError", 500, true)]
    [InlineData("BadGateway", 502, true)]
    [InlineData("ServiceUnavailable", 503, true)]
    [InlineData("GatewayTimeout", 504, true)]
    [InlineData("TooManyRequests", 429, false)]
    [InlineData("ValidationException", 400, false)]
    [InlineData("AccessDenied", 403, false)]
    [InlineData("NotImplemented", 501, false)]
    public void Standard_mode_retries_transient_and_throttling_errors(string code, int status, bool retryable) =>
        Assert.Equal(retryable, RetryClassifier.IsRetryable(Error(1, code, status)));

    [Fact]
    public void Connection_errors_are_retried_but_certificate_failures_are_not()
    {
        Assert.True(RetryClassifier.IsRetryable(new RetryAttempt(1, null, null, null, new EndpointConnectionException("http://x/"))));
        Assert.True(RetryClassifier.IsRetryable(new RetryAttempt(1, null, null, null, new ReadTimeoutException("http://x/"))));
        Assert.False(RetryClassifier.IsRetryable(new RetryAttempt(1, null, null, null, new SslValidationException("https://x/", "bad"))));
    }

    [Fact]
    public void Errors_the_model_marks_retryable_are_retried_and_throttling_ones_count_as_throttling()
    {
        var model = JsonDocument.Parse("""
            {"metadata":{"protocol":"json","serviceId":"Demo"},
             "operations":{"Go":{"name":"Go","http":{"method":"POST","requestUri":"/"},"errors":[{"shape":"Busy"},{"shape":"Slow"}]}},
             "shapes":{"Busy":{"type":"structure","members":{},"exception":true,"retryable":{"throttling":false}},
                       "Slow":{"type":"structure","members":{},"exception":true,"error":{"code":"SlowPlease"},"retryable":{"throttling":true}}}}
            """).RootElement;
        var op = new ServiceModel("demo", new DocumentModelSource(model)).GetOperation("Go")!;
        RetryAttempt Of(string code) => Error(1, code) with { Operation = op };

        Assert.Equal(RetryClassifier.ModeledKind.Transient, RetryClassifier.ModeledRetryable(Of("Busy")));
        Assert.Equal(RetryClassifier.ModeledKind.Throttling, RetryClassifier.ModeledRetryable(Of("SlowPlease")));
        Assert.True(RetryClassifier.IsRetryable(Of("Busy")));
        Assert.True(RetryClassifier.IsThrottling(Of("SlowPlease")));
        Assert.False(RetryClassifier.IsThrottling(Of("Busy")));
        Assert.False(RetryClassifier.IsRetryable(Of("Slow"))); // the code is "SlowPlease", not the shape name
    }

    [Fact]
    public void Timeouts_cost_the_quota_ten_and_other_retries_five()
    {
        var policy = RetryPolicy.For(null, 3, new RetryEnvironment((_, _) => Task.CompletedTask, () => 0.5, () => 0));
        var state = new RetryCallState();

        Assert.True(policy.Evaluate(new RetryAttempt(1, null, null, null, new ReadTimeoutException("http://x/")), state).Retry);
        Assert.Equal(490, policy.Quota.Available);
        Assert.True(policy.Evaluate(Error(2, "Throttling"), state).Retry);
        Assert.Equal(485, policy.Quota.Available);
        policy.OnCallFinished(200, state);
        Assert.Equal(490, policy.Quota.Available);
        policy.OnCallFinished(500, new RetryCallState());
        Assert.Equal(490, policy.Quota.Available);
    }

    [Fact]
    public void The_quota_never_grows_above_its_capacity()
    {
        var quota = new RetryQuota();
        quota.Release(10);
        Assert.Equal(500, quota.Available);
        Assert.True(quota.TryAcquire(500));
        Assert.False(quota.TryAcquire(1));
        quota.Release(3);
        Assert.Equal(3, quota.Available);
    }

    [Fact]
    public void Cubic_matches_botocore()
    {
        var cubic = new CubicCalculator(10, 0);
        Assert.Equal(7.0, cubic.ErrorReceived(10, 1.0), 12);
        Assert.Equal(9.64893600966, cubic.SuccessReceived(2.0), 10);
        Assert.Equal(13.408697022224185, cubic.SuccessReceived(5.0), 10);
    }

    [Fact]
    public void Rate_limiter_follows_botocores_numbers_over_a_sequence_of_responses()
    {
        // Recorded from botocore's ClientRateLimiter with a fake clock starting at 100.0.
        var now = 100.0;
        var limiter = new ClientRateLimiter(() => now);
        (double T, bool Throttled, double Rate, double Measured, bool Enabled)[] expected =
        [
            (100.2, false, 0.5, 0, false),
            (100.6, false, 0.5, 3.2, false),
            (101.1, true, 1.568, 2.24, true),
            (101.7, false, 2.1583551388808058, 2.048, true),
            (102.3, true, 1.4067199999999997, 2.0096, true),
            (103.0, false, 1.97398364692936, 1.2019199999999999, true),
            (104.5, false, 1.5474346666666665, 0.7737173333333333, true),
        ];
        foreach (var step in expected)
        {
            now = step.T;
            limiter.OnResponse(step.Throttled);
            Assert.Equal(step.Rate, limiter.SendRate, 9);
            Assert.Equal(step.Enabled, limiter.Enabled);
        }
    }

    [Fact]
    public async Task The_token_bucket_makes_sends_wait_once_the_limiter_is_on()
    {
        var now = 0.0;
        var sleeps = new List<TimeSpan>();
        var limiter = new ClientRateLimiter(() => now);
        Task Sleep(TimeSpan d, CancellationToken _) { sleeps.Add(d); now += d.TotalSeconds; return Task.CompletedTask; }

        await limiter.BeforeSendAsync(Sleep, TestContext.Current.CancellationToken);
        Assert.Empty(sleeps); // off until throttled

        now = 1;
        limiter.OnResponse(throttled: true); // measured 0.8/s, cut to 0.56/s
        await limiter.BeforeSendAsync(Sleep, TestContext.Current.CancellationToken);
        Assert.Empty(sleeps); // the token that accrued over the first second
        await limiter.BeforeSendAsync(Sleep, TestContext.Current.CancellationToken);
        Assert.Single(sleeps);
        Assert.Equal(1 / 0.56, sleeps[0].TotalSeconds, 6);
    }

    [Fact]
    public void Token_bucket_refills_at_its_rate_up_to_its_capacity()
    {
        var now = 0.0;
        var bucket = new TokenBucket(2, () => now);
        Assert.Equal(TimeSpan.FromSeconds(0.5), bucket.Acquire());
        now = 10;
        Assert.Equal(TimeSpan.Zero, bucket.Acquire());
        Assert.Equal(TimeSpan.Zero, bucket.Acquire());
        Assert.Equal(TimeSpan.FromSeconds(0.5), bucket.Acquire());
    }

    [Fact]
    public void Dynamodb_responses_whose_crc32_does_not_match_are_retried()
    {
        var service = new ServiceModel("dynamodb", ModelBundle.Embedded.Open("dynamodb")!);
        var op = service.GetOperation("ListTables")!;
        var body = "{\"TableNames\":[]}"u8.ToArray();
        var good = new AwsHttpResponse { StatusCode = 200, Body = body };
        good.Headers.Add("x-amz-crc32", "1315925753"); // binascii.crc32 of the body
        var bad = new AwsHttpResponse { StatusCode = 200, Body = body };
        bad.Headers.Add("x-amz-crc32", "1");

        Assert.False(RetryClassifier.IsRetryable(new RetryAttempt(1, op, null, good, null)));
        Assert.True(RetryClassifier.IsRetryable(new RetryAttempt(1, op, null, bad, null)));
    }
}
