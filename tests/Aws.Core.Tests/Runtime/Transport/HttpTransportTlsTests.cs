using Aws.Core.Runtime.Transport;
using static Aws.Core.Tests.Runtime.Transport.TransportTestKit;

namespace Aws.Core.Tests.Runtime.Transport;

/// <summary>Certificate checks: system store, CA bundle, --no-verify-ssl.</summary>
public class HttpTransportTlsTests
{
    [Fact]
    public async Task Untrusted_certificate_fails_ssl_validation()
    {
        await using var server = LoopbackServer.Answering(certificate: TestCertificates.SelfSigned);
        using var transport = Direct();

        var e = await Assert.ThrowsAsync<SslValidationException>(() => transport.SendAsync(Request(server.Url), false, Ct));

        Assert.Equal($"SSL validation failed for {server.Url}/ [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: " +
            "self-signed certificate", e.Message);
        Assert.False(e.IsRetryable);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Untrusted_chain_is_reported_before_a_wrong_host_name()
    {
        await using var server = LoopbackServer.Answering(certificate: TestCertificates.ForOtherHost);
        using var transport = Direct();

        var e = await Assert.ThrowsAsync<SslValidationException>(
            () => transport.SendAsync(Request($"https://localhost:{server.Port}"), false, Ct));

        Assert.EndsWith("certificate verify failed: self-signed certificate", e.Message);
    }

    [Fact]
    public async Task Ca_bundle_makes_its_roots_trusted()
    {
        await using var server = LoopbackServer.Answering(200, "ok", TestCertificates.SelfSigned);
        var bundle = TestCertificates.WriteBundle();
        try
        {
            using var transport = new HttpTransport(new TransportOptions { Proxies = ProxySettings.None, CaBundlePath = bundle });

            var response = await transport.SendAsync(Request($"https://localhost:{server.Port}"), false, Ct);

            Assert.Equal("ok"u8.ToArray(), response.Body);
            Assert.Equal($"localhost:{server.Port}", Assert.Single(server.Requests).Header("Host"));
        }
        finally
        {
            File.Delete(bundle);
        }
    }

    [Fact]
    public async Task Ca_bundle_still_checks_the_host_name()
    {
        await using var server = LoopbackServer.Answering(certificate: TestCertificates.ForOtherHost);
        var bundle = TestCertificates.WriteBundle(TestCertificates.ForOtherHost);
        try
        {
            using var transport = new HttpTransport(new TransportOptions { Proxies = ProxySettings.None, CaBundlePath = bundle });
            var e = await Assert.ThrowsAsync<SslValidationException>(
                () => transport.SendAsync(Request($"https://localhost:{server.Port}"), false, Ct));
            Assert.Equal($"SSL validation failed for https://localhost:{server.Port}/ [SSL: CERTIFICATE_VERIFY_FAILED] " +
                "certificate verify failed: Hostname mismatch, certificate is not valid for 'localhost'.", e.Message);
        }
        finally
        {
            File.Delete(bundle);
        }
    }

    [Fact]
    public async Task Missing_ca_bundle_fails_https_requests()
    {
        using var transport = new HttpTransport(new TransportOptions
        {
            Proxies = ProxySettings.None, CaBundlePath = "/nonexistent/ca.pem",
        });

        var e = await Assert.ThrowsAsync<SslValidationException>(
            () => transport.SendAsync(Request("https://localhost:1"), false, Ct));

        Assert.Equal("SSL validation failed for https://localhost:1/ [Errno 2] No such file or directory", e.Message);
    }

    [Fact]
    public async Task No_verify_ssl_accepts_any_certificate()
    {
        await using var server = LoopbackServer.Answering(200, "ok", TestCertificates.SelfSigned);
        using var transport = new HttpTransport(new TransportOptions { Proxies = ProxySettings.None, VerifySsl = false });

        var response = await transport.SendAsync(Request(server.Url), false, Ct);

        Assert.Equal(200, response.StatusCode);
    }
}
