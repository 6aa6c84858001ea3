using Aws.Core.Auth;
using Aws.Core.Credentials;
using Aws.Core.Http;

namespace Aws.Core.Tests.Auth;

/// <summary>The server side: a request signed by <see cref="SigV4Signer"/> verifies with the same code; changes break it.</summary>
public class SigV4VerifierTests
{
    private static readonly AwsCredentials Credentials = new("AKIDEXAMPLE", "secret/key", "session-token");
    private static readonly DateTimeOffset Time = new(2026, 11, 28, 9, 30, 0, TimeSpan.Zero);

    private static AwsHttpRequest NewRequest()
    {
        var request = new AwsHttpRequest
        {
            Method = "POST", Host = "127.0.0.1:4566", Path = "/a%20b/", QueryString = "x=1&y=%2F",
            Body = "Action=GetCallerIdentity&Version=2011-06-15"u8.ToArray(),
        };
        request.Headers.Add("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        request.Headers.Add("User-Agent", "aws-sharp");
        return request;
    }

    private static SigV4Authorization Parse(AwsHttpRequest request)
    {
        Assert.True(SigV4Authorization.TryParse(request, out var auth, out var error), error);
        return auth;
    }

    [Fact]
    public void Header_signed_request_round_trips()
    {
        var request = NewRequest();
        var signed = new SigV4Signer().Sign(request, Credentials, "us-east-1", "sts", Time);

        var auth = Parse(request);
        Assert.False(auth.IsPresigned);
        Assert.Equal("AKIDEXAMPLE", auth.AccessKeyId);
        Assert.Equal(new SigV4Scope("20261128", "us-east-1", "sts"), auth.Scope);
        Assert.Equal(["content-type", "host", "x-amz-date", "x-amz-security-token"], auth.SignedHeaders);
        Assert.Equal("session-token", auth.SecurityToken);
        Assert.Equal(Time, auth.SigningTime);

        var result = SigV4Verifier.Verify(request, auth, Credentials.SecretAccessKey);
        Assert.True(result.IsValid);
        Assert.Equal(signed.CanonicalRequest, result.CanonicalRequest);
        Assert.Equal(signed.Signature, result.ExpectedSignature);
    }

    [Fact]
    public void Tampered_signed_header_fails()
    {
        var request = NewRequest();
        new SigV4Signer().Sign(request, Credentials, "us-east-1", "sts", Time);
        request.Headers["Content-Type"] = "application/json";

        Assert.False(SigV4Verifier.Verify(request, Parse(request), Credentials.SecretAccessKey).IsValid);
    }

    [Fact]
    public void Tampered_body_path_or_query_fails_but_unsigned_header_changes_do_not()
    {
        foreach (var tamper in new Action<AwsHttpRequest>[]
                 {
                     r => r.Body = "Action=DeleteUser"u8.ToArray(), r => r.Path = "/a%20c/", r => r.QueryString = "x=2&y=%2F",
                 })
        {
            var request = NewRequest();
            new SigV4Signer().Sign(request, Credentials, "us-east-1", "sts", Time);
            tamper(request);
            Assert.False(SigV4Verifier.Verify(request, Parse(request), Credentials.SecretAccessKey).IsValid);
        }

        var untouched = NewRequest();
        new SigV4Signer().Sign(untouched, Credentials, "us-east-1", "sts", Time);
        untouched.Headers["User-Agent"] = "something else";
        untouched.Headers.Add("X-Not-Signed", "added by a proxy");
        Assert.True(SigV4Verifier.Verify(untouched, Parse(untouched), Credentials.SecretAccessKey).IsValid);
    }

    [Fact]
    public void Wrong_secret_fails()
    {
        var request = NewRequest();
        new SigV4Signer().Sign(request, Credentials, "us-east-1", "sts", Time);
        Assert.False(SigV4Verifier.Verify(request, Parse(request), "other-secret").IsValid);
    }

    [Fact]
    public void Presigned_s3_url_round_trips_and_expires()
    {
        var request = new AwsHttpRequest { Method = "GET", Host = "bucket.localhost:4566", Path = "/my%20key", QueryString = "versionId=1" };
        new SigV4Signer().Presign(request, Credentials, "us-east-1", "s3", Time, TimeSpan.FromMinutes(5), SigV4Options.S3Presign);

        var auth = Parse(request);
        Assert.True(auth.IsPresigned);
        Assert.Equal(TimeSpan.FromMinutes(5), auth.Expires);
        Assert.Equal("session-token", auth.SecurityToken);
        Assert.True(SigV4Verifier.Verify(request, auth, Credentials.SecretAccessKey, SigV4Options.S3Presign).IsValid);

        Assert.Equal(SigV4TimeStatus.Valid, SigV4Verifier.CheckTime(auth, Time.AddMinutes(4)));
        Assert.Equal(SigV4TimeStatus.Expired, SigV4Verifier.CheckTime(auth, Time.AddMinutes(6)));

        request.QueryString = request.QueryString.Replace("versionId=1", "versionId=2");
        Assert.False(SigV4Verifier.Verify(request, Parse(request), Credentials.SecretAccessKey, SigV4Options.S3Presign).IsValid);
    }

    [Fact]
    public void S3_header_signature_with_content_sha256_round_trips()
    {
        var request = new AwsHttpRequest { Method = "PUT", Host = "bucket.s3.amazonaws.com", Path = "/a//b/../c", Body = "data"u8.ToArray() };
        new SigV4Signer().Sign(request, Credentials, "us-east-1", "s3", Time, SigV4Options.S3);

        Assert.True(SigV4Verifier.Verify(request, Parse(request), Credentials.SecretAccessKey, SigV4Options.S3).IsValid);
        // Verifying with non-S3 canonicalization (normalized, double-encoded path) must not accept it.
        Assert.False(SigV4Verifier.Verify(request, Parse(request), Credentials.SecretAccessKey).IsValid);
    }

    [Fact]
    public void Header_time_outside_the_skew_is_rejected()
    {
        var request = NewRequest();
        new SigV4Signer().Sign(request, Credentials, "us-east-1", "sts", Time);
        var auth = Parse(request);
        Assert.Equal(SigV4TimeStatus.Valid, SigV4Verifier.CheckTime(auth, Time.AddMinutes(-14)));
        Assert.Equal(SigV4TimeStatus.TooSkewed, SigV4Verifier.CheckTime(auth, Time.AddMinutes(16)));
    }

    [Theory]
    [InlineData("AWS4-HMAC-SHA256 Credential=AK/20261128/us-east-1/sts/aws4_request, SignedHeaders=host", "20261128T093000Z", "Signature")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AK/20261128/us-east-1/sts, SignedHeaders=host, Signature=ab", "20261128T093000Z", "aws4_request")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AK/20261127/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=ab", "20261128T093000Z", "does not match")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AK/20261128/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=ab", null, "X-Amz-Date")]
    [InlineData("AWS AK:sig", "20261128T093000Z", "Unsupported")]
    public void Malformed_authorization_header_is_reported(string header, string? amzDate, string expectedError)
    {
        Assert.False(SigV4Authorization.TryParseHeader(header, amzDate, null, out _, out var error));
        Assert.Contains(expectedError, error);
    }

    [Fact]
    public void Unsigned_request_is_not_sigv4()
    {
        var request = new AwsHttpRequest { Host = "h" };
        Assert.False(SigV4Authorization.IsSigV4(request));
        Assert.False(SigV4Authorization.TryParse(request, out _, out var error));
        Assert.Contains("not signed", error);
    }
}
