using System.Text.Json.Nodes;
using Aws.Core.Model;
using Aws.Local.Auth;
using Aws.Local.Host;
using Aws.Local.Services.Iam;
using Aws.Local.Storage;

namespace Aws.Local.Services.Sts;

/// <summary>
/// STS: GetCallerIdentity, GetSessionToken (optionally with a virtual MFA code), AssumeRole (trust policy through
/// the authorizer, external id, MFA, duration limits, session tags and policy, role chaining), GetAccessKeyInfo,
/// GetFederationToken, and the unsigned AssumeRoleWithWebIdentity and AssumeRoleWithSAML (StsService.*.cs).
/// Temporary credentials live in the state's session table until they expire.
/// </summary>
public sealed partial class StsService : ILocalService
{
    public StsService() =>
        Model = new ServiceModel("sts", ModelBundle.Embedded.Open("sts") ?? throw new InvalidOperationException("No sts model."));

    public string SigningName => "sts";
    public ServiceModel Model { get; }

    public bool IsReadOnly(string operation) => operation is "GetCallerIdentity" or "GetAccessKeyInfo";

    public AuthorizationTarget Target(RequestContext c, JsonObject state)
    {
        switch (c.Operation.Name)
        {
            case "GetCallerIdentity":
                return new AuthorizationTarget(["*"]) { Unauthorized = true };
            case "GetSessionToken":
                return new AuthorizationTarget(["*"]) { AllowedUnlessDenied = true };
            case "AssumeRole":
                var keys = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
                if (c.Str("ExternalId") is { } externalId) keys["sts:ExternalId"] = [externalId];
                // An MFA code given with the call counts for the trust policy's aws:MultiFactorAuth* conditions.
                if (c.Str("SerialNumber") is not null && CheckMfa(c, state, c.Principal.UserName))
                {
                    keys["aws:MultiFactorAuthPresent"] = ["true"];
                    keys["aws:MultiFactorAuthAge"] = ["0"];
                }
                return TrustTarget(c, state, c.Required("RoleArn"), keys);
            case "GetFederationToken":
                return new AuthorizationTarget([$"arn:aws:sts::{c.AccountId}:federated-user/{c.Str("Name")}"]);
            case "AssumeRoleWithWebIdentity":
                return WebIdentityTarget(c, state);
            case "AssumeRoleWithSAML":
                return SamlTarget(c, state);
            default:
                return AuthorizationTarget.Any;
        }
    }

    public JsonObject Handle(RequestContext c, JsonObject state) => c.Operation.Name switch
    {
        "GetCallerIdentity" => new JsonObject
        {
            ["UserId"] = c.Principal.UserId, ["Account"] = c.AccountId, ["Arn"] = c.Principal.Arn,
        },
        "GetAccessKeyInfo" => new JsonObject { ["Account"] = KeyAccount(state, c.Required("AccessKeyId")) ?? c.AccountId },
        "GetSessionToken" => GetSessionToken(c, state),
        "AssumeRole" => AssumeRole(c, state),
        "GetFederationToken" => GetFederationToken(c, state),
        "AssumeRoleWithWebIdentity" => AssumeRoleWithWebIdentity(c, state),
        "AssumeRoleWithSAML" => AssumeRoleWithSaml(c, state),
        _ => throw new LocalServiceException("NotImplemented", $"The local cloud does not implement sts {c.Operation.Name} yet.", 501),
    };

    private static string? KeyAccount(JsonObject state, string keyId) =>
        state["accessKeys"]?[keyId].Str("account") ?? state["sessions"]?[keyId].Str("account");

