using System.Text.Json.Nodes;
using Aws.Local.Host;
using Aws.Local.Storage;

namespace Aws.Local.Services.Iam;

/// <summary>Server certificates: PEM-checked uploads (the private key must match), metadata with the certificate's expiry.</summary>
public sealed partial class IamService
{
    private void RegisterServerCertificates()
    {
        _handlers["UploadServerCertificate"] = (c, a) =>
        {
            var name = c.Required("ServerCertificateName");
            if (a.ServerCertificates.ContainsKey(name))
                throw LocalServiceException.AlreadyExists($"The Server Certificate with name {name} already exists.");
            var body = c.Required("CertificateBody");
            using var certificate = PemCertificates.ParseWithKey(body, c.Required("PrivateKey"));
            if (c.Str("CertificateChain") is { } chain) PemCertificates.CheckChain(chain);
            var path = c.Str("Path") ?? "/";
            var entry = new JsonObject
            {
                ["Path"] = path, ["ServerCertificateName"] = name, ["ServerCertificateId"] = Ids.Unique("ASCA"),
                ["Arn"] = a.Arn("server-certificate", path, name), ["UploadDate"] = IamAccount.Now(c.Now),
                ["Expiration"] = IamAccount.Now(new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero)),
                ["_body"] = body.Trim(), ["_chain"] = c.Str("CertificateChain")?.Trim(),
            };
            IamTags.Merge(entry, c.Input["Tags"] as JsonArray);
            a.ServerCertificates[name] = entry;
            var output = new JsonObject { ["ServerCertificateMetadata"] = CertificateMetadata(entry) };
            if (entry["Tags"] is JsonArray tags) output["Tags"] = tags.DeepClone();
            return output;
        };
        _handlers["GetServerCertificate"] = (c, a) =>
        {
            var entry = ServerCertificate(a, c.Required("ServerCertificateName"));
            var certificate = new JsonObject
            {
                ["ServerCertificateMetadata"] = CertificateMetadata(entry), ["CertificateBody"] = entry.Str("_body"),
                ["CertificateChain"] = entry.Str("_chain"),
            };
            if (entry["Tags"] is JsonArray tags) certificate["Tags"] = tags.DeepClone();
            return new JsonObject { ["ServerCertificate"] = certificate };
        };
        _handlers["ListServerCertificates"] = (c, a) => IamPaging.Page(c,
            IamPaging.ByPath(c, a.ServerCertificates).Select(e => (JsonNode?)CertificateMetadata((JsonObject)e!)), "ServerCertificateMetadataList");
        _handlers["UpdateServerCertificate"] = (c, a) =>
        {
            var name = c.Required("ServerCertificateName");
            var entry = ServerCertificate(a, name);
            if (c.Str("NewServerCertificateName") is { } newName && newName != name)
            {
                if (a.ServerCertificates.ContainsKey(newName))
                    throw LocalServiceException.AlreadyExists($"The Server Certificate with name {newName} already exists.");
                a.ServerCertificates.Remove(name);
                entry["ServerCertificateName"] = newName;
                a.ServerCertificates[newName] = entry;
                name = newName;
            }
            if (c.Str("NewPath") is { } newPath) entry["Path"] = newPath;
            entry["Arn"] = a.Arn("server-certificate", entry.Str("Path"), name);
            return [];
        };
        _handlers["DeleteServerCertificate"] = (c, a) =>
        {
            var name = c.Required("ServerCertificateName");
            ServerCertificate(a, name);
            a.ServerCertificates.Remove(name);
            return [];
        };
        _handlers["TagServerCertificate"] = (c, a) =>
        {
            IamTags.Merge(ServerCertificate(a, c.Required("ServerCertificateName")), c.Input["Tags"] as JsonArray);
            return [];
        };
        _handlers["UntagServerCertificate"] = (c, a) =>
        {
            IamTags.Remove(ServerCertificate(a, c.Required("ServerCertificateName")), c.Input["TagKeys"] as JsonArray);
            return [];
        };
        _handlers["ListServerCertificateTags"] = (c, a) => IamTags.List(c, ServerCertificate(a, c.Required("ServerCertificateName")));
        foreach (var op in new[]
                 {
                     "UploadServerCertificate", "GetServerCertificate", "UpdateServerCertificate", "DeleteServerCertificate",
                     "TagServerCertificate", "UntagServerCertificate", "ListServerCertificateTags",
                 })
        {
            _targets[op] = (c, a) => c.Str("ServerCertificateName") is { } name
                ? new([a.Arn("server-certificate", a.ServerCertificates[name]?.Str("Path") ?? c.Str("Path"), name)])
                : AuthorizationTarget.Any;
        }
    }

    private static JsonObject ServerCertificate(IamAccount a, string name) => a.ServerCertificates[name] as JsonObject
        ?? throw LocalServiceException.NoSuchEntity($"The Server Certificate with name {name} cannot be found.");

    private static JsonObject CertificateMetadata(JsonObject entry) => new()
    {
        ["Path"] = entry.Str("Path"), ["ServerCertificateName"] = entry.Str("ServerCertificateName"),
        ["ServerCertificateId"] = entry.Str("ServerCertificateId"), ["Arn"] = entry.Str("Arn"),
        ["UploadDate"] = entry.Str("UploadDate"), ["Expiration"] = entry.Str("Expiration"),
    };
}
