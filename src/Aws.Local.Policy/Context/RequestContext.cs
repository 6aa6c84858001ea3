using System.Globalization;

namespace Aws.Local.Policy.Context;

/// <summary>
/// Everything a policy can look at for one request: caller, action, resource and the condition context.
/// <see cref="BuildKeys"/> derives the global keys; <see cref="Keys"/> entries are added last and win, so service
/// keys (s3:prefix, ec2:ResourceTag/x) and overrides go there.
/// </summary>
public sealed class RequestContext
{
    /// <summary>The caller; null means anonymous.</summary>
    public PrincipalInfo? Principal { get; init; }

    /// <summary>"service:Action", e.g. "s3:GetObject".</summary>
    public required string Action { get; init; }

    /// <summary>The resource ARN, or "*" for actions without a resource.</summary>
    public string Resource { get; init; } = "*";

    /// <summary>
    /// The account that owns the resource. Null means "same as the caller" (no cross-account rules); the host
    /// sets it for resources with resource-based policies (buckets, roles) so cross-account rules apply.
    /// </summary>
    public string? ResourceAccount { get; init; }

    public string? RequestedRegion { get; init; }
    public string? SourceIp { get; init; }
    public DateTimeOffset? CurrentTime { get; init; }
    public bool? SecureTransport { get; init; }
    public bool? MultiFactorAuthPresent { get; init; }
    public long? MultiFactorAuthAgeSeconds { get; init; }
    public DateTimeOffset? TokenIssueTime { get; init; }

    /// <summary>Tags sent with the request: aws:RequestTag/key and aws:TagKeys.</summary>
    public IReadOnlyDictionary<string, string>? RequestTags { get; init; }

    /// <summary>Extra or overriding context keys (service-specific keys, anything else).</summary>
    public ContextKeyMap Keys { get; init; } = new();

    /// <summary>The effective condition context for this request.</summary>
    public ContextKeyMap BuildKeys()
    {
        var map = new ContextKeyMap();
        if (Principal is { } p)
            AddPrincipalKeys(map, p);
        if (RequestedRegion is not null)
            map.Set(ContextKeys.RequestedRegion, RequestedRegion);
        if (SourceIp is not null)
            map.Set(ContextKeys.SourceIp, SourceIp);
        if (CurrentTime is { } now)
        {
            map.Set(ContextKeys.CurrentTime, Iso8601(now));
            map.Set(ContextKeys.EpochTime, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        }
        if (SecureTransport is { } secure)
            map.Set(ContextKeys.SecureTransport, secure ? "true" : "false");
        if (MultiFactorAuthPresent is { } mfa)
            map.Set(ContextKeys.MultiFactorAuthPresent, mfa ? "true" : "false");
        if (MultiFactorAuthAgeSeconds is { } age)
            map.Set(ContextKeys.MultiFactorAuthAge, age.ToString(CultureInfo.InvariantCulture));
        if (TokenIssueTime is { } issued)
            map.Set(ContextKeys.TokenIssueTime, Iso8601(issued));
        if (RequestTags is { } tags)
        {
            foreach (var (k, v) in tags)
                map.Set(ContextKeys.RequestTagPrefix + k, v);
            map.Set(ContextKeys.TagKeys, [.. tags.Keys]);
        }
        if (ResourceAccount is not null)
            map.Set(ContextKeys.ResourceAccount, ResourceAccount);
        foreach (var key in Keys.Keys)
        {
            Keys.TryGetValues(key, out var values);
            map.Set(key, values);
        }
        return map;
    }

    private static string Iso8601(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void AddPrincipalKeys(ContextKeyMap map, PrincipalInfo p)
    {
        if (p.Type == PrincipalType.Anonymous)
            return;
        if (p.Type == PrincipalType.Service)
        {
            map.Set(ContextKeys.PrincipalServiceName, p.ServiceName ?? p.Arn);
            return;
        }
        map.Set(ContextKeys.PrincipalArn, p.PrincipalArn);
        map.Set(ContextKeys.PrincipalAccount, p.AccountId);
        map.Set(ContextKeys.PrincipalType, p.PrincipalTypeName);
        if (p.UserId is not null)
            map.Set(ContextKeys.UserId, p.UserId);
        if (p.Type == PrincipalType.User && p.UserName is not null)
            map.Set(ContextKeys.UserName, p.UserName);
        if (p.FederatedProvider is not null)
            map.Set(ContextKeys.FederatedProvider, p.FederatedProvider);
        foreach (var (k, v) in p.Tags)
            map.Set(ContextKeys.PrincipalTagPrefix + k, v);
    }
}
