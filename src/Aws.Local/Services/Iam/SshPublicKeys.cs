using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Aws.Local.Host;

namespace Aws.Local.Services.Iam;

/// <summary>
/// SSH public keys as IAM takes them (for CodeCommit): ssh-rsa in OpenSSH format or an RSA public key in PEM, at
/// least 2048 bits; stored in OpenSSH form, shown as PEM on request; fingerprint = MD5 of the key blob.
/// </summary>
internal static class SshPublicKeys
{
    public sealed record Key(string OpenSsh, string Pem, string Fingerprint);

    private static LocalServiceException Invalid() => new("InvalidPublicKey", "The public key is not valid.");

    public static Key Parse(string body)
    {
        body = body.Trim();
        using var rsa = RSA.Create();
        if (body.StartsWith("-----BEGIN", StringComparison.Ordinal))
        {
            try
            {
                rsa.ImportFromPem(body);
            }
            catch (Exception e) when (e is CryptographicException or ArgumentException)
            {
                throw Invalid();
            }
        }
        else if (body.StartsWith("ssh-rsa ", StringComparison.Ordinal))
        {
            rsa.ImportParameters(ReadOpenSsh(body.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]));
        }
        else
        {
            throw new LocalServiceException("UnrecognizedPublicKeyEncoding", "The public key encoding is not recognized; use ssh-rsa (OpenSSH) or PEM.");
        }
        if (rsa.KeySize < 2048) throw Invalid();
        var parameters = rsa.ExportParameters(false);
        var blob = WriteOpenSsh(parameters);
        var fingerprint = string.Join(':', MD5.HashData(blob).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
        return new Key("ssh-rsa " + Convert.ToBase64String(blob), rsa.ExportSubjectPublicKeyInfoPem(), fingerprint);
    }

    private static RSAParameters ReadOpenSsh(string base64)
    {
        byte[] blob;
        try
        {
            blob = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw Invalid();
        }
        var offset = 0;
        byte[] Next()
        {
            if (offset + 4 > blob.Length) throw Invalid();
            var length = BinaryPrimitives.ReadInt32BigEndian(blob.AsSpan(offset));
            offset += 4;
            if (length < 0 || offset + length > blob.Length) throw Invalid();
            var value = blob[offset..(offset + length)];
            offset += length;
            return value;
        }
        if (Encoding.ASCII.GetString(Next()) != "ssh-rsa") throw Invalid();
        var exponent = Next().SkipWhile(b => b == 0).ToArray();
        var modulus = Next().SkipWhile(b => b == 0).ToArray();
        if (modulus.Length == 0 || exponent.Length == 0) throw Invalid();
        return new RSAParameters { Exponent = exponent, Modulus = modulus };
    }

    private static byte[] WriteOpenSsh(RSAParameters p)
    {
        using var stream = new MemoryStream();
        void Write(byte[] value)
        {
            Span<byte> length = stackalloc byte[4];
            BinaryPrimitives.WriteInt32BigEndian(length, value.Length);
            stream.Write(length);
            stream.Write(value);
        }
        // mpints carry a leading zero when the high bit is set.
        static byte[] Mpint(byte[] v) => v.Length > 0 && (v[0] & 0x80) != 0 ? [0, .. v] : v;
        Write(Encoding.ASCII.GetBytes("ssh-rsa"));
        Write(Mpint(p.Exponent!));
        Write(Mpint(p.Modulus!));
        return stream.ToArray();
    }
}
