using System.Globalization;
using System.Text.Json.Nodes;
using Aws.Local.Auth;
using Aws.Local.Host;
using Aws.Local.Services.Iam;
using Aws.Local.Storage;

namespace Aws.Local.Services.Sts;

/// <summary>
/// AssumeRoleWithWebIdentity, called without credentials. The OIDC ID token must come from a provider registered in
/// the role's account (its iss is the provider URL), name one of the provider's client ids in aud, and be unexpired.
/// The trust policy is then evaluated for a caller whose "Federated" principal is the provider ARN, with the
/// &lt;provider&gt;:aud / :sub / :oaud / :amr condition keys.
/// <para>
/// Signature: a local cloud cannot fetch the issuer's JWKS over the network, so the signature is verified only when
/// the provider carries the local tag <see cref="JwksFileTag"/> whose value is the path of a JWKS JSON file on this
/// machine (the token must then be RS256/384/512-signed by one of its keys). Without that tag the signature is not
/// checked: the local cloud trusts whoever can reach it, as it does for SAML assertions.
/// </para>
/// </summary>
public sealed partial class StsService
{
    /// <summary>Tag on an OIDC provider naming a local JWKS file to verify token signatures with.</summary>
    public const string JwksFileTag = "local:jwks-file";

    private sealed record VerifiedWebIdentity(WebIdentityToken Token, string ProviderArn, string IssuerKey, string Audience);

