namespace Aws.Local.Policy.Context;

/// <summary>
/// The authenticated caller. Build with the factory methods so ARNs and ids follow AWS's formats; the global
/// condition keys (aws:username, aws:userid, aws:PrincipalArn, aws:PrincipalTag/*, ...) are derived from it.
/// </summary>
public sealed class PrincipalInfo
{
    /// <summary>The caller's ARN as STS GetCallerIdentity reports it (session ARN for roles).</summary>
    public required string Arn { get; init; }

    public required string AccountId { get; init; }

    public required PrincipalType Type { get; init; }

    /// <summary>aws:userid: AIDA… for users, "AROA…:session" for role sessions, the account id for root.</summary>
    public string? UserId { get; init; }

    /// <summary>aws:username: present for IAM users only.</summary>
    public string? UserName { get; init; }

    /// <summary>For role sessions: the role ARN (arn:aws:iam::acct:role/path/name), which is aws:PrincipalArn.</summary>
    public string? RoleArn { get; init; }

    /// <summary>For federated users: the ARN of the IAM user that called GetFederationToken.</summary>
    public string? ParentUserArn { get; init; }

    /// <summary>For services: the service principal name (e.g. lambda.amazonaws.com).</summary>
    public string? ServiceName { get; init; }

    /// <summary>For web-identity/SAML sessions: the provider (e.g. cognito-identity.amazonaws.com or a SAML ARN).</summary>
    public string? FederatedProvider { get; init; }

    /// <summary>Principal (user/role and session) tags: aws:PrincipalTag/key.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    public static PrincipalInfo Root(string accountId) => new()
    {
        Arn = $"arn:aws:iam::{accountId}:root",
        AccountId = accountId,
        Type = PrincipalType.Root,
        UserId = accountId,
    };

    /// <param name="path">IAM path such as "/" or "/division/".</param>
    public static PrincipalInfo User(string accountId, string userName, string? userId = null, string path = "/",
        IReadOnlyDictionary<string, string>? tags = null) => new()
        {
            Arn = $"arn:aws:iam::{accountId}:user{path}{userName}",
            AccountId = accountId,
            Type = PrincipalType.User,
            UserName = userName,
            UserId = userId,
            Tags = tags ?? new Dictionary<string, string>(),
        };

    public static PrincipalInfo AssumedRole(string accountId, string roleName, string sessionName,
        string? roleId = null, string path = "/", IReadOnlyDictionary<string, string>? tags = null) => new()
        {
            Arn = $"arn:aws:sts::{accountId}:assumed-role/{roleName}/{sessionName}",
            AccountId = accountId,
            Type = PrincipalType.AssumedRole,
            RoleArn = $"arn:aws:iam::{accountId}:role{path}{roleName}",
            UserId = roleId is null ? null : $"{roleId}:{sessionName}",
            Tags = tags ?? new Dictionary<string, string>(),
        };

    public static PrincipalInfo FederatedUser(string accountId, string name, string parentUserArn) => new()
    {
        Arn = $"arn:aws:sts::{accountId}:federated-user/{name}",
        AccountId = accountId,
        Type = PrincipalType.FederatedUser,
        ParentUserArn = parentUserArn,
        UserId = $"{accountId}:{name}",
    };

    public static PrincipalInfo Service(string serviceName) => new()
    {
        Arn = serviceName,
        AccountId = "",
        Type = PrincipalType.Service,
        ServiceName = serviceName,
    };

    public static PrincipalInfo Anonymous() => new()
    {
        Arn = "anonymous",
        AccountId = "",
        Type = PrincipalType.Anonymous,
        UserId = "anonymous",
    };

    /// <summary>
    /// A principal from its ARN (e.g. a simulator CallerArn): account root, IAM user, role (simulated as its
    /// session), assumed-role session or federated user. Returns null for anything else.
    /// </summary>
    public static PrincipalInfo? FromArn(string arn)
    {
        var parts = arn.Split(':', 6);
        if (parts.Length != 6 || parts[0] != "arn")
            return null;
        var (service, account, resource) = (parts[2], parts[4], parts[5]);
        int slash = resource.IndexOf('/');
        var kind = slash < 0 ? resource : resource[..slash];
        var lastSlash = resource.LastIndexOf('/');
        var name = resource[(lastSlash + 1)..];
        var path = slash < 0 ? "/" : resource[slash..(lastSlash + 1)];
        switch (service, kind)
        {
            case ("iam", "root"):
                return Root(account);
            case ("iam", "user") when slash > 0:
                return User(account, name, path: path);
            case ("iam", "role") when slash > 0:
                return new PrincipalInfo { Arn = arn, AccountId = account, Type = PrincipalType.AssumedRole, RoleArn = arn };
            case ("sts", "assumed-role"):
                var pieces = resource.Split('/');
                return pieces.Length == 3 ? AssumedRole(account, pieces[1], pieces[2]) : null;
            case ("sts", "federated-user") when slash > 0:
                return new PrincipalInfo { Arn = arn, AccountId = account, Type = PrincipalType.FederatedUser };
            default:
                return null;
        }
    }

    /// <summary>aws:PrincipalArn: the role ARN for role sessions, otherwise the caller ARN.</summary>
    public string PrincipalArn => RoleArn ?? Arn;

    /// <summary>aws:PrincipalType value.</summary>
    public string PrincipalTypeName => Type switch
    {
        PrincipalType.Root => "Account",
        PrincipalType.User => "User",
        PrincipalType.AssumedRole => "AssumedRole",
        PrincipalType.FederatedUser => "FederatedUser",
        PrincipalType.Service => "Service",
        _ => "Anonymous",
    };
}
