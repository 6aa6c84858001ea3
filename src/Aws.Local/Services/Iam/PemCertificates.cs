using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Aws.Local.Host;

namespace Aws.Local.Services.Iam;

/// <summary>PEM certificates and keys as IAM checks them on upload (server and signing certificates).</summary>
internal static class PemCertificates
{
    public static LocalServiceException Malformed(string what = "certificate") =>
        new("MalformedCertificate", $"Unable to parse {what}. Please ensure the {what} is in PEM format.");

    /// <summary>One X.509 certificate in PEM; MalformedCertificate otherwise.</summary>
    public static X509Certificate2 Parse(string pem)
    {
        try
        {
            return X509Certificate2.CreateFromPem(pem);
        }
        catch (CryptographicException)
        {
            throw Malformed();
        }
    }

    /// <summary>The certificate with its private key; KeyPairMismatch when the key is not the certificate's.</summary>
    public static X509Certificate2 ParseWithKey(string certificatePem, string keyPem)
    {
        var certificate = Parse(certificatePem);
        if (!keyPem.Contains("-----BEGIN", StringComparison.Ordinal)) throw Malformed("private key");
        try
        {
            return X509Certificate2.CreateFromPem(certificatePem, keyPem);
        }
        catch (CryptographicException)
        {
            // The key parsed on its own but is not the certificate's: AWS's mismatch error; otherwise it is malformed.
            if (KeyParses(keyPem)) throw new LocalServiceException("KeyPairMismatch", "Public key certificate and private key doesn't match.");
            throw Malformed("private key");
        }
        catch (ArgumentException)
        {
            throw Malformed("private key");
        }
        finally
        {
            certificate.Dispose();
        }
    }

    /// <summary>Each certificate of a PEM chain; MalformedCertificate when one does not parse.</summary>
    public static void CheckChain(string chainPem)
    {
        var collection = new X509Certificate2Collection();
        try
        {
            collection.ImportFromPem(chainPem);
        }
        catch (CryptographicException)
        {
            throw Malformed("certificate chain");
        }
        if (collection.Count == 0) throw Malformed("certificate chain");
        foreach (var c in collection) c.Dispose();
    }

    private static bool KeyParses(string keyPem)
    {
        foreach (var algorithm in new Func<AsymmetricAlgorithm>[] { RSA.Create, ECDsa.Create })
        {
            using var key = algorithm();
            try
            {
                key.ImportFromPem(keyPem);
                return true;
            }
            catch (Exception e) when (e is CryptographicException or ArgumentException)
            {
            }
        }
        return false;
    }
}
