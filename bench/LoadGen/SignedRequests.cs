using System.Text;
using Aws.Core.Auth;
using Aws.Core.Credentials;
using Aws.Core.Http;

namespace LoadGen;

/// <summary>
/// A pool of SigV4-signed requests as raw HTTP/1.1 bytes, signed once up front with the product's signer and
/// replayed: a header signature stays valid for 15 minutes and AWS does not dedupe requests, so this is what a
/// client sending the same call many times would send, minus the client's own signing cost.
/// </summary>
public static class SignedRequests
{
    public static byte[][] Build(Options o)
    {
        var signer = new SigV4Signer(new SigningKeyCache());
        var credentials = new AwsCredentials(o.AccessKeyId, o.SecretAccessKey, o.SessionToken);
        var body = Encoding.UTF8.GetBytes(o.Body);
        var now = DateTimeOffset.UtcNow;
        var pool = new byte[o.Pool][];
        for (var i = 0; i < pool.Length; i++)
        {
            var request = new AwsHttpRequest { Method = "POST", Body = body, Path = "/" };
            request.SetEndpoint(o.Url);
            request.Headers["Host"] = request.Host;
            request.Headers["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8";
            // Distinct signing times (a second apart, in the past) make distinct signatures.
            signer.Sign(request, credentials, o.Region, o.Service, now - TimeSpan.FromSeconds(i % 600));
            pool[i] = Serialize(request);
        }
        return pool;
    }

    private static byte[] Serialize(AwsHttpRequest request)
    {
        var head = new StringBuilder();
        head.Append(request.Method).Append(' ').Append(request.PathAndQuery).Append(" HTTP/1.1\r\n");
        foreach (var (name, value) in request.Headers) head.Append(name).Append(": ").Append(value).Append("\r\n");
        head.Append("Content-Length: ").Append(request.Body.Length).Append("\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. request.Body];
    }
}