    private static AuthorizationTarget WebIdentityTarget(RequestContext c, JsonObject state)
    {
        var roleArn = c.Required("RoleArn");
        var (account, _) = ParseRoleArn(roleArn);
        var identity = VerifyWebIdentity(c, state, account);
        var token = identity.Token;
        var keys = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase)
        {
            [identity.IssuerKey + ":aud"] = [token.AuthorizedParty ?? identity.Audience],
            [identity.IssuerKey + ":sub"] = [token.Subject],
        };
        if (token.AuthorizedParty is not null) keys[identity.IssuerKey + ":oaud"] = token.Audiences;
        if (token.AuthenticationMethods.Count > 0) keys[identity.IssuerKey + ":amr"] = token.AuthenticationMethods;
        var caller = FederatedCaller(account, identity.ProviderArn, token.Subject);
        return TrustTarget(c, state, roleArn, keys, caller);
    }

    private static JsonObject AssumeRoleWithWebIdentity(RequestContext c, JsonObject state)
    {
        var roleArn = c.Required("RoleArn");
        var (account, roleName) = ParseRoleArn(roleArn);
        var role = state["accounts"]?[account]?["roles"]?[roleName] as JsonObject
            ?? throw LocalServiceException.AccessDenied("Not authorized to perform sts:AssumeRoleWithWebIdentity");
        var identity = VerifyWebIdentity(c, state, account);
        var output = RoleSession(c, state, account, role, c.Required("RoleSessionName"), chained: false, mfa: false, [],
            c.Long("DurationSeconds"), s => s["federatedProvider"] = identity.ProviderArn);
        output["SubjectFromWebIdentityToken"] = identity.Token.Subject;
        output["Provider"] = identity.Token.Issuer;
        output["Audience"] = identity.Audience;
        return output;
    }

    /// <summary>The bearer of a verified token or assertion as the trust policy sees it.</summary>
    private static Principal FederatedCaller(string account, string providerArn, string subject) => new()
    {
        Kind = PrincipalKind.WebIdentity, AccountId = account, Arn = providerArn, PrincipalArn = providerArn, UserId = subject,
        AccessKeyId = "", FederatedProvider = providerArn,
    };

    private static VerifiedWebIdentity VerifyWebIdentity(RequestContext c, JsonObject state, string account)
    {
        var raw = c.Required("WebIdentityToken");
        if (raw.Length is < 4 or > 20000)
            throw LocalServiceException.Validation("1 validation error detected: Value at 'webIdentityToken' failed to satisfy constraint: Member must have length between 4 and 20000");
        var token = WebIdentityToken.Parse(raw);
        var issuer = token.Issuer;
        string issuerKey;
        try
        {
            issuerKey = IamService.OidcIssuer(issuer);
        }
        catch (LocalServiceException)
        {
            throw WebIdentityToken.Invalid($"No OpenIDConnect provider found in your account for {issuer}");
        }
        var providerArn = $"arn:aws:iam::{account}:oidc-provider/{issuerKey}";
        var provider = state["accounts"]?[account]?["oidcProviders"]?[providerArn] as JsonObject
            ?? throw WebIdentityToken.Invalid($"No OpenIDConnect provider found in your account for {issuer}");
        var clientIds = (provider["ClientIDList"] as JsonArray ?? []).Select(n => n?.ToString()).ToHashSet(StringComparer.Ordinal);
        var audience = token.Audiences.FirstOrDefault(clientIds.Contains) ?? throw WebIdentityToken.Invalid("Incorrect token audience");
        if (token.Expires is not { } expires) throw WebIdentityToken.Invalid("The web identity token has no exp claim.");
        if (expires <= c.Now)
            throw new LocalServiceException("ExpiredTokenException",
                $"Token expired: current date/time {Unix(c.Now)} must be before the expiration date/time {Unix(expires)}");
        if (token.NotBefore is { } notBefore && notBefore > c.Now.AddMinutes(5))
            throw WebIdentityToken.Invalid("The web identity token is not valid yet (nbf).");
        if (Jwks(provider) is { } jwks && !token.VerifySignature(jwks))
            throw WebIdentityToken.Invalid("The web identity token's signature does not verify with the provider's keys.");
        _ = token.Subject;
        return new VerifiedWebIdentity(token, providerArn, issuerKey, audience);
    }

    private static string Unix(DateTimeOffset t) => t.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    // The JWKS file a provider's local tag names, or null when it has none.
    private static JsonObject? Jwks(JsonObject provider)
    {
        var path = (provider["Tags"] as JsonArray ?? []).OfType<JsonObject>()
            .FirstOrDefault(t => t["Key"]?.ToString() == JwksFileTag)?["Value"]?.ToString();
        if (path is null) return null;
        try
        {
            return JsonNode.Parse(File.ReadAllText(path)) as JsonObject
                ?? throw WebIdentityToken.Invalid($"The JWKS file {path} registered for the provider is not a JSON object.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            throw WebIdentityToken.Invalid($"The JWKS file {path} registered for the provider cannot be read.");
        }
    }

    /// <summary>The role's trust policy as the resource policy of an assume-role call (empty when the role is missing).</summary>
    private static AuthorizationTarget TrustTarget(RequestContext c, JsonObject state, string roleArn,
        Dictionary<string, IReadOnlyList<string>> keys, Principal? caller = null)
    {
        var (account, roleName) = ParseRoleArn(roleArn);
        var role = state["accounts"]?[account]?["roles"]?[roleName] as JsonObject;
        if (c.Str("RoleSessionName") is { } session) keys["sts:RoleSessionName"] = [session];
        if (c.Input["Tags"] is JsonArray tags)
        {
            keys["aws:TagKeys"] = [.. tags.Select(t => t?["Key"]?.ToString() ?? "")];
            foreach (var t in tags) keys["aws:RequestTag/" + t?["Key"]] = [t?["Value"]?.ToString() ?? ""];
        }
        // With no role (or an unreadable trust policy) nothing can allow the call.
        var trust = role?.Str("_trust") is { } json && PolicyDocument.Parse(json) is { } doc
            ? new PolicyDocument("resource", roleArn, doc) : new PolicyDocument("resource", roleArn, new JsonObject());
        return new AuthorizationTarget([roleArn]) { ResourcePolicy = trust, ResourceAccountId = account, ContextKeys = keys, Caller = caller };
    }
}
