using System.Text.Json.Nodes;
using Aws.Local.Auth;
using Aws.Local.Host;

namespace Aws.Local.Services.Sts;

/// <summary>
/// GetFederationToken: an IAM user's long-term credentials buy a federated-user session whose permissions are the
/// intersection of the user's policies and the session policy (none given: no permissions), as AWS documents.
/// </summary>
public sealed partial class StsService
{
    private static JsonObject GetFederationToken(RequestContext c, JsonObject state)
    {
        var p = c.Principal;
        if (p.IsTemporary) throw LocalServiceException.AccessDenied("Cannot call GetFederationToken with session credentials");
        var name = c.Required("Name");
        if (name.Length is < 2 or > 32)
            throw LocalServiceException.Validation($"1 validation error detected: Value '{name}' at 'name' failed to satisfy constraint: Member must have length between 2 and 32");
        CheckSessionName(name, "name");
        // The root user's federation sessions last at most an hour.
        var maxSeconds = p.Kind == PrincipalKind.Root ? 3600 : 129600;
        var duration = c.Long("DurationSeconds") ?? Math.Min(43200, maxSeconds);
        if (duration < 900 || duration > maxSeconds)
            throw LocalServiceException.Validation($"1 validation error detected: Value '{duration}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and {maxSeconds}");
        var tags = new JsonObject();
        if (c.Input["Tags"] is JsonArray requestTags)
        {
            if (requestTags.Count > 50) throw LocalServiceException.Validation("Tags exceed the limit of 50.");
            foreach (var t in requestTags) tags[t?["Key"]?.ToString() ?? ""] = t?["Value"]?.ToString() ?? "";
        }
        var policy = SessionPolicy(c);
        var session = new JsonObject
        {
            ["kind"] = "federated-user", ["account"] = p.AccountId, ["federatedName"] = name, ["userName"] = p.UserName,
            ["userArn"] = p.Arn, ["userId"] = p.UserId, ["mfa"] = false, ["tags"] = tags, ["sessionPolicy"] = policy,
        };
        SessionPolicyArns(c, session);
        var output = new JsonObject
        {
            ["Credentials"] = Issue(c, state, session, duration),
            ["FederatedUser"] = new JsonObject
            {
                ["FederatedUserId"] = $"{p.AccountId}:{name}", ["Arn"] = $"arn:aws:sts::{p.AccountId}:federated-user/{name}",
            },
        };
        if (policy is not null) output["PackedPolicySize"] = PackedPolicySize(policy);
        return output;
    }
}
