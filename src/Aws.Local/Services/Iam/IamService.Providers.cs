using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Aws.Local.Host;
using Aws.Local.Storage;

namespace Aws.Local.Services.Iam;

/// <summary>Identity providers: SAML (metadata documents) and OpenID Connect (issuer URL, client ids, thumbprints).</summary>
public sealed partial class IamService
{
    public const int MaxThumbprints = 5;
    public const int MaxClientIds = 100;

    [GeneratedRegex(@"^[\w._-]{1,128}$")]
    private static partial Regex SamlNamePattern();

    [GeneratedRegex("^[0-9A-Fa-f]{40}$")]
    private static partial Regex ThumbprintPattern();

    private void RegisterProviders()
    {
        RegisterSaml();
        RegisterOidc();
    }

    private void RegisterSaml()
    {
        _handlers["CreateSAMLProvider"] = (c, a) =>
        {
            var name = c.Required("Name");
            if (!SamlNamePattern().IsMatch(name))
                throw LocalServiceException.Validation($"1 validation error detected: Value '{name}' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w._-]+");
            var arn = SamlArn(a, name);
            if (a.SamlProviders.ContainsKey(arn)) throw LocalServiceException.AlreadyExists($"SAMLProvider {name} already exists.");
            var provider = new JsonObject { ["Arn"] = arn, ["CreateDate"] = IamAccount.Now(c.Now), ["_uuid"] = Guid.NewGuid().ToString() };
            SetMetadata(c, provider);
            IamTags.Merge(provider, c.Input["Tags"] as JsonArray);
            a.SamlProviders[arn] = provider;
            var output = new JsonObject { ["SAMLProviderArn"] = arn };
            if (provider["Tags"] is JsonArray tags) output["Tags"] = tags.DeepClone();
            return output;
        };
        _handlers["GetSAMLProvider"] = (c, a) =>
        {
            var p = Saml(a, c.Required("SAMLProviderArn"));
            var output = new JsonObject
            {
                ["SAMLProviderUUID"] = p.Str("_uuid"), ["SAMLMetadataDocument"] = p.Str("_document"),
                ["CreateDate"] = p.Str("CreateDate"), ["ValidUntil"] = p.Str("ValidUntil"),
            };
            if (p["Tags"] is JsonArray tags) output["Tags"] = tags.DeepClone();
            return output;
        };
        _handlers["UpdateSAMLProvider"] = (c, a) =>
        {
            var arn = c.Required("SAMLProviderArn");
            SetMetadata(c, Saml(a, arn));
            return new JsonObject { ["SAMLProviderArn"] = arn };
        };
        _handlers["DeleteSAMLProvider"] = (c, a) =>
        {
            var arn = c.Required("SAMLProviderArn");
            Saml(a, arn);
            a.SamlProviders.Remove(arn);
            return [];
        };
        _handlers["ListSAMLProviders"] = (_, a) => new JsonObject
        {
            ["SAMLProviderList"] = new JsonArray([.. a.SamlProviders.Select(p => (JsonNode?)new JsonObject
            {
                ["Arn"] = p.Key, ["ValidUntil"] = p.Value.Str("ValidUntil"), ["CreateDate"] = p.Value.Str("CreateDate"),
            })]),
        };
        _handlers["TagSAMLProvider"] = (c, a) => { IamTags.Merge(Saml(a, c.Required("SAMLProviderArn")), c.Input["Tags"] as JsonArray); return []; };
        _handlers["UntagSAMLProvider"] = (c, a) => { IamTags.Remove(Saml(a, c.Required("SAMLProviderArn")), c.Input["TagKeys"] as JsonArray); return []; };
        _handlers["ListSAMLProviderTags"] = (c, a) => IamTags.List(c, Saml(a, c.Required("SAMLProviderArn")));
        _targets["CreateSAMLProvider"] = (c, a) => new([SamlArn(a, c.Str("Name") ?? "")]);
        foreach (var op in new[] { "GetSAMLProvider", "UpdateSAMLProvider", "DeleteSAMLProvider", "TagSAMLProvider", "UntagSAMLProvider", "ListSAMLProviderTags" })
            _targets[op] = (c, _) => new([c.Str("SAMLProviderArn") ?? "*"]);
    }