    private static JsonObject GetSessionToken(RequestContext c, JsonObject state)
    {
        var p = c.Principal;
        if (p.IsTemporary) throw LocalServiceException.AccessDenied("Cannot call GetSessionToken with session credentials");
        var maxSeconds = p.Kind == PrincipalKind.Root ? 3600 : 129600;
        var duration = c.Long("DurationSeconds") ?? Math.Min(43200, maxSeconds);
        if (duration < 900 || duration > maxSeconds)
            throw LocalServiceException.Validation($"1 validation error detected: Value '{duration}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and {maxSeconds}");
        var mfa = CheckMfa(c, state, p.UserName);
        var session = new JsonObject
        {
            ["kind"] = p.Kind == PrincipalKind.Root ? "root-session" : "session",
            ["userName"] = p.UserName, ["userArn"] = p.Arn, ["userId"] = p.UserId, ["mfa"] = mfa,
        };
        return new JsonObject { ["Credentials"] = Issue(c, state, session, duration) };
    }

    private static JsonObject AssumeRole(RequestContext c, JsonObject state)
    {
        var roleArn = c.Required("RoleArn");
        var (account, roleName) = ParseRoleArn(roleArn);
        var role = state["accounts"]?[account]?["roles"]?[roleName] as JsonObject
            ?? throw LocalServiceException.AccessDenied($"User: {c.Principal.Arn} is not authorized to perform: sts:AssumeRole on resource: {roleArn}");
        var chained = c.Principal.Kind == PrincipalKind.AssumedRole;
        var mfa = CheckMfa(c, state, c.Principal.UserName) || c.Principal.MfaAuthenticated;
        var tags = new JsonObject();
        if (chained) foreach (var (k, v) in c.Principal.SessionTags) tags[k] = v;
        var output = RoleSession(c, state, account, role, c.Required("RoleSessionName"), chained, mfa, tags, c.Long("DurationSeconds"));
        if (c.Str("SourceIdentity") is { } source) output["SourceIdentity"] = source;
        return output;
    }

    /// <summary>
    /// Issues a role session (AssumeRole and its web-identity and SAML variants): duration within the role's
    /// MaxSessionDuration (an hour when chained), request session tags over inherited ones, the session policies.
    /// </summary>
    private static JsonObject RoleSession(RequestContext c, JsonObject state, string account, JsonObject role, string sessionName,
        bool chained, bool mfa, JsonObject tags, long? durationSeconds, Action<JsonObject>? decorate = null)
    {
        CheckSessionName(sessionName, "roleSessionName");
        var roleName = role.Str("RoleName")!;
        var maxSession = role["MaxSessionDuration"]?.GetValue<long>() ?? 3600;
        var duration = durationSeconds ?? 3600;
        if (chained && duration > 3600)
            throw LocalServiceException.Validation("The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.");
        if (duration < 900 || duration > maxSession)
            throw LocalServiceException.Validation($"The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
        if (c.Input["Tags"] is JsonArray requestTags)
        {
            if (requestTags.Count > 50) throw LocalServiceException.Validation("Tags exceed the limit of 50.");
            foreach (var t in requestTags) tags[t?["Key"]?.ToString() ?? ""] = t?["Value"]?.ToString() ?? "";
        }
        var policy = SessionPolicy(c);
        var session = new JsonObject
        {
            ["kind"] = "assumed-role", ["account"] = account, ["roleName"] = roleName, ["roleArn"] = role.Str("Arn"),
            ["roleId"] = role.Str("RoleId"), ["sessionName"] = sessionName, ["mfa"] = mfa, ["tags"] = tags,
            ["sessionPolicy"] = policy,
        };
        SessionPolicyArns(c, session);
        decorate?.Invoke(session);
        var output = new JsonObject
        {
            ["Credentials"] = Issue(c, state, session, duration),
            ["AssumedRoleUser"] = new JsonObject
            {
                ["AssumedRoleId"] = $"{role.Str("RoleId")}:{sessionName}",
                ["Arn"] = $"arn:aws:sts::{account}:assumed-role/{roleName}/{sessionName}",
            },
        };
        if (policy is not null) output["PackedPolicySize"] = PackedPolicySize(policy);
        return output;
    }

    // The session policy (validated like any identity policy), if given.
    private static string? SessionPolicy(RequestContext c)
    {
        var policy = c.Str("Policy");
        if (policy is not null) IamAccount.ValidatePolicy(policy);
        return policy;
    }

    private static void SessionPolicyArns(RequestContext c, JsonObject session)
    {
        if (c.Input["PolicyArns"] is JsonArray policyArns && policyArns.Count > 0)
            session["sessionPolicyArns"] = new JsonArray([.. policyArns.Select(p => (JsonNode?)(p?["arn"]?.ToString() ?? ""))]);
    }

    // The percentage of the packed session policy limit used (AWS packs policies and tags; length is a fair stand-in).
    private static int PackedPolicySize(string policy) => Math.Min(100, policy.Length * 100 / 2048);

    private static void CheckSessionName(string name, string member)
    {
        if (name.Length is < 2 or > 64)
            throw LocalServiceException.Validation($"1 validation error detected: Value '{name}' at '{member}' failed to satisfy constraint: Member must have length between 2 and 64");
        if (!name.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '_' or '+' or '=' or ',' or '.' or '@' or '-'))
            throw LocalServiceException.Validation($"1 validation error detected: Value '{name}' at '{member}' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*");
    }

