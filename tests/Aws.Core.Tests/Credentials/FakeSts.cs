using Aws.Testing.Http;
using System.Globalization;

namespace Aws.Core.Tests.Credentials;

/// <summary>A fake STS answering AssumeRole / AssumeRoleWithWebIdentity with numbered keys (ASIA1, ASIA2, ...).</summary>
internal sealed class FakeSts : IDisposable
{
    private int _issued;

    public FakeSts(Func<DateTimeOffset> now, TimeSpan? lifetime = null)
    {
        Endpoint = new FakeEndpoint(request =>
        {
            var action = request.Form("Action") ?? "";
            if (Fail is { } fail) return FakeResponse.Xml(fail, 403);
            var n = Interlocked.Increment(ref _issued);
            var expiry = (now() + (lifetime ?? TimeSpan.FromHours(1))).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            var session = request.Form("RoleSessionName");
            return FakeResponse.Xml($"""
                <{action}Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                  <{action}Result>
                    <Credentials>
                      <AccessKeyId>ASIA{n}</AccessKeyId>
                      <SecretAccessKey>secret{n}</SecretAccessKey>
                      <SessionToken>token{n}</SessionToken>
                      <Expiration>{expiry}</Expiration>
                    </Credentials>
                    <AssumedRoleUser>
                      <AssumedRoleId>AROAEXAMPLE:{session}</AssumedRoleId>
                      <Arn>{request.Form("RoleArn")}/{session}</Arn>
                    </AssumedRoleUser>
                  </{action}Result>
                  <ResponseMetadata><RequestId>req-{n}</RequestId></ResponseMetadata>
                </{action}Response>
                """);
        });
    }

    public FakeEndpoint Endpoint { get; }

    /// <summary>When set, every call fails with this XML error document.</summary>
    public string? Fail { get; set; }

    public int Issued => _issued;

    public static string AccessDenied(string message) => $"""
        <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
          <Error><Type>Sender</Type><Code>AccessDenied</Code><Message>{message}</Message></Error>
          <RequestId>req-error</RequestId>
        </ErrorResponse>
        """;

    public void Dispose() => Endpoint.Dispose();
}
