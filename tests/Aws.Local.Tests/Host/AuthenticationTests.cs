using System.Text;
using Aws.Core.Auth;
using Aws.Core.Credentials;
using Aws.Core.Http;
using Aws.Core.Protocols;
using Aws.Local.Host;

namespace Aws.Local.Tests.Host;

/// <summary>SigV4 checks of the host, each failure with AWS's code.</summary>
public class AuthenticationTests
{
    private readonly LocalCloudFixture _f = new();

    private AwsHttpRequest GetCallerIdentityRequest()
    {
        var request = new AwsHttpRequest { Method = "POST", Scheme = "http", Host = "127.0.0.1:4566", Path = "/" };
        request.Headers["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8";
        request.Body = Encoding.UTF8.GetBytes("Action=GetCallerIdentity&Version=2011-06-15");
        return request;
    }

    private string? Code(AwsHttpResponse response) =>
        ResponseParsers.For("query").Parse(_f.Config("sts", null).Service.GetOperation("GetCallerIdentity")!, response, ParseOptions.Default).Error?.Code;

    private AwsHttpResponse Send(AwsHttpRequest request) => _f.Cloud.Handle(request, LocalRequestInfo.InProcess);

    [Fact]
    public void Signed_request_is_accepted()
    {
        var request = GetCallerIdentityRequest();
        new SigV4Signer().Sign(request, _f.Admin, "us-east-1", "sts", _f.Clock.GetUtcNow());
        Assert.Equal(200, Send(request).StatusCode);
    }

    [Fact]
    public void Unsigned_request_is_missing_authentication_token()
    {
        var response = Send(GetCallerIdentityRequest());
        Assert.Equal(403, response.StatusCode);
        Assert.Equal("MissingAuthenticationToken", Code(response));
    }

    [Fact]
    public void Authorization_without_signature_is_incomplete()
    {
        var request = GetCallerIdentityRequest();
        request.Headers["X-Amz-Date"] = SigV4Scope.FormatAmzDate(_f.Clock.GetUtcNow());
        request.Headers["Authorization"] = "AWS4-HMAC-SHA256 Credential=AKIA/20240101/us-east-1/sts/aws4_request, SignedHeaders=host";
        Assert.Equal("IncompleteSignature", Code(Send(request)));
    }

    [Fact]
    public void Unknown_access_key_is_an_invalid_client_token()
    {
        var request = GetCallerIdentityRequest();
        new SigV4Signer().Sign(request, new AwsCredentials("AKIAUNKNOWN000000000", "x"), "us-east-1", "sts", _f.Clock.GetUtcNow());
        Assert.Equal("InvalidClientTokenId", Code(Send(request)));
    }

    [Fact]
    public void Wrong_secret_does_not_match()
    {
        var request = GetCallerIdentityRequest();
        new SigV4Signer().Sign(request, _f.Admin with { SecretAccessKey = "wrong" }, "us-east-1", "sts", _f.Clock.GetUtcNow());
        Assert.Equal("SignatureDoesNotMatch", Code(Send(request)));
    }

    [Fact]
    public void Tampered_body_does_not_match()
    {
        var request = GetCallerIdentityRequest();
        new SigV4Signer().Sign(request, _f.Admin, "us-east-1", "sts", _f.Clock.GetUtcNow());
        request.Body = Encoding.UTF8.GetBytes("Action=GetCallerIdentity&Version=2011-06-15&X=1");
        Assert.Equal("SignatureDoesNotMatch", Code(Send(request)));
    }

    [Fact]
    public void Signature_older_than_fifteen_minutes_is_expired()
    {
        var request = GetCallerIdentityRequest();
        new SigV4Signer().Sign(request, _f.Admin, "us-east-1", "sts", _f.Clock.GetUtcNow().AddMinutes(-16));
        var response = Send(request);
        Assert.Equal("RequestExpired", Code(response));
        Assert.Contains("Signature expired", Encoding.UTF8.GetString(response.Body), StringComparison.Ordinal);
    }

    [Fact]
    public void Scope_for_another_service_is_rejected()
    {
        var request = GetCallerIdentityRequest();
        new SigV4Signer().Sign(request, _f.Admin, "us-east-1", "iam", _f.Clock.GetUtcNow());
        Assert.NotEqual(200, Send(request).StatusCode);
    }

    [Fact]
    public void Presigned_get_is_accepted_until_it_expires()
    {
        var request = new AwsHttpRequest { Method = "GET", Scheme = "http", Host = "127.0.0.1:4566", Path = "/",
            QueryString = "Action=GetCallerIdentity&Version=2011-06-15" };
        new SigV4Signer().Presign(request, _f.Admin, "us-east-1", "sts", _f.Clock.GetUtcNow(), TimeSpan.FromMinutes(5));
        Assert.Equal(200, Send(request).StatusCode);
        _f.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal("RequestExpired", Code(Send(request)));
    }

    [Fact]
    public void Presigned_lifetime_over_seven_days_is_refused()
    {
        var request = new AwsHttpRequest { Method = "GET", Scheme = "http", Host = "127.0.0.1:4566", Path = "/",
            QueryString = "Action=GetCallerIdentity&Version=2011-06-15" };
        new SigV4Signer().Presign(request, _f.Admin, "us-east-1", "sts", _f.Clock.GetUtcNow(), TimeSpan.FromDays(8));
        Assert.Equal("AuthorizationQueryParametersError", Code(Send(request)));
    }

    [Fact]
    public void Inactive_key_is_an_invalid_client_token()
    {
        var bob = _f.UserWithKey("bob");
        _f.Ok("iam", "UpdateAccessKey", new() { ["UserName"] = "bob", ["AccessKeyId"] = bob.AccessKeyId, ["Status"] = "Inactive" });
        _f.Fails("InvalidClientTokenId", "sts", "GetCallerIdentity", credentials: bob);
    }

    [Fact]
    public void Session_credentials_need_their_token_and_expire()
    {
        var bob = _f.UserWithKey("bob");
        var session = LocalCloudFixture.Credentials(_f.Ok("sts", "GetSessionToken", new() { ["DurationSeconds"] = 900 }, bob));
        Assert.StartsWith("ASIA", session.AccessKeyId, StringComparison.Ordinal);
        Assert.Equal("arn:aws:iam::" + _f.Account.AccountId + ":user/bob",
            _f.Ok("sts", "GetCallerIdentity", credentials: session)["Arn"]!.GetValue<string>());
        _f.Fails("InvalidClientTokenId", "sts", "GetCallerIdentity", credentials: session with { SessionToken = null });
        _f.Clock.Advance(TimeSpan.FromMinutes(16));
        _f.Fails("ExpiredToken", "sts", "GetCallerIdentity", credentials: session);
    }

    [Fact]
    public void Unknown_action_is_an_invalid_action()
    {
        var request = GetCallerIdentityRequest();
        request.Body = Encoding.UTF8.GetBytes("Action=NoSuchThing&Version=2011-06-15");
        new SigV4Signer().Sign(request, _f.Admin, "us-east-1", "sts", _f.Clock.GetUtcNow());
        Assert.Equal("InvalidAction", Code(Send(request)));
    }
}