    private static string SamlArn(IamAccount a, string name) => $"arn:aws:iam::{a.AccountId}:saml-provider/{name}";

    private static JsonObject Saml(IamAccount a, string arn) => a.SamlProviders[arn] as JsonObject
        ?? throw LocalServiceException.NoSuchEntity($"SAMLProvider {arn} does not exist.");

    // The metadata document: 1,000 characters at least (IAM's model), SAML metadata, its validUntil or 100 years.
    private static void SetMetadata(RequestContext c, JsonObject provider)
    {
        var document = c.Required("SAMLMetadataDocument");
        if (document.Length < 1000)
            throw LocalServiceException.Validation("1 validation error detected: Value at 'sAMLMetadataDocument' failed to satisfy constraint: Member must have length greater than or equal to 1000");
        var metadata = SamlMetadata.Parse(document);
        provider["_document"] = document;
        provider["_entityId"] = metadata.EntityId;
        provider["ValidUntil"] = IamAccount.Now(metadata.ValidUntil ?? c.Now.AddYears(100));
    }

    private void RegisterOidc()
    {
        _handlers["CreateOpenIDConnectProvider"] = (c, a) =>
        {
            var url = c.Required("Url");
            var arn = OidcArn(a, url);
            if (a.OidcProviders.ContainsKey(arn)) throw LocalServiceException.AlreadyExists($"Provider with url {url} already exists.");
            var provider = new JsonObject
            {
                ["Arn"] = arn, ["Url"] = arn[(arn.IndexOf('/') + 1)..], ["CreateDate"] = IamAccount.Now(c.Now),
                ["ClientIDList"] = new JsonArray(), ["ThumbprintList"] = Thumbprints(c),
            };
            foreach (var id in Strings(c.Input["ClientIDList"])) AddClientId(provider, id);
            IamTags.Merge(provider, c.Input["Tags"] as JsonArray);
            a.OidcProviders[arn] = provider;
            var output = new JsonObject { ["OpenIDConnectProviderArn"] = arn };
            if (provider["Tags"] is JsonArray tags) output["Tags"] = tags.DeepClone();
            return output;
        };
        _handlers["GetOpenIDConnectProvider"] = (c, a) =>
        {
            var p = Oidc(a, c.Required("OpenIDConnectProviderArn"));
            var output = new JsonObject
            {
                ["Url"] = p.Str("Url"), ["ClientIDList"] = p["ClientIDList"]?.DeepClone(), ["ThumbprintList"] = p["ThumbprintList"]?.DeepClone(),
                ["CreateDate"] = p.Str("CreateDate"),
            };
            if (p["Tags"] is JsonArray tags) output["Tags"] = tags.DeepClone();
            return output;
        };
        _handlers["DeleteOpenIDConnectProvider"] = (c, a) =>
        {
            var arn = c.Required("OpenIDConnectProviderArn");
            Oidc(a, arn);
            a.OidcProviders.Remove(arn);
            return [];
        };
        _handlers["ListOpenIDConnectProviders"] = (_, a) => new JsonObject
        {
            ["OpenIDConnectProviderList"] = new JsonArray([.. a.OidcProviders.Select(p => (JsonNode?)new JsonObject { ["Arn"] = p.Key })]),
        };
        _handlers["AddClientIDToOpenIDConnectProvider"] = (c, a) =>
        {
            AddClientId(Oidc(a, c.Required("OpenIDConnectProviderArn")), c.Required("ClientID"));
            return [];
        };
        _handlers["RemoveClientIDFromOpenIDConnectProvider"] = (c, a) =>
        {
            var ids = Oidc(a, c.Required("OpenIDConnectProviderArn")).Arr("ClientIDList");
            var id = c.Required("ClientID");
            // Removing an id the provider does not have succeeds, as IAM documents.
            for (var i = ids.Count - 1; i >= 0; i--)
                if (ids[i]?.ToString() == id) ids.RemoveAt(i);
            return [];
        };
        _handlers["UpdateOpenIDConnectProviderThumbprint"] = (c, a) =>
        {
            Oidc(a, c.Required("OpenIDConnectProviderArn"))["ThumbprintList"] = Thumbprints(c);
            return [];
        };
        _handlers["TagOpenIDConnectProvider"] = (c, a) =>
        {
            IamTags.Merge(Oidc(a, c.Required("OpenIDConnectProviderArn")), c.Input["Tags"] as JsonArray);
            return [];
        };
        _handlers["UntagOpenIDConnectProvider"] = (c, a) =>
        {
            IamTags.Remove(Oidc(a, c.Required("OpenIDConnectProviderArn")), c.Input["TagKeys"] as JsonArray);
            return [];
        };
        _handlers["ListOpenIDConnectProviderTags"] = (c, a) => IamTags.List(c, Oidc(a, c.Required("OpenIDConnectProviderArn")));
        _targets["CreateOpenIDConnectProvider"] = (c, a) => new([c.Str("Url") is { } url ? OidcArn(a, url) : "*"]);
        foreach (var op in new[]
                 {
                     "GetOpenIDConnectProvider", "DeleteOpenIDConnectProvider", "AddClientIDToOpenIDConnectProvider",
                     "RemoveClientIDFromOpenIDConnectProvider", "UpdateOpenIDConnectProviderThumbprint", "TagOpenIDConnectProvider",
                     "UntagOpenIDConnectProvider", "ListOpenIDConnectProviderTags",
                 })
            _targets[op] = (c, _) => new([c.Str("OpenIDConnectProviderArn") ?? "*"]);
    }

