using System.Text.Json.Nodes;
using Aws.Core.Model;
using Aws.Local.Host;
using Aws.Local.Storage;

namespace Aws.Local.Services.Iam;

/// <summary>IAM over the query protocol: the operations table, and the resource each operation is authorized on.</summary>
public sealed partial class IamService : ILocalService
{
    private delegate JsonObject Handler(RequestContext c, IamAccount a);

    private readonly Dictionary<string, Handler> _handlers;
    // Operations whose resource is not found by the generic rules in Target (providers, certificates, the caller's own user).
    private readonly Dictionary<string, Func<RequestContext, IamAccount, AuthorizationTarget>> _targets = new(StringComparer.Ordinal);

    public IamService()
    {
        Model = new ServiceModel("iam", ModelBundle.Embedded.Open("iam") ?? throw new InvalidOperationException("No iam model."));
        _handlers = new Dictionary<string, Handler>(StringComparer.Ordinal);
        RegisterUsers();
        RegisterGroups();
        RegisterRoles();
        RegisterManagedPolicies();
        RegisterAttachments();
        RegisterInlinePolicies();
        RegisterAccessKeys();
        RegisterInstanceProfiles();
        RegisterMfa();
        RegisterSimulation();
        RegisterPasswords();
        RegisterAccount();
        RegisterProviders();
        RegisterServerCertificates();
        RegisterUserCredentials();
        RegisterAuthorizationDetails();
    }

    public string SigningName => "iam";
    public ServiceModel Model { get; }

    /// <summary>The operations this emulator implements.</summary>
    public IReadOnlyCollection<string> Operations => _handlers.Keys;

    public bool IsReadOnly(string operation) =>
        operation.StartsWith("Get", StringComparison.Ordinal) || operation.StartsWith("List", StringComparison.Ordinal)
        || operation.StartsWith("Simulate", StringComparison.Ordinal);

    public JsonObject Handle(RequestContext context, JsonObject state)
    {
        if (!_handlers.TryGetValue(context.Operation.Name, out var handler))
            throw new LocalServiceException("NotImplemented", $"The local cloud does not implement iam {context.Operation.Name} yet.", 501);
        return handler(context, new IamAccount(state, context.AccountId));
    }

    /// <summary>The named user's ARN, or the calling IAM user's when the operation defaults to the caller.</summary>
    private static AuthorizationTarget UserTarget(RequestContext c, IamAccount a) =>
        new([(c.Str("UserName") ?? c.Principal.UserName) is { } u ? a.Arn("user", a.Users[u]?.Str("Path"), u) : "*"]);

    public AuthorizationTarget Target(RequestContext c, JsonObject state)
    {
        var a = new IamAccount(state, c.AccountId);
        var op = c.Operation.Name;
        if (_targets.TryGetValue(op, out var custom)) return custom(c, a);
        string Path(JsonObject set, string name) => set[name]?.Str("Path") ?? "/";
        string? arn = null;
        if (op.Contains("InstanceProfile", StringComparison.Ordinal) && c.Str("InstanceProfileName") is { } ip)
            arn = a.Arn("instance-profile", Path(a.InstanceProfiles, ip), ip);
        else if (c.Str("GroupName") is { } g) arn = a.Arn("group", Path(a.Groups, g), g);
        else if (c.Str("RoleName") is { } r) arn = a.Arn("role", Path(a.Roles, r), r);
        else if (c.Str("UserName") is { } u) arn = a.Arn("user", Path(a.Users, u), u);
        else if (c.Str("PolicyArn") is { } p) arn = p;
        else if (c.Str("PolicySourceArn") is { } source) arn = source;
        else if (op.Contains("MFADevice", StringComparison.Ordinal) && c.Str("VirtualMFADeviceName") is { } mfa) arn = a.Arn("mfa", c.Str("Path"), mfa);
        else if (op is "GetUser" or "CreateAccessKey" or "ListAccessKeys" or "ListMFADevices" && c.Principal.Kind == Auth.PrincipalKind.User)
            arn = c.Principal.Arn;
        else if (op is "CreatePolicy" && c.Str("PolicyName") is { } pn) arn = $"arn:aws:iam::{c.AccountId}:policy{c.Str("Path") ?? "/"}{pn}";
        // List operations name the collection's path prefix, as AWS's denials show (arn:aws:iam::ACCOUNT:user/).
        else if (op switch { "ListUsers" => "user", "ListRoles" => "role", "ListGroups" => "group", "ListPolicies" => "policy",
                     "ListInstanceProfiles" => "instance-profile", _ => null } is { } collection)
            arn = $"arn:aws:iam::{c.AccountId}:{collection}{c.Str("PathPrefix") ?? "/"}";
        var keys = new Dictionary<string, IReadOnlyList<string>>();
        if (c.Str("PolicyArn") is { } policyArn) keys["iam:PolicyARN"] = [policyArn];
        return new AuthorizationTarget([arn ?? "*"]) { ContextKeys = keys };
    }
}
