using Aws.Core.Runtime.Transport;

namespace Aws.Core.Tests.Runtime.Transport;

/// <summary>Proxy selection as Python's urllib does it for the AWS CLI.</summary>
public class ProxySettingsTests
{
    private static ProxySettings FromEnv(params (string Name, string Value)[] vars)
    {
        var env = vars.ToDictionary(v => v.Name, v => v.Value);
        return ProxySettings.FromEnvironment(name => env.GetValueOrDefault(name));
    }

    [Fact]
    public void Picks_the_proxy_by_the_url_scheme()
    {
        var proxies = FromEnv(("HTTP_PROXY", "http://p1:3128"), ("HTTPS_PROXY", "http://p2:3128"));
        Assert.Equal("http://p1:3128", proxies.ProxyFor(new Uri("http://sts.amazonaws.com/")));
        Assert.Equal("http://p2:3128", proxies.ProxyFor(new Uri("https://sts.amazonaws.com/")));
    }

    [Fact]
    public void Lower_case_variables_win()
    {
        var proxies = FromEnv(("HTTPS_PROXY", "http://upper:1"), ("https_proxy", "http://lower:1"));
        Assert.Equal("http://lower:1", proxies.HttpsProxy);
        Assert.Null(FromEnv(("HTTPS_PROXY", "http://upper:1"), ("https_proxy", "")).HttpsProxy);
    }

    [Fact]
    public void Proxy_without_scheme_gets_http()
    {
        Assert.Equal("http://proxy:8080", FromEnv(("https_proxy", "proxy:8080")).HttpsProxy);
        Assert.Equal("http://proxy:8080", FromEnv(("https_proxy", "//proxy:8080")).HttpsProxy);
        Assert.Equal("https://proxy:8080", FromEnv(("https_proxy", "https://proxy:8080")).HttpsProxy);
    }

    [Theory]
    [InlineData("amazonaws.com", "https://sts.amazonaws.com/", true)]
    [InlineData(".amazonaws.com", "https://sts.amazonaws.com/", true)]
    [InlineData("sts.amazonaws.com", "https://sts.amazonaws.com/", true)]
    [InlineData("zonaws.com", "https://sts.amazonaws.com/", false)]
    [InlineData("localhost, 127.0.0.1", "http://127.0.0.1:4566/", true)]
    [InlineData("127.0.0.1:4566", "http://127.0.0.1:4566/", true)]
    [InlineData("127.0.0.1:4567", "http://127.0.0.1:4566/", false)]
    [InlineData("*", "https://anything.example/", true)]
    [InlineData("", "https://anything.example/", false)]
    public void No_proxy_lists_hosts_and_domain_suffixes(string noProxy, string url, bool bypassed)
    {
        var proxies = FromEnv(("HTTPS_PROXY", "http://p:1"), ("HTTP_PROXY", "http://p:1"), ("NO_PROXY", noProxy));
        Assert.Equal(bypassed, proxies.ProxyFor(new Uri(url)) is null);
    }

    [Fact]
    public void Masks_proxy_credentials_in_messages()
    {
        Assert.Equal("http://***:***@proxy:3128", ProxySettings.Mask("http://user:pass@proxy:3128"));
        Assert.Equal("http://proxy:3128", ProxySettings.Mask("http://proxy:3128"));
    }
}
