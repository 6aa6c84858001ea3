using System.Globalization;

namespace Aws.Local.Host;

/// <summary>The global condition keys a local request has (aws:username, aws:SourceIp, aws:CurrentTime, ...).</summary>
public static class RequestContextKeys
{
    /// <param name="principalTags">aws:PrincipalTag values (entity tags and session tags); session tags when null.</param>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Build(RequestContext context,
        IReadOnlyDictionary<string, IReadOnlyList<string>> serviceKeys, IReadOnlyDictionary<string, string>? principalTags = null)
    {
        var p = context.Principal;
        var keys = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["aws:userid"] = [p.UserId],
            ["aws:PrincipalArn"] = [p.PrincipalArn],
            ["aws:PrincipalAccount"] = [p.AccountId],
            ["aws:PrincipalType"] = [p.Kind switch
            {
                Auth.PrincipalKind.Root => "Account", Auth.PrincipalKind.User => "User", Auth.PrincipalKind.FederatedUser => "FederatedUser",
                Auth.PrincipalKind.WebIdentity => "WebIdentityUser", Auth.PrincipalKind.Anonymous => "Anonymous", _ => "AssumedRole",
            }],
            ["aws:RequestedRegion"] = [context.Region],
            ["aws:CurrentTime"] = [context.Now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)],
            ["aws:EpochTime"] = [context.Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)],
            ["aws:SecureTransport"] = [context.IsSecureTransport ? "true" : "false"],
        };
        if (p.Kind == Auth.PrincipalKind.User && p.UserName is { } user) keys["aws:username"] = [user];
        if (p.FederatedProvider is { } provider) keys["aws:FederatedProvider"] = [provider];
        if (context.SourceIp is { } ip) keys["aws:SourceIp"] = [ip];
        if (p.IsTemporary)
        {
            keys["aws:MultiFactorAuthPresent"] = [p.MfaAuthenticated ? "true" : "false"];
            if (p.TokenIssueTime is { } issued)
            {
                keys["aws:TokenIssueTime"] = [issued.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)];
                if (p.MfaAuthenticated)
                    keys["aws:MultiFactorAuthAge"] = [((long)(context.Now - issued).TotalSeconds).ToString(CultureInfo.InvariantCulture)];
            }
        }
        foreach (var (tag, value) in principalTags ?? p.SessionTags) keys["aws:PrincipalTag/" + tag] = [value];
        // Tags sent with the request (CreateUser, TagRole, AssumeRole, ...): aws:RequestTag/* and aws:TagKeys.
        if (context.Input["Tags"] is System.Text.Json.Nodes.JsonArray tags && tags.Count > 0)
        {
            keys["aws:TagKeys"] = [.. tags.Select(t => t?["Key"]?.ToString() ?? "")];
            foreach (var t in tags) keys["aws:RequestTag/" + t?["Key"]] = [t?["Value"]?.ToString() ?? ""];
        }
        foreach (var (key, values) in serviceKeys) keys[key] = values;
        return keys;
    }
}
