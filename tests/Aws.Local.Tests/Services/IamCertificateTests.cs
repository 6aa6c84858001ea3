using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Aws.Local.Tests.Federation;
using Aws.Local.Tests.Host;

namespace Aws.Local.Tests.Services;

public class IamCertificateTests
{
    private readonly LocalCloudFixture _f = new();
    private static readonly Lazy<TestPki.Pem> Cert = new(() => TestPki.SelfSigned("CN=www.example.com"));
    private static readonly Lazy<TestPki.Pem> Other = new(() => TestPki.SelfSigned("CN=other.example.com"));

    private static JsonObject Upload(string name, string body, string key, string? path = null)
    {
        var input = new JsonObject { ["ServerCertificateName"] = name, ["CertificateBody"] = body, ["PrivateKey"] = key };
        if (path is not null) input["Path"] = path;
        return input;
    }

    [Fact]
    public void Server_certificate_lifecycle()
    {
        var meta = _f.Ok("iam", "UploadServerCertificate", Upload("web", Cert.Value.Certificate, Cert.Value.PrivateKey, "/cloudfront/"))["ServerCertificateMetadata"]!;
        Assert.Equal($"arn:aws:iam::{_f.Account.AccountId}:server-certificate/cloudfront/web", meta["Arn"]!.GetValue<string>());
        Assert.StartsWith("ASCA", meta["ServerCertificateId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(Cert.Value.NotAfter, meta["Expiration"]!.GetValue<DateTimeOffset>());
        _f.Fails("EntityAlreadyExists", "iam", "UploadServerCertificate", Upload("web", Cert.Value.Certificate, Cert.Value.PrivateKey));

        var got = _f.Ok("iam", "GetServerCertificate", new() { ["ServerCertificateName"] = "web" })["ServerCertificate"]!;
        Assert.StartsWith("-----BEGIN CERTIFICATE-----", got["CertificateBody"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(got["PrivateKey"]);

        _f.Ok("iam", "UploadServerCertificate", Upload("api", Other.Value.Certificate, Other.Value.PrivateKey));
        Assert.Equal(2, _f.Ok("iam", "ListServerCertificates")["ServerCertificateMetadataList"]!.AsArray().Count);
        Assert.Single(_f.Ok("iam", "ListServerCertificates", new() { ["PathPrefix"] = "/cloudfront/" })["ServerCertificateMetadataList"]!.AsArray());
        var page = _f.Ok("iam", "ListServerCertificates", new() { ["MaxItems"] = 1 });
        Assert.True(page["IsTruncated"]!.GetValue<bool>());

        _f.Ok("iam", "UpdateServerCertificate", new() { ["ServerCertificateName"] = "web", ["NewServerCertificateName"] = "www", ["NewPath"] = "/" });
        _f.Fails("NoSuchEntity", "iam", "GetServerCertificate", new() { ["ServerCertificateName"] = "web" });
        Assert.Equal($"arn:aws:iam::{_f.Account.AccountId}:server-certificate/www",
            _f.Ok("iam", "GetServerCertificate", new() { ["ServerCertificateName"] = "www" })["ServerCertificate"]!["ServerCertificateMetadata"]!["Arn"]!.GetValue<string>());
        Assert.Equal(2, _f.Ok("iam", "GetAccountSummary")["SummaryMap"]!["ServerCertificates"]!.GetValue<long>());

        _f.Ok("iam", "DeleteServerCertificate", new() { ["ServerCertificateName"] = "www" });
        _f.Fails("NoSuchEntity", "iam", "DeleteServerCertificate", new() { ["ServerCertificateName"] = "www" });
    }

    [Fact]
    public void Private_key_must_match_the_certificate()
    {
        var error = _f.Fails("KeyPairMismatch", "iam", "UploadServerCertificate", Upload("web", Cert.Value.Certificate, Other.Value.PrivateKey));
        Assert.Equal("Public key certificate and private key doesn't match.", error.Message);
    }

    [Fact]
    public void Malformed_pem_is_refused()
    {
        _f.Fails("MalformedCertificate", "iam", "UploadServerCertificate", Upload("web", "not a certificate", Cert.Value.PrivateKey));
        _f.Fails("MalformedCertificate", "iam", "UploadServerCertificate", Upload("web", Cert.Value.Certificate, "not a key"));
        var chain = Upload("web", Cert.Value.Certificate, Cert.Value.PrivateKey);
        chain["CertificateChain"] = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----";
        _f.Fails("MalformedCertificate", "iam", "UploadServerCertificate", chain);
    }

    [Fact]
    public void Signing_certificates_at_most_two_per_user()
    {
        _f.Ok("iam", "CreateUser", new() { ["UserName"] = "bob" });
        var first = _f.Ok("iam", "UploadSigningCertificate", new() { ["UserName"] = "bob", ["CertificateBody"] = Cert.Value.Certificate })["Certificate"]!;
        Assert.Equal("Active", first["Status"]!.GetValue<string>());
        var id = first["CertificateId"]!.GetValue<string>();
        _f.Fails("DuplicateCertificate", "iam", "UploadSigningCertificate", new() { ["UserName"] = "bob", ["CertificateBody"] = Cert.Value.Certificate });
        _f.Ok("iam", "UploadSigningCertificate", new() { ["UserName"] = "bob", ["CertificateBody"] = Other.Value.Certificate });
        _f.Fails("LimitExceeded", "iam", "UploadSigningCertificate", new() { ["UserName"] = "bob", ["CertificateBody"] = TestPki.SelfSigned("CN=third").Certificate });
        _f.Fails("MalformedCertificate", "iam", "UploadSigningCertificate", new() { ["UserName"] = "bob", ["CertificateBody"] = "junk" });

        _f.Ok("iam", "UpdateSigningCertificate", new() { ["UserName"] = "bob", ["CertificateId"] = id, ["Status"] = "Inactive" });
        var listed = _f.Ok("iam", "ListSigningCertificates", new() { ["UserName"] = "bob" })["Certificates"]!.AsArray();
        Assert.Equal(2, listed.Count);
        Assert.Equal("Inactive", listed.Single(c => c!["CertificateId"]!.GetValue<string>() == id)!["Status"]!.GetValue<string>());
        _f.Fails("DeleteConflict", "iam", "DeleteUser", new() { ["UserName"] = "bob" });
        _f.Ok("iam", "DeleteSigningCertificate", new() { ["UserName"] = "bob", ["CertificateId"] = id });
        _f.Fails("NoSuchEntity", "iam", "DeleteSigningCertificate", new() { ["UserName"] = "bob", ["CertificateId"] = id });
    }

    [Fact]
    public void Ssh_public_keys_in_openssh_and_pem()
    {
        _f.Ok("iam", "CreateUser", new() { ["UserName"] = "bob" });
        using var rsa = RSA.Create(2048);
        var openSsh = OpenSsh(rsa) + " bob@laptop";
        var key = _f.Ok("iam", "UploadSSHPublicKey", new() { ["UserName"] = "bob", ["SSHPublicKeyBody"] = openSsh })["SSHPublicKey"]!;
        var id = key["SSHPublicKeyId"]!.GetValue<string>();
        Assert.StartsWith("APKA", id, StringComparison.Ordinal);
        Assert.Equal(16 * 3 - 1, key["Fingerprint"]!.GetValue<string>().Length);
        _f.Fails("DuplicateSSHPublicKey", "iam", "UploadSSHPublicKey", new() { ["UserName"] = "bob", ["SSHPublicKeyBody"] = rsa.ExportSubjectPublicKeyInfoPem() });

        var pem = _f.Ok("iam", "GetSSHPublicKey", new() { ["UserName"] = "bob", ["SSHPublicKeyId"] = id, ["Encoding"] = "PEM" })["SSHPublicKey"]!;
        Assert.Equal(rsa.ExportSubjectPublicKeyInfoPem(), pem["SSHPublicKeyBody"]!.GetValue<string>());
        var ssh = _f.Ok("iam", "GetSSHPublicKey", new() { ["UserName"] = "bob", ["SSHPublicKeyId"] = id, ["Encoding"] = "SSH" })["SSHPublicKey"]!;
        Assert.Equal(OpenSsh(rsa), ssh["SSHPublicKeyBody"]!.GetValue<string>());

        _f.Ok("iam", "UpdateSSHPublicKey", new() { ["UserName"] = "bob", ["SSHPublicKeyId"] = id, ["Status"] = "Inactive" });
        Assert.Equal("Inactive", _f.Ok("iam", "ListSSHPublicKeys", new() { ["UserName"] = "bob" })["SSHPublicKeys"]![0]!["Status"]!.GetValue<string>());
        _f.Fails("DeleteConflict", "iam", "DeleteUser", new() { ["UserName"] = "bob" });
        _f.Ok("iam", "DeleteSSHPublicKey", new() { ["UserName"] = "bob", ["SSHPublicKeyId"] = id });
        Assert.Empty(_f.Ok("iam", "ListSSHPublicKeys", new() { ["UserName"] = "bob" })["SSHPublicKeys"]!.AsArray());
        _f.Ok("iam", "DeleteUser", new() { ["UserName"] = "bob" });
    }

    [Fact]
    public void Ssh_keys_must_be_rsa_of_2048_bits_or_more()
    {
        _f.Ok("iam", "CreateUser", new() { ["UserName"] = "bob" });
        using var small = RSA.Create(1024);
        _f.Fails("InvalidPublicKey", "iam", "UploadSSHPublicKey", new() { ["UserName"] = "bob", ["SSHPublicKeyBody"] = OpenSsh(small) });
        _f.Fails("InvalidPublicKey", "iam", "UploadSSHPublicKey", new() { ["UserName"] = "bob", ["SSHPublicKeyBody"] = "ssh-rsa !!!notbase64" });
        _f.Fails("UnrecognizedPublicKeyEncoding", "iam", "UploadSSHPublicKey", new() { ["UserName"] = "bob", ["SSHPublicKeyBody"] = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" });
    }

    // "ssh-rsa BASE64" as ssh-keygen writes it.
    private static string OpenSsh(RSA rsa)
    {
        var p = rsa.ExportParameters(false);
        using var stream = new MemoryStream();
        void Write(byte[] value)
        {
            var length = new byte[4];
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, value.Length);
            stream.Write(length);
            stream.Write(value);
        }
        Write("ssh-rsa"u8.ToArray());
        Write(p.Exponent!);
        Write((p.Modulus![0] & 0x80) != 0 ? [0, .. p.Modulus] : p.Modulus);
        return "ssh-rsa " + Convert.ToBase64String(stream.ToArray());
    }
}
