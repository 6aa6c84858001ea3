namespace Aws.Core.Runtime.Transport;

/// <summary>
/// Proxies chosen the way the AWS CLI (Python's urllib) chooses them: http_proxy for http URLs, https_proxy for
/// https URLs, lower-case variables winning over upper-case ones, and no_proxy listing hosts or domain suffixes
/// to reach directly ("*" for all). A proxy without a scheme gets "http://".
/// </summary>
public sealed class ProxySettings
{
    public string? HttpProxy { get; }
    public string? HttpsProxy { get; }
    public IReadOnlyList<string> NoProxy { get; }

    public ProxySettings(string? httpProxy, string? httpsProxy, string? noProxy)
    {
        HttpProxy = Fix(httpProxy);
        HttpsProxy = Fix(httpsProxy);
        NoProxy = (noProxy ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public static ProxySettings None { get; } = new(null, null, null);

    public bool IsEmpty => HttpProxy is null && HttpsProxy is null;

    /// <summary>Reads the variables through <paramref name="getEnvironmentVariable"/> (the process environment by default).</summary>
    public static ProxySettings FromEnvironment(Func<string, string?>? getEnvironmentVariable = null)
    {
        var get = getEnvironmentVariable ?? Environment.GetEnvironmentVariable;
        string? Read(string lower)
        {
            // Python lets a set-but-empty lower-case variable cancel the upper-case one.
            var value = get(lower);
            if (value is not null) return value.Length == 0 ? null : value;
            value = get(lower.ToUpperInvariant());
            return string.IsNullOrEmpty(value) ? null : value;
        }
        return new(Read("http_proxy"), Read("https_proxy"), Read("no_proxy"));
    }

    /// <summary>The proxy URL for a request URL, or null to connect directly.</summary>
    public string? ProxyFor(Uri target)
    {
        var proxy = target.Scheme == Uri.UriSchemeHttps ? HttpsProxy : target.Scheme == Uri.UriSchemeHttp ? HttpProxy : null;
        return proxy is null || Bypass(target) ? null : proxy;
    }

    /// <summary>True when no_proxy lists the host (with or without its port) or a domain it ends with.</summary>
    public bool Bypass(Uri target)
    {
        var host = target.IdnHost.Trim('[', ']');
        var hostPort = $"{host}:{target.Port}";
        foreach (var entry in NoProxy)
        {
            if (entry == "*") return true;
            var name = entry.TrimStart('.');
            if (name.Length == 0) continue;
            if (Matches(host, name) || Matches(hostPort, name)) return true;
        }
        return false;
    }

    // Python's pattern is "(.+\.)?name$": the whole host, or a dot-separated suffix of it.
    private static bool Matches(string host, string name) =>
        host.Equals(name, StringComparison.OrdinalIgnoreCase)
        || (host.Length > name.Length + 1 && host.EndsWith("." + name, StringComparison.OrdinalIgnoreCase));

    private static string? Fix(string? proxy)
    {
        if (string.IsNullOrWhiteSpace(proxy)) return null;
        proxy = proxy.Trim();
        if (proxy.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || proxy.StartsWith("https:", StringComparison.OrdinalIgnoreCase))
            return proxy;
        return proxy.StartsWith("//", StringComparison.Ordinal) ? "http:" + proxy : "http://" + proxy;
    }

    /// <summary>The proxy URL with user and password replaced by "***", for error messages.</summary>
    public static string Mask(string proxyUrl)
    {
        if (!Uri.TryCreate(proxyUrl, UriKind.Absolute, out var uri) || uri.UserInfo.Length == 0) return proxyUrl;
        var masked = string.Join(':', uri.UserInfo.Split(':').Select(_ => "***"));
        return proxyUrl.Replace(uri.UserInfo + "@", masked + "@", StringComparison.Ordinal);
    }
}
