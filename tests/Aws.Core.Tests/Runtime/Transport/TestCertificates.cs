using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Aws.Core.Tests.Runtime.Transport;

/// <summary>A self-signed certificate for localhost and 127.0.0.1, made once per test run.</summary>
internal static class TestCertificates
{
    private static readonly Lazy<X509Certificate2> Server = new(() => Create("localhost", true));
    private static readonly Lazy<X509Certificate2> OtherHost = new(() => Create("other.example", false));

    public static X509Certificate2 SelfSigned => Server.Value;

    /// <summary>Self-signed for other.example only: trusted through a bundle, it still fails the host name check.</summary>
    public static X509Certificate2 ForOtherHost => OtherHost.Value;

    /// <summary>Writes the certificate as a PEM CA bundle and returns its path.</summary>
    public static string WriteBundle(X509Certificate2? certificate = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"aws-sharp-ca-{Guid.NewGuid():N}.pem");
        File.WriteAllText(path, (certificate ?? SelfSigned).ExportCertificatePem());
        return path;
    }

    private static X509Certificate2 Create(string name, bool loopback)
    {
        // ECDSA: generating an RSA key takes seconds on a busy machine.
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName(name);
        if (loopback) san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        // Round-trip through PKCS#12 so the private key is usable by SslStream on Linux.
        return X509CertificateLoader.LoadPkcs12(cert.Export(X509ContentType.Pkcs12), null);
    }
}
