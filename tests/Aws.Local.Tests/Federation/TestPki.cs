using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Aws.Local.Tests.Federation;

/// <summary>Self-signed certificates and keys in PEM for the certificate, SAML and OIDC tests.</summary>
public static class TestPki
{
    public sealed record Pem(string Certificate, string PrivateKey, DateTimeOffset NotAfter);

    public static Pem SelfSigned(string subject = "CN=local.test", int days = 365)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var notAfter = DateTimeOffset.UtcNow.AddDays(days);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), notAfter);
        // X.509 dates have whole seconds.
        var truncated = new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);
        return new Pem(certificate.ExportCertificatePem(), rsa.ExportPkcs8PrivateKeyPem(), truncated);
    }

    /// <summary>The certificate's base64 DER (as SAML metadata embeds it).</summary>
    public static string Der(string certificatePem) => Convert.ToBase64String(X509Certificate2.CreateFromPem(certificatePem).RawData);
}
