namespace Aws.Cli.Tests.Commands;

/// <summary>--debug: Python logging's line shape, each step logged, and never a secret.</summary>
public class DebugLogTests
{
    private const string Secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private const string Token = "session-token-value";

    private static async Task<(InProcessCli.Result Result, StateServer Server)> RunAsync(Func<int, string, (int, string)> reply, params string[] args)
    {
        var server = new StateServer(reply);
        var result = await InProcessCli.RunAsync(new InstantTimeProvider(), null, [.. args, "--endpoint-url", server.Url, "--debug"]);
        return (result, server);
    }

    [Fact]
    public async Task Every_line_has_the_python_logging_shape()
    {
        var (result, server) = await RunAsync((_, _) => (200, "<GetCallerIdentityResponse><GetCallerIdentityResult><Account>1</Account></GetCallerIdentityResult></GetCallerIdentityResponse>"),
            "sts", "get-caller-identity");
        using (server)
        {
            Assert.Equal(0, result.ExitCode);
            var starts = result.Stderr.Split('\n').Where(l => l.Length > 0 && char.IsDigit(l[0])).ToList();
            Assert.NotEmpty(starts);
            Assert.All(starts, l => Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} - MainThread - [a-z0-9_.]+ - (DEBUG|INFO) - ", l));
            Assert.Contains(" - awscli.clidriver - DEBUG - CLI version: aws-cli/2.9.19", result.Stderr);
            Assert.Contains(" - awscli.clidriver - DEBUG - Arguments entered to CLI: ['sts', 'get-caller-identity', '--endpoint-url', ", result.Stderr);
            Assert.Contains(" - botocore.configprovider - DEBUG - Setting region = 'us-east-1' from environment variable AWS_DEFAULT_REGION", result.Stderr);
            Assert.Contains(" - botocore.credentials - INFO - Found credentials in environment variables.", result.Stderr);
            Assert.Contains($" - botocore.regions - DEBUG - Endpoint provider result for sts (region us-east-1): {server.Url}", result.Stderr);
            Assert.Contains(" - botocore.endpoint - DEBUG - Sending http request: <AWSPreparedRequest stream_output=False, method=POST, url=", result.Stderr);
            Assert.Matches(@" - urllib3\.connectionpool - DEBUG - http://127\.0\.0\.1:\d+ ""POST / HTTP/1\.1"" 200 \d+ \(\d+ ms\)", result.Stderr);
            Assert.Contains(" - botocore.parsers - DEBUG - Response headers: {", result.Stderr);
        }
    }

    [Fact]
    public async Task Secrets_never_appear_in_the_log()
    {
        var (result, server) = await RunAsync((i, _) => i == 0
                ? (503, "<ErrorResponse><Error><Code>ServiceUnavailable</Code><Message>busy</Message></Error></ErrorResponse>")
                : (200, "<GetSessionTokenResponse><GetSessionTokenResult><Credentials><AccessKeyId>ASIANEW</AccessKeyId>"
                    + "<SecretAccessKey>NEWSECRETKEY123</SecretAccessKey><SessionToken>NEWSESSIONTOKEN456</SessionToken>"
                    + "<Expiration>2026-11-28T12:00:00Z</Expiration></Credentials></GetSessionTokenResult></GetSessionTokenResponse>"),
            "sts", "get-session-token");
        using (server)
        {
            Assert.Equal(0, result.ExitCode);
            var log = result.Stderr;
            Assert.DoesNotContain(Secret, log);
            Assert.DoesNotContain(Token, log);
            Assert.DoesNotContain("NEWSECRETKEY123", log);
            Assert.DoesNotContain("NEWSESSIONTOKEN456", log);
            foreach (var authorization in server.AuthorizationHeaders)
                Assert.DoesNotContain(authorization!.Split("Signature=")[1], log);
            Assert.Contains("Signature=<redacted>", log);
            Assert.Contains("'X-Amz-Security-Token': b'<redacted>'", log);
            Assert.Contains("Setting aws_secret_access_key = '<redacted>'", log);
            Assert.Contains("<SecretAccessKey><redacted></SecretAccessKey>", log);
            // The retry shows up with its delay.
            Assert.Matches(@"botocore\.retries\.standard - DEBUG - Retry needed, retrying request after delay of: [0-9.E-]+", log);
            // The command's own output is not the log's business: stdout still has the new credentials.
            Assert.Contains("NEWSECRETKEY123", result.Stdout);
        }
    }

    [Fact]
    public void The_redactor_masks_presigned_urls_and_json_credentials()
    {
        var text = Aws.Core.Runtime.Diagnostics.Redactor.Text(
            "https://b.s3.amazonaws.com/k?X-Amz-Signature=abcdef0123&X-Amz-Security-Token=tok%2Fen&x=1 {\"SecretAccessKey\": \"s3cr3t\", \"sessionToken\":\"t0k\"}");
        Assert.Equal("https://b.s3.amazonaws.com/k?X-Amz-Signature=<redacted>&X-Amz-Security-Token=<redacted>&x=1 "
            + "{\"SecretAccessKey\": \"<redacted>\", \"sessionToken\":\"<redacted>\"}", text);
    }
}
