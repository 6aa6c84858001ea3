using System.Text;
using Aws.Core.Auth;
using Aws.Core.Credentials;
using Aws.Core.Http;
using Aws.Core.Runtime.Transport;
using static Aws.Core.Tests.Runtime.Transport.TransportTestKit;

namespace Aws.Core.Tests.Runtime.Transport;

public class HttpTransportTests
{
    [Fact]
    public async Task Sends_exactly_the_request_headers_and_body_plus_what_the_cli_adds()
    {
        await using var server = LoopbackServer.Answering();
        using var transport = Direct();
        var request = Request(server.Url);
        request.Headers.Add("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        request.Headers.Add("X-Amz-Date", "20261128T093000Z");
        request.Headers.Add("X-Custom", "a  b");
        request.Body = "Action=GetCallerIdentity&Version=2011-06-15"u8.ToArray();

        await transport.SendAsync(request, false, Ct);

        var received = Assert.Single(server.Requests);
        Assert.Equal("POST", received.Method);
        Assert.Equal("/", received.Target);
        Assert.Equal(
            ["accept-encoding: identity", "content-length: 43", "content-type: application/x-www-form-urlencoded; charset=utf-8",
             $"host: 127.0.0.1:{server.Port}", "x-amz-date: 20261128T093000Z", "x-custom: a  b"],
            received.Headers.Select(h => $"{h.Key.ToLowerInvariant()}: {h.Value}").Order(StringComparer.Ordinal));
        Assert.Equal(request.Body, received.Body);
    }

    [Fact]
    public async Task Adds_no_trace_headers_even_inside_an_activity()
    {
        await using var server = LoopbackServer.Answering();
        using var transport = Direct();
        using var listener = new System.Diagnostics.ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref _) => System.Diagnostics.ActivitySamplingResult.AllDataAndRecorded,
        };
        System.Diagnostics.ActivitySource.AddActivityListener(listener);
        using var activity = new System.Diagnostics.Activity("cli-call").Start();

        await transport.SendAsync(Request(server.Url, "GET"), false, Ct);

        Assert.Equal(["Accept-Encoding", "Host"], Assert.Single(server.Requests).Headers.Select(h => h.Key).Order());
    }

    [Fact]
    public async Task Signed_request_verifies_on_the_receiving_side()
    {
        await using var server = LoopbackServer.Answering();
        using var transport = Direct();
        var request = Request(server.Url, "PUT", "/bucket/a%20key/../x", "versionId=1&acl");
        request.Headers.Add("Content-Type", "text/plain");
        request.Headers.Add("Content-Length", "5");
        request.Headers.Add("User-Agent", "aws-sharp/0");
        request.Body = "hello"u8.ToArray();
        var credentials = new AwsCredentials("AKID", "secret", "token");
        new SigV4Signer().Sign(request, credentials, "us-east-1", "s3", DateTimeOffset.UtcNow, SigV4Options.S3);

        await transport.SendAsync(request, false, Ct);

        var received = Assert.Single(server.Requests);
        Assert.Equal("/bucket/a%20key/../x?versionId=1&acl", received.Target);
        var onServer = new AwsHttpRequest { Method = received.Method, Host = received.Header("Host")!, Body = received.Body };
        var q = received.Target.IndexOf('?');
        onServer.Path = q < 0 ? received.Target : received.Target[..q];
        onServer.QueryString = q < 0 ? "" : received.Target[(q + 1)..];
        foreach (var (name, value) in received.Headers) onServer.Headers.Add(name, value);
        Assert.True(SigV4Authorization.TryParse(onServer, out var auth, out var error), error);
        Assert.True(SigV4Verifier.Verify(onServer, auth, "secret", SigV4Options.S3).IsValid);
    }

    [Fact]
    public async Task Streams_a_request_body_from_its_current_position()
    {
        await using var server = LoopbackServer.Answering();
        using var transport = Direct();
        var request = Request(server.Url, "PUT", "/k");
        request.BodyStream = new MemoryStream(Encoding.ASCII.GetBytes("skip:payload")) { Position = 5 };

        await transport.SendAsync(request, false, Ct);

        var received = Assert.Single(server.Requests);
        Assert.Equal("payload"u8.ToArray(), received.Body);
        Assert.Equal("7", received.Header("Content-Length"));
        Assert.Null(received.Header("Expect"));
    }

    [Fact]
    public async Task Returns_status_headers_and_buffered_body()
    {
        await using var server = LoopbackServer.Answering(403, "<Error/>", headers: [("x-amzn-RequestId", "abc"), ("Content-Type", "text/xml")]);
        using var transport = Direct();

        var response = await transport.SendAsync(Request(server.Url), false, Ct);

        Assert.Equal(403, response.StatusCode);
        Assert.Equal("abc", response.Headers["X-Amzn-RequestId"]);
        Assert.Equal("text/xml", response.Headers["content-type"]);
        Assert.Equal("<Error/>", Encoding.UTF8.GetString(response.Body));
        Assert.Null(response.BodyStream);
    }

    [Fact]
    public async Task Returns_a_stream_for_large_downloads()
    {
        var payload = new string('x', 300_000);
        await using var server = LoopbackServer.Answering(200, payload);
        using var transport = Direct();

        var response = await transport.SendAsync(Request(server.Url, "GET", "/big"), true, Ct);

        Assert.Empty(response.Body);
        await using var body = response.BodyStream!;
        using var reader = new StreamReader(body);
        Assert.Equal(payload, await reader.ReadToEndAsync(Ct));
    }

    [Fact]
    public async Task Reuses_the_connection_for_sequential_requests()
    {
        var connections = 0;
        await using var server = new LoopbackServer(async (stream, ct) =>
        {
            Interlocked.Increment(ref connections);
            while (await LoopbackServer.ReadRequestAsync(stream, ct) is not null)
                await LoopbackServer.WriteResponseAsync(stream, 200, [], null, ct);
        });
        using var transport = Direct();

        for (var i = 0; i < 3; i++) await transport.SendAsync(Request(server.Url), false, Ct);

        Assert.Equal(1, connections);
    }

    [Fact]
    public void Timeout_of_zero_seconds_means_none()
    {
        Assert.Equal(Timeout.InfiniteTimeSpan, TransportOptions.FromCliSeconds(0));
        Assert.Equal(TimeSpan.FromSeconds(5), TransportOptions.FromCliSeconds(5));
        Assert.Equal(TimeSpan.FromSeconds(60), TransportOptions.Default.ReadTimeout);
        Assert.Equal(TimeSpan.FromSeconds(60), TransportOptions.Default.ConnectTimeout);
    }
}