    /// <summary>Verifies SerialNumber/TokenCode when given: the device must be the user's and the code current.</summary>
    private static bool CheckMfa(RequestContext c, JsonObject state, string? userName)
    {
        var serial = c.Str("SerialNumber");
        var code = c.Str("TokenCode");
        if (serial is null && code is null) return false;
        var invalid = LocalServiceException.AccessDenied("MultiFactorAuthentication failed with invalid MFA one time pass code. ");
        if (serial is null || code is null) throw invalid;
        var device = state["accounts"]?[c.AccountId]?["mfaDevices"]?[serial] as JsonObject;
        if (device is null || device.Str("_user") is not { } owner || owner != userName) throw invalid;
        if (Totp.Match(Totp.FromBase32(device.Str("_seed")!), code, c.Now) is null) throw invalid;
        return true;
    }

    private static JsonObject Issue(RequestContext c, JsonObject state, JsonObject session, long durationSeconds)
    {
        var sessions = state.Obj("sessions");
        Prune(sessions, c.Now);
        var id = Ids.TemporaryAccessKeyId();
        var secret = Ids.SecretAccessKey();
        var token = Ids.SessionToken();
        var expiration = IamAccount.Now(c.Now.AddSeconds(durationSeconds));
        if (session["account"] is null) session["account"] = c.AccountId;
        session["secret"] = secret;
        session["token"] = token;
        session["issued"] = IamAccount.Now(c.Now);
        session["expiration"] = expiration;
        sessions[id] = session;
        return new JsonObject
        {
            ["AccessKeyId"] = id, ["SecretAccessKey"] = secret, ["SessionToken"] = token, ["Expiration"] = expiration,
        };
    }

    // Expired sessions are answered with ExpiredToken for a day, then forgotten.
    private static void Prune(JsonObject sessions, DateTimeOffset now)
    {
        var cutoff = now.AddDays(-1);
        foreach (var key in sessions.Where(s => DateTimeOffset.Parse(s.Value.Str("expiration")!, System.Globalization.CultureInfo.InvariantCulture) < cutoff)
                     .Select(s => s.Key).ToList())
            sessions.Remove(key);
    }

    private static (string Account, string RoleName) ParseRoleArn(string arn)
    {
        // arn:aws:iam::123456789012:role/path/name
        var parts = arn.Split(':', 6);
        if (parts.Length != 6 || parts[0] != "arn" || parts[2] != "iam" || !parts[5].StartsWith("role/", StringComparison.Ordinal))
            throw LocalServiceException.Validation($"{arn} is invalid");
        return (parts[4], parts[5][(parts[5].LastIndexOf('/') + 1)..]);
    }
}
