using Aws.Core.Auth;
using Aws.Core.Credentials;
using Aws.Core.Http;

namespace Aws.Core.Tests.Auth;

/// <summary>
/// S3 and encoding specifics the suites do not cover. Expected signatures were produced by botocore 2.9.19
/// (the real CLI's copy, /usr/lib/python3/dist-packages/awscli/botocore) with S3SigV4Auth, S3SigV4QueryAuth and
/// SigV4Auth on the same requests, credentials and clock (2026-11-28T09:30:00Z).
/// </summary>
public class SigV4S3Tests
{
    private static readonly AwsCredentials Credentials =
        new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "TOKEN/with+chars=");
    private static readonly DateTimeOffset Time = new(2026, 11, 28, 9, 30, 0, TimeSpan.Zero);
    private static readonly SigV4Signer Signer = new(new SigningKeyCache());

    private static AwsHttpRequest Request(string method, string host, string path, string query = "", byte[]? body = null) =>
        new() { Method = method, Host = host, Path = path, QueryString = query, Body = body ?? [] };

    [Fact]
    public void S3_signing_keeps_the_encoded_path_as_is_and_signs_the_body_hash_header()
    {
        var request = Request("PUT", "examplebucket.s3.amazonaws.com", "/my%20key/a%2Bb/%24x//y/../z", body: "hello world"u8.ToArray());
        request.Headers.Add("Content-Type", "text/plain");
        request.Headers.Add("User-Agent", "aws-cli/2");

        var result = Signer.Sign(request, Credentials, "us-east-1", "s3", Time, SigV4Options.S3);

        Assert.Equal("/my%20key/a%2Bb/%24x//y/../z", result.CanonicalRequest.Split('\n')[1]);
        Assert.Equal("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9", request.Headers["x-amz-content-sha256"]);
        Assert.Equal("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261128/us-east-1/s3/aws4_request, " +
            "SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token, " +
            "Signature=86d2fbfe69a4279e49b4b93b2ea4a846d4fa20792ce21db22e0b462306feaade", request.Headers["Authorization"]);
        Assert.Equal("TOKEN/with+chars=", request.Headers["X-Amz-Security-Token"]);
    }

    [Fact]
    public void S3_unsigned_payload_is_sent_and_signed_as_the_content_sha256()
    {
        var request = Request("PUT", "examplebucket.s3.amazonaws.com", "/k", body: "hello world"u8.ToArray());

        var result = Signer.Sign(request, Credentials, "us-east-1", "s3", Time, SigV4Options.S3 with { UnsignedPayload = true });

        Assert.EndsWith("\nUNSIGNED-PAYLOAD", result.CanonicalRequest);
        Assert.Equal("UNSIGNED-PAYLOAD", request.Headers["X-Amz-Content-SHA256"]);
        Assert.Equal("a978fea2b759686ed263abf47f991f7bf430f801b3c4f962720c9370468f3f3d", result.Signature);
    }

    [Fact]
    public void S3_presigned_url_uses_unsigned_payload_and_puts_everything_in_the_query()
    {
        var request = Request("GET", "examplebucket.s3.amazonaws.com", "/my%20key/a%2Bb", "versionId=abc%2Fdef");

        Signer.Presign(request, Credentials, "us-east-1", "s3", Time, TimeSpan.FromSeconds(900), SigV4Options.S3Presign);

        Assert.Equal("versionId=abc%2Fdef&X-Amz-Algorithm=AWS4-HMAC-SHA256" +
            "&X-Amz-Credential=AKIDEXAMPLE%2F20261128%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261128T093000Z" +
            "&X-Amz-SignedHeaders=host&X-Amz-Expires=900&X-Amz-Security-Token=TOKEN%2Fwith%2Bchars%3D" +
            "&X-Amz-Signature=4977ea6f5001ad3d22067aaa0988710607794835f37e6dde935172e7ce767bab", request.QueryString);
        Assert.Equal(0, request.Headers.Count);
    }

    [Fact]
    public void Other_services_encode_the_encoded_path_again_and_normalize_it()
    {
        var request = Request("GET", "service.us-east-1.amazonaws.com", "/foo%20bar/a%2Fb/./c", "b=2&a=%2F");

        var result = Signer.Sign(request, Credentials, "us-east-1", "service", Time);

        var lines = result.CanonicalRequest.Split('\n');
        Assert.Equal("/foo%2520bar/a%252Fb/c", lines[1]);
        Assert.Equal("a=%2F&b=2", lines[2]);
        Assert.Equal("111e960d7c848360dff46c0fd61740f430f1c3735c21fd6f163220a34734e70e", result.Signature);
        Assert.Null(request.Headers["X-Amz-Content-SHA256"]);
    }

    [Fact]
    public void Streamed_body_is_hashed_without_being_consumed()
    {
        var buffered = Request("PUT", "b.s3.amazonaws.com", "/k", body: "hello world"u8.ToArray());
        using var stream = new MemoryStream("xxhello world"u8.ToArray()) { Position = 2 };
        var streamed = Request("PUT", "b.s3.amazonaws.com", "/k");
        streamed.BodyStream = stream;

        var a = Signer.Sign(buffered, Credentials, "us-east-1", "s3", Time, SigV4Options.S3);
        var b = Signer.Sign(streamed, Credentials, "us-east-1", "s3", Time, SigV4Options.S3);

        Assert.Equal(a.Signature, b.Signature);
        Assert.Equal(2, stream.Position);
    }

    [Fact]
    public void Unseekable_stream_needs_unsigned_payload()
    {
        var request = Request("PUT", "b.s3.amazonaws.com", "/k");
        request.BodyStream = new UnseekableStream();

        Assert.Throws<InvalidOperationException>(() => Signer.Sign(request, Credentials, "us-east-1", "s3", Time, SigV4Options.S3));
        var result = Signer.Sign(request, Credentials, "us-east-1", "s3", Time, SigV4Options.S3 with { UnsignedPayload = true });
        Assert.EndsWith("UNSIGNED-PAYLOAD", result.CanonicalRequest);
    }

    [Fact]
    public void Signing_twice_replaces_the_previous_signature_headers()
    {
        var request = Request("POST", "sts.amazonaws.com", "/", body: "Action=GetCallerIdentity"u8.ToArray());
        Signer.Sign(request, Credentials, "us-east-1", "sts", Time);
        var second = Signer.Sign(request, Credentials, "us-east-1", "sts", Time.AddMinutes(1));

        Assert.Single(request.Headers.GetAll("Authorization"));
        Assert.Single(request.Headers.GetAll("X-Amz-Date"));
        Assert.Equal("20261128T093100Z", request.Headers["X-Amz-Date"]);
        Assert.DoesNotContain("authorization", second.SignedHeaders);
    }

    [Fact]
    public void Excluded_headers_are_not_signed()
    {
        var request = Request("GET", "h", "/");
        foreach (var name in new[] { "User-Agent", "Expect", "X-Amzn-Trace-Id", "X-Custom" }) request.Headers.Add(name, "v");

        var result = Signer.Sign(request, new AwsCredentials("a", "b"), "us-east-1", "svc", Time);

        Assert.Equal("host;x-amz-date;x-custom", result.SignedHeaders);
    }

    [Fact]
    public void Credentials_never_print_their_secrets()
    {
        var text = Credentials.ToString();
        Assert.Contains("AKIDEXAMPLE", text);
        Assert.DoesNotContain("wJalr", text);
        Assert.DoesNotContain("TOKEN", text);
    }

    private sealed class UnseekableStream : MemoryStream
    {
        public override bool CanSeek => false;
    }
}