    /// <summary>arn:aws:iam::ACCOUNT:oidc-provider/HOST/PATH for an https issuer URL; InvalidInput otherwise.</summary>
    public static string OidcArn(IamAccount a, string url) => $"arn:aws:iam::{a.AccountId}:oidc-provider/{OidcIssuer(url)}";

    /// <summary>An issuer URL without its scheme and trailing slash (what IAM stores as the provider's Url).</summary>
    public static string OidcIssuer(string url)
    {
        if (url.Length > 255 || !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0)
            throw LocalServiceException.InvalidInput("Invalid Open ID Connect Provider URL");
        var rest = url["https://".Length..].TrimEnd('/');
        var slash = rest.IndexOf('/');
        // Host names are case-insensitive; the path is kept as given.
        return slash < 0 ? rest.ToLowerInvariant() : rest[..slash].ToLowerInvariant() + rest[slash..];
    }

    private static JsonObject Oidc(IamAccount a, string arn) => a.OidcProviders[arn] as JsonObject
        ?? throw LocalServiceException.NoSuchEntity($"OpenIDConnect Provider not found for arn {arn}");

    private static JsonArray Thumbprints(RequestContext c)
    {
        var list = Strings(c.Input["ThumbprintList"]);
        if (list.Count > MaxThumbprints) throw LocalServiceException.InvalidInput($"Thumbprint list must contain fewer than {MaxThumbprints} entries.");
        foreach (var t in list)
        {
            if (t.Length != 40)
                throw LocalServiceException.Validation($"1 validation error detected: Value '[{string.Join(", ", list)}]' at 'thumbprintList' failed to satisfy constraint: Member must satisfy constraint: [Member must have length less than or equal to 40, Member must have length greater than or equal to 40]");
            if (!ThumbprintPattern().IsMatch(t)) throw LocalServiceException.InvalidInput($"Thumbprint {t} is not a hex-encoded SHA-1 fingerprint.");
        }
        return new JsonArray([.. list.Select(t => (JsonNode?)t)]);
    }

    private static void AddClientId(JsonObject provider, string id)
    {
        if (id.Length is 0 or > 255)
            throw LocalServiceException.Validation($"1 validation error detected: Value '{id}' at 'clientID' failed to satisfy constraint: Member must have length between 1 and 255");
        var ids = provider.Arr("ClientIDList");
        if (ids.Any(i => i?.ToString() == id)) return;
        if (ids.Count >= MaxClientIds) throw LocalServiceException.LimitExceeded($"Cannot exceed quota for ClientIdsPerOpenIdConnectProvider: {MaxClientIds}");
        ids.Add((JsonNode?)id);
    }

    private static List<string> Strings(JsonNode? node) => node is JsonArray list ? [.. list.Select(n => n?.ToString() ?? "")] : [];
}
