using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Aws.Local.Host;
using Aws.Local.Storage;

namespace Aws.Local.Services.Sts;

/// <summary>
/// AssumeRoleWithSAML, called without credentials. The assertion's issuer must be the entityID of the SAML provider
/// named by PrincipalArn (which must exist and be unexpired), its audience AWS's sign-in endpoint, its validity window
/// current, and its Role attribute must pair RoleArn with PrincipalArn. The trust policy is evaluated for the
/// provider as "Federated" principal with saml:aud, saml:iss, saml:sub, saml:sub_type and saml:namequalifier.
/// <para>
/// The assertion's XML signature is not verified: .NET's SignedXml is not trim/AOT-safe, and the local cloud already
/// trusts whoever can reach it. Issuer, audience, time window and the Role attribute are all enforced.
/// </para>
/// </summary>
public sealed partial class StsService
{
    private static readonly string[] SamlAudiences = ["https://signin.aws.amazon.com/saml", "urn:amazon:webservices"];

    private sealed record VerifiedSaml(SamlAssertion Assertion, string ProviderArn, string SessionName, string NameQualifier, long? SessionDuration);

    private static AuthorizationTarget SamlTarget(RequestContext c, JsonObject state)
    {
        var roleArn = c.Required("RoleArn");
        var (account, _) = ParseRoleArn(roleArn);
        var saml = VerifySaml(c, state);
        var a = saml.Assertion;
        var keys = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["saml:aud"] = [a.Recipient ?? SamlAudiences[0]], ["saml:iss"] = [a.Issuer], ["saml:sub"] = [a.Subject],
            ["saml:sub_type"] = [a.SubjectType], ["saml:namequalifier"] = [saml.NameQualifier],
        };
        // Plain-named attributes (eduPersonAffiliation, ...) are condition keys too, lower-cased as IAM names them.
        foreach (var (name, values) in a.Attributes)
            if (!name.Contains(':', StringComparison.Ordinal) && !name.Contains('/', StringComparison.Ordinal))
                keys["saml:" + name.ToLowerInvariant()] = values;
        return TrustTarget(c, state, roleArn, keys, FederatedCaller(account, saml.ProviderArn, a.Subject));
    }

    private static JsonObject AssumeRoleWithSaml(RequestContext c, JsonObject state)
    {
        var roleArn = c.Required("RoleArn");
        var (account, roleName) = ParseRoleArn(roleArn);
        var role = state["accounts"]?[account]?["roles"]?[roleName] as JsonObject
            ?? throw LocalServiceException.AccessDenied("Not authorized to perform sts:AssumeRoleWithSAML");
        var saml = VerifySaml(c, state);
        var output = RoleSession(c, state, account, role, saml.SessionName, chained: false, mfa: false, [],
            c.Long("DurationSeconds") ?? saml.SessionDuration, s => s["federatedProvider"] = saml.ProviderArn);
        var a = saml.Assertion;
        output["Subject"] = a.Subject;
        output["SubjectType"] = a.SubjectType;
        output["Issuer"] = a.Issuer;
        output["Audience"] = a.Recipient ?? SamlAudiences[0];
        output["NameQualifier"] = saml.NameQualifier;
        return output;
    }

    private static VerifiedSaml VerifySaml(RequestContext c, JsonObject state)
    {
        var roleArn = c.Required("RoleArn");
        var providerArn = c.Required("PrincipalArn");
        var raw = c.Required("SAMLAssertion");
        if (raw.Length is < 4 or > 100000)
            throw LocalServiceException.Validation("1 validation error detected: Value at 'sAMLAssertion' failed to satisfy constraint: Member must have length between 4 and 100000");
        var parts = providerArn.Split(':', 6);
        if (parts.Length != 6 || parts[2] != "iam" || !parts[5].StartsWith("saml-provider/", StringComparison.Ordinal))
            throw LocalServiceException.Validation($"{providerArn} is invalid");
        var provider = state["accounts"]?[parts[4]]?["samlProviders"]?[providerArn] as JsonObject
            ?? throw SamlAssertion.Invalid($"SAML provider {providerArn} does not exist.");
        var assertion = SamlAssertion.Parse(raw);
        if (assertion.Issuer != provider.Str("_entityId"))
            throw SamlAssertion.Invalid("Issuer of the SAML assertion does not match the entityID in the provider's metadata.");
        if (DateTimeOffset.Parse(provider.Str("ValidUntil")!, System.Globalization.CultureInfo.InvariantCulture) <= c.Now)
            throw SamlAssertion.Invalid("The SAML provider's metadata has expired (ValidUntil).");
        if (!assertion.Audiences.Any(IsAwsAudience))
            throw SamlAssertion.Invalid("The SAML assertion's audience must be https://signin.aws.amazon.com/saml.");
        if (assertion.NotOnOrAfter is { } end && end <= c.Now)
            throw new LocalServiceException("ExpiredTokenException", "Response is expired: the SAML assertion's NotOnOrAfter has passed.");
        if (assertion.NotBefore is { } start && start > c.Now.AddMinutes(5))
            throw SamlAssertion.Invalid("The SAML assertion is not valid yet (NotBefore).");
        if (!assertion.Attribute(SamlAssertion.RoleAttribute).Any(v => PairsRole(v, roleArn, providerArn)))
            throw LocalServiceException.AccessDenied("Not authorized to perform sts:AssumeRoleWithSAML");
        var sessionName = assertion.Attribute(SamlAssertion.RoleSessionNameAttribute).FirstOrDefault()
            ?? throw SamlAssertion.Invalid("RoleSessionName is required in AuthnResponse");
        long? duration = long.TryParse(assertion.Attribute(SamlAssertion.SessionDurationAttribute).FirstOrDefault(),
            System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;
        var providerName = parts[5]["saml-provider/".Length..];
        var qualifier = Convert.ToBase64String(SHA1.HashData(Encoding.UTF8.GetBytes(assertion.Issuer + parts[4] + "/" + providerName)));
        return new VerifiedSaml(assertion, providerArn, sessionName, qualifier, duration);
    }

    // https://signin.aws.amazon.com/saml, its regional forms (https://REGION.signin.aws.amazon.com/saml), or urn:amazon:webservices.
    private static bool IsAwsAudience(string audience) =>
        SamlAudiences.Contains(audience)
        || (audience.StartsWith("https://", StringComparison.Ordinal) && audience.EndsWith(".signin.aws.amazon.com/saml", StringComparison.Ordinal));

    // A Role attribute value is "roleArn,providerArn" in either order.
    private static bool PairsRole(string value, string roleArn, string providerArn)
    {
        var pair = value.Split(',', StringSplitOptions.TrimEntries);
        return pair.Length == 2 && ((pair[0] == roleArn && pair[1] == providerArn) || (pair[1] == roleArn && pair[0] == providerArn));
    }
}
