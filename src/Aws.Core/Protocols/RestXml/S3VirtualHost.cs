using System.Net;

namespace Aws.Core.Protocols.RestXml;

/// <summary>
/// S3's virtual-hosted addressing read back on the server: the bucket a Host header names
/// (<c>bucket.s3.amazonaws.com</c>, <c>bucket.s3.us-west-2.amazonaws.com</c>, <c>bucket.localhost:4566</c>,
/// <c>bucket.s3.localhost.localstack.cloud</c>), and the path the operation templates expect ("/bucket" + path).
/// </summary>
public static class S3VirtualHost
{
    /// <summary>The bucket in the host name, or null for path-style hosts (IP addresses, localhost, s3.*).</summary>
    public static string? BucketFromHost(string? host)
    {
        if (string.IsNullOrEmpty(host)) return null;
        var name = StripPort(host).ToLowerInvariant();
        if (name == "localhost" || IPAddress.TryParse(name.Trim('[', ']'), out _)) return null;
        foreach (var marker in new[] { ".s3.", ".s3-" })
        {
            var i = name.LastIndexOf(marker, StringComparison.Ordinal);
            if (i > 0) return name[..i];
        }
        if (name.EndsWith(".localhost", StringComparison.Ordinal))
        {
            var bucket = name[..^".localhost".Length];
            return bucket.EndsWith(".s3", StringComparison.Ordinal) ? bucket[..^3] : bucket;
        }
        return null;
    }

    /// <summary>The path-style path for a virtual-hosted request: "/" becomes "/bucket", "/key" becomes "/bucket/key".</summary>
    public static string PathStylePath(string bucket, string path) =>
        path is "" or "/" ? "/" + Http.PercentEncoding.Encode(bucket) : "/" + Http.PercentEncoding.Encode(bucket) + path;

    private static string StripPort(string host)
    {
        if (host.StartsWith('['))
        {
            var close = host.IndexOf(']');
            return close < 0 ? host : host[..(close + 1)];
        }
        var colon = host.LastIndexOf(':');
        return colon < 0 ? host : host[..colon];
    }
}
