namespace Aws.Core.Endpoints;

/// <summary>
/// Smithy <c>parseURL</c>: an http(s) URL without a query, split into scheme, authority and path.
/// </summary>
public sealed record EndpointUrl(string Scheme, string Authority, string Path, bool IsIp)
{
    /// <summary>The path with dot segments and empty segments removed, percent-encoded, ending in '/'.</summary>
    public string NormalizedPath
    {
        get
        {
            var segments = new List<string>();
            foreach (var s in Path.Split('/'))
            {
                if (s.Length == 0 || s == ".") continue;
                if (s == "..") { if (segments.Count > 0) segments.RemoveAt(segments.Count - 1); continue; }
                segments.Add(Uri.EscapeDataString(Uri.UnescapeDataString(s)));
            }
            return segments.Count == 0 ? "/" : "/" + string.Join('/', segments) + "/";
        }
    }

    /// <summary>Parses <paramref name="url"/>; null when it is not an http(s) URL, has a query, or a bad port.</summary>
    public static EndpointUrl? TryParse(string url)
    {
        var sep = url.IndexOf("://", StringComparison.Ordinal);
        if (sep <= 0) return null;
        var scheme = url[..sep];
        if (scheme is not ("http" or "https")) return null;
        var rest = url[(sep + 3)..];
        var hash = rest.IndexOf('#');
        if (hash >= 0) rest = rest[..hash];
        if (rest.Contains('?')) return null;
        var slash = rest.IndexOf('/');
        var authority = slash < 0 ? rest : rest[..slash];
        var path = slash < 0 ? "" : rest[slash..];
        var host = HostOf(authority, out var port);
        if (host is null || (port is not null && (port.Length == 0 || !port.All(char.IsAsciiDigit)))) return null;
        var isIp = HostLabel.IsIPv4(host) || host.StartsWith('[');
        return new EndpointUrl(scheme, authority, path, isIp);
    }

    /// <summary>
    /// botocore's <c>is_valid_endpoint_url</c> / <c>is_valid_ipv6_endpoint_url</c>: the URL has a host made of valid DNS
    /// labels (or a bracketed IPv6 address) and no tab or line break. Anything else is rejected before a request is
    /// made, with <see cref="InvalidEndpointException"/>.
    /// </summary>
    public static bool IsValidEndpoint(string url)
    {
        if (url.AsSpan().IndexOfAny('\t', '\r', '\n') >= 0) return false;
        var sep = url.IndexOf("://", StringComparison.Ordinal);
        if (sep <= 0 || !char.IsAsciiLetter(url[0])) return false;
        var rest = url[(sep + 3)..];
        var end = rest.IndexOfAny(['/', '?', '#']);
        var host = HostOf(end < 0 ? rest : rest[..end], out _);
        if (string.IsNullOrEmpty(host)) return false;
        if (host.StartsWith('[')) return host.EndsWith(']') && System.Net.IPAddress.TryParse(host[1..^1], out var ip)
            && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6;
        if (host.EndsWith('.')) host = host[..^1];
        return host.Length is > 0 and <= 255 && host.Split('.').All(l => HostLabel.IsValid(l, false));
    }

    /// <summary>Throws <see cref="InvalidEndpointException"/> unless <see cref="IsValidEndpoint"/>.</summary>
    public static void Validate(string url)
    {
        if (!IsValidEndpoint(url)) throw new InvalidEndpointException(url);
    }

    private static string? HostOf(string authority, out string? port)
    {
        port = null;
        var at = authority.LastIndexOf('@');
        var hostPort = at >= 0 ? authority[(at + 1)..] : authority;
        if (hostPort.StartsWith('['))
        {
            var close = hostPort.IndexOf(']');
            if (close < 0) return null;
            if (close + 1 < hostPort.Length)
            {
                if (hostPort[close + 1] != ':') return null;
                port = hostPort[(close + 2)..];
            }
            return hostPort[..(close + 1)];
        }
        var colon = hostPort.LastIndexOf(':');
        if (colon >= 0) { port = hostPort[(colon + 1)..]; hostPort = hostPort[..colon]; }
        return hostPort;
    }
}
