namespace Aws.Core.Endpoints;

/// <summary>
/// The base URL of a bucket: the bucket is either the first label of <see cref="Host"/> (virtual-hosted) or the
/// last segment of <see cref="Path"/> (path-style). The operation's path after the bucket (<c>/{Key+}</c>, or
/// <c>/</c>) is appended to <see cref="Url"/>.
/// </summary>
/// <param name="Url">Scheme, host and path, e.g. <c>https://b.s3.us-west-2.amazonaws.com</c> or
/// <c>https://s3.us-west-2.amazonaws.com/b</c>.</param>
/// <param name="Host">The authority (host and optional port).</param>
/// <param name="Path">The encoded path, empty when the URL has none.</param>
public sealed record S3Address(string Url, string Scheme, string Host, string Path, bool VirtualHosted)
{
    internal static S3Address From(string url, bool virtualHosted)
    {
        var sep = url.IndexOf("://", StringComparison.Ordinal);
        var rest = url[(sep + 3)..];
        var slash = rest.IndexOf('/');
        return new S3Address(url, url[..sep], slash < 0 ? rest : rest[..slash], slash < 0 ? "" : rest[slash..], virtualHosted);
    }
}
