using System.Net;

namespace Aws.Core.Runtime.Transport;

/// <summary>Adapts <see cref="ProxySettings"/> to .NET; user:password in a proxy URL becomes its credentials.</summary>
internal sealed class EnvironmentWebProxy(ProxySettings settings) : IWebProxy, ICredentials
{
    public ICredentials? Credentials
    {
        get => this;
        set => throw new NotSupportedException("Proxy credentials come from the proxy URL.");
    }

    public Uri? GetProxy(Uri destination) =>
        settings.ProxyFor(destination) is { } proxy && Uri.TryCreate(proxy, UriKind.Absolute, out var uri) ? uri : null;

    public bool IsBypassed(Uri host) => GetProxy(host) is null;

    public NetworkCredential? GetCredential(Uri uri, string authType)
    {
        foreach (var proxy in new[] { settings.HttpProxy, settings.HttpsProxy })
        {
            if (proxy is null || !Uri.TryCreate(proxy, UriKind.Absolute, out var p) || p.UserInfo.Length == 0) continue;
            if (!string.Equals(p.Host, uri.Host, StringComparison.OrdinalIgnoreCase) || p.Port != uri.Port) continue;
            var parts = p.UserInfo.Split(':', 2);
            return new NetworkCredential(Uri.UnescapeDataString(parts[0]), parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : "");
        }
        return null;
    }
}
