using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Aws.Local.Host;
using Aws.Local.Storage;

namespace Aws.Local.Services.Iam;

/// <summary>X.509 signing certificates (two per user) and SSH public keys (five per user) of IAM users.</summary>
public sealed partial class IamService
{
    public const int SigningCertificatesPerUser = 2;
    public const int SshPublicKeysPerUser = 5;

    private void RegisterUserCredentials()
    {
        _handlers["UploadSigningCertificate"] = (c, a) =>
        {
            var user = TargetUser(c, a);
            var body = c.Required("CertificateBody");
            using var certificate = PemCertificates.Parse(body);
            var thumbprint = certificate.Thumbprint;
            if (a.SigningCertificates.Any(e => e.Value.Str("_thumbprint") == thumbprint))
                throw new LocalServiceException("DuplicateCertificate", "The certificate you uploaded is already registered.", 409);
            if (a.SigningCertificates.Count(e => e.Value.Str("_user") == user) >= SigningCertificatesPerUser)
                throw LocalServiceException.LimitExceeded($"Cannot exceed quota for CertificatesPerUser: {SigningCertificatesPerUser}");
            var id = RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 32);
            var entry = new JsonObject
            {
                ["UserName"] = user, ["CertificateId"] = id, ["CertificateBody"] = body.Trim(), ["Status"] = "Active",
                ["UploadDate"] = IamAccount.Now(c.Now), ["_user"] = user, ["_thumbprint"] = thumbprint,
            };
            a.SigningCertificates[id] = entry;
            return new JsonObject { ["Certificate"] = entry.DeepClone() };
        };
        _handlers["ListSigningCertificates"] = (c, a) =>
        {
            var user = TargetUser(c, a);
            return IamPaging.Page(c, a.SigningCertificates.Select(e => e.Value).Where(e => e.Str("_user") == user), "Certificates");
        };
        _handlers["UpdateSigningCertificate"] = (c, a) =>
        {
            SigningCertificate(c, a)["Status"] = Status(c);
            return [];
        };
        _handlers["DeleteSigningCertificate"] = (c, a) =>
        {
            a.SigningCertificates.Remove(SigningCertificate(c, a).Str("CertificateId")!);
            return [];
        };

        _handlers["UploadSSHPublicKey"] = (c, a) =>
        {
            var user = c.Required("UserName");
            a.User(user);
            var key = SshPublicKeys.Parse(c.Required("SSHPublicKeyBody"));
            if (a.SshPublicKeys.Any(e => e.Value.Str("Fingerprint") == key.Fingerprint && e.Value.Str("UserName") == user))
                throw new LocalServiceException("DuplicateSSHPublicKey", "The SSH public key you uploaded is already associated with this user.");
            if (a.SshPublicKeys.Count(e => e.Value.Str("UserName") == user) >= SshPublicKeysPerUser)
                throw LocalServiceException.LimitExceeded($"Cannot exceed quota for SSHPublicKeysPerUser: {SshPublicKeysPerUser}");
            var id = Ids.Unique("APKA");
            var entry = new JsonObject
            {
                ["UserName"] = user, ["SSHPublicKeyId"] = id, ["Fingerprint"] = key.Fingerprint, ["SSHPublicKeyBody"] = key.OpenSsh,
                ["Status"] = "Active", ["UploadDate"] = IamAccount.Now(c.Now), ["_pem"] = key.Pem,
            };
            a.SshPublicKeys[id] = entry;
            return new JsonObject { ["SSHPublicKey"] = entry.DeepClone() };
        };
        _handlers["GetSSHPublicKey"] = (c, a) =>
        {
            var entry = (JsonObject)SshPublicKey(c, a).DeepClone();
            var encoding = c.Required("Encoding");
            if (encoding is not ("SSH" or "PEM"))
                throw LocalServiceException.Validation($"1 validation error detected: Value '{encoding}' at 'encoding' failed to satisfy constraint: Member must satisfy enum value set: [SSH, PEM]");
            if (encoding == "PEM") entry["SSHPublicKeyBody"] = entry.Str("_pem");
            return new JsonObject { ["SSHPublicKey"] = entry };
        };
        _handlers["ListSSHPublicKeys"] = (c, a) =>
        {
            var user = TargetUser(c, a);
            return IamPaging.Page(c, a.SshPublicKeys.Select(e => e.Value).Where(e => e.Str("UserName") == user)
                .Select(e => (JsonNode?)new JsonObject
                {
                    ["UserName"] = e.Str("UserName"), ["SSHPublicKeyId"] = e.Str("SSHPublicKeyId"), ["Status"] = e.Str("Status"),
                    ["UploadDate"] = e.Str("UploadDate"),
                }), "SSHPublicKeys");
        };
        _handlers["UpdateSSHPublicKey"] = (c, a) =>
        {
            SshPublicKey(c, a)["Status"] = Status(c);
            return [];
        };
        _handlers["DeleteSSHPublicKey"] = (c, a) =>
        {
            a.SshPublicKeys.Remove(SshPublicKey(c, a).Str("SSHPublicKeyId")!);
            return [];
        };
        foreach (var op in new[]
                 {
                     "UploadSigningCertificate", "ListSigningCertificates", "UpdateSigningCertificate", "DeleteSigningCertificate",
                     "UploadSSHPublicKey", "GetSSHPublicKey", "ListSSHPublicKeys", "UpdateSSHPublicKey", "DeleteSSHPublicKey",
                 })
            _targets[op] = UserTarget;
    }

    private static string Status(RequestContext c)
    {
        var status = c.Required("Status");
        return status is "Active" or "Inactive" ? status : throw LocalServiceException.Validation(
            $"1 validation error detected: Value '{status}' at 'status' failed to satisfy constraint: Member must satisfy enum value set: [Active, Inactive]");
    }

    private static JsonObject SigningCertificate(RequestContext c, IamAccount a)
    {
        var id = c.Required("CertificateId");
        var user = TargetUser(c, a);
        return a.SigningCertificates[id] is JsonObject e && e.Str("_user") == user ? e
            : throw LocalServiceException.NoSuchEntity($"The Certificate with id {id} cannot be found.");
    }

    private static JsonObject SshPublicKey(RequestContext c, IamAccount a)
    {
        var id = c.Required("SSHPublicKeyId");
        var user = c.Required("UserName");
        a.User(user);
        return a.SshPublicKeys[id] is JsonObject e && e.Str("UserName") == user ? e
            : throw LocalServiceException.NoSuchEntity($"The Public Key with id {id} cannot be found.");
    }
}
