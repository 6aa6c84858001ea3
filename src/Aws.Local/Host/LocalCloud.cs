using System.Text.Json.Nodes;
using Aws.Core.Auth;
using Aws.Core.Http;
using Aws.Core.Protocols.Query;
using Aws.Local.Auth;
using Aws.Local.Services.Iam;
using Aws.Local.Services.Sts;
using Aws.Local.Storage;

namespace Aws.Local.Host;

/// <summary>
/// The local cloud: a request goes through authenticate (SigV4), find the operation (signing scope, then Action),
/// parse (the protocol layer in reverse), authorize (<see cref="IAuthorizer"/>), handle (in a state transaction)
/// and serialize. The in-process transport and the HTTP server both call <see cref="HandleAsync"/>.
/// </summary>
public sealed class LocalCloud
{
    private readonly Dictionary<string, ILocalService> _services = new(StringComparer.Ordinal);
    // Operations resolved up front: model lookups of unknown names would otherwise write to the model's cache.
    private readonly Dictionary<(string Service, string Operation), Core.Model.OperationModel> _operations = new();
    private readonly RequestAuthenticator _authenticator;
    private readonly QueryServerRequestParser _parser = new();
    private const string DefaultRegion = "us-east-1";

    public LocalCloud(LocalCloudOptions options)
    {
        Options = options;
        Clock = options.Clock;
        Store = options.Ephemeral ? new MemoryStateStore()
            : new SqliteStateStore(options.DataDirectory ?? throw new ArgumentException("A data directory is needed unless ephemeral."));
        Authorizer = options.Authorizer ?? new PolicyEngineAuthorizer();
        _authenticator = new RequestAuthenticator(Clock);
        foreach (var service in new ILocalService[] { new StsService(), new IamService() })
        {
            ModelWarmup.Touch(service.Model);
            _services[service.SigningName] = service;
            foreach (var name in service.Model.OperationNames)
                _operations[(service.SigningName, name)] = service.Model.GetOperation(name)!;
        }
    }

    public LocalCloudOptions Options { get; }
    public IStateStore Store { get; }
    public IAuthorizer Authorizer { get; }
    public TimeProvider Clock { get; }

    public Task<AwsHttpResponse> HandleAsync(AwsHttpRequest request, LocalRequestInfo? info = null) =>
        Task.FromResult(Handle(request, info ?? LocalRequestInfo.InProcess));

    public AwsHttpResponse Handle(AwsHttpRequest request, LocalRequestInfo info)
    {
        var requestId = Ids.RequestId();
        // The signature is parsed once: it names the service here and is verified in Run.
        var service = GuessService(request, out var parsedAuth, out var fields);
        try
        {
            fields ??= QueryServerRequestParser.ReadFields(request);
            var action = fields.GetValueOrDefault("Action")
                ?? throw new LocalServiceException("MissingAction", "Missing Action");
            var operation = _operations.GetValueOrDefault((service.SigningName, action))
                ?? throw new LocalServiceException("InvalidAction",
                    $"Could not find operation {action} for version {fields.GetValueOrDefault("Version") ?? "NO_VERSION_SPECIFIED"}");
            var readOnly = service.IsReadOnly(operation.Name);
            return readOnly
                ? Store.Read(state => Run(request, info, requestId, service, operation, fields, parsedAuth, state))
                : Store.Write(state => Run(request, info, requestId, service, operation, fields, parsedAuth, state));
        }
        catch (LocalServiceException e)
        {
            return QueryServerResponseSerializer.Error(service.Model, e.StatusCode, e.Code, e.Message, requestId, e.SenderFault);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return QueryServerResponseSerializer.Error(service.Model, 500, "InternalFailure", e.Message, requestId, senderFault: false);
        }
    }

    private AwsHttpResponse Run(AwsHttpRequest request, LocalRequestInfo info, string requestId, ILocalService service,
        Core.Model.OperationModel operation, Dictionary<string, string> fields, SigV4Authorization? parsedAuth, JsonObject state)
    {
        // AssumeRoleWithWebIdentity/SAML are served without credentials (the token or assertion is the proof).
        Principal principal;
        string region;
        if (operation.Unsigned && !SigV4Authorization.IsSigV4(request))
        {
            principal = Principal.Anonymous;
            region = DefaultRegion;
        }
        else
        {
            principal = _authenticator.Authenticate(request, parsedAuth, state, out var auth);
            if (auth.Scope.Service != service.SigningName)
                throw new LocalServiceException("SignatureDoesNotMatch",
                    $"Credential should be scoped to correct service: '{service.SigningName}'. ", 403);
            region = auth.Scope.Region;
        }
        JsonObject input;
        try
        {
            input = _parser.Parse(operation, fields);
        }
        catch (Exception e) when (e is FormatException or OverflowException or InvalidDataException)
        {
            throw LocalServiceException.Validation(e.Message);
        }
        var context = new RequestContext
        {
            Principal = principal, Operation = operation, Input = input, RequestId = requestId,
            Region = region, Now = Clock.GetUtcNow(), SourceIp = info.SourceIp, IsSecureTransport = info.IsSecure,
        };
        var target = service.Target(context, state);
        if (!target.Unauthorized) Authorize(context, target, state);
        var output = service.Handle(context, state);
        return QueryServerResponseSerializer.Success(operation, output, requestId);
    }

    private void Authorize(RequestContext context, AuthorizationTarget target, JsonObject state)
    {
        // A web identity or SAML assertion is weighed against the trust policy in place of the (anonymous) signer.
        var principal = target.Caller ?? context.Principal;
        // GetFederationToken sessions can call no IAM operation and no STS one but GetCallerIdentity, as AWS documents.
        if (principal.Kind == PrincipalKind.FederatedUser && service(context) is "iam" or "sts")
            throw LocalServiceException.AccessDenied(
                $"User: {principal.Arn} is not authorized to perform: {service(context)}:{context.Operation.Name} on resource: {target.Resources[0]} because no session policy allows the {service(context)}:{context.Operation.Name} action");
        var request = new AuthorizationRequest
        {
            Principal = principal,
            Action = service(context) + ":" + context.Operation.Name,
            Resources = target.Resources,
            Context = RequestContextKeys.Build(context with { Principal = principal }, target.ContextKeys, IamPolicies.PrincipalTags(state, principal)),
            IdentityPolicies = IamPolicies.ForPrincipal(state, principal),
            PermissionsBoundary = IamPolicies.BoundaryForPrincipal(state, principal),
            ResourcePolicy = target.ResourcePolicy,
            ResourceAccountId = target.ResourceAccountId ?? principal.AccountId,
            SessionPolicies = IamPolicies.SessionPolicies(state, principal),
        };
        var result = Authorizer.Authorize(request);
        if (result.Decision == AuthorizationDecision.ImplicitDeny && target.AllowedUnlessDenied) return;
        if (!result.IsAllowed) throw LocalServiceException.AccessDenied(result.DenialMessage(request));

        static string service(RequestContext c) => c.Operation.Service.Metadata.SigningName;
    }

    // Service from the signature's scope, else the host name, else the Action name; STS when nothing says.
    // Also hands back the parsed signature (null when unsigned or malformed) and the form fields if it read them.
    private ILocalService GuessService(AwsHttpRequest request, out SigV4Authorization? auth,
        out Dictionary<string, string>? fields)
    {
        fields = null;
        if (!SigV4Authorization.TryParse(request, out auth, out _)) auth = null;
        if (auth is not null && _services.TryGetValue(auth.Scope.Service, out var byScope))
            return byScope;
        var host = request.Headers["Host"] ?? request.Host;
        foreach (var (name, service) in _services)
            if (host.StartsWith(name + ".", StringComparison.OrdinalIgnoreCase)) return service;
        fields = QueryServerRequestParser.ReadFields(request);
        if (fields.TryGetValue("Action", out var action))
            foreach (var service in _services.Values)
                if (_operations.ContainsKey((service.SigningName, action))) return service;
        return _services["sts"];
    }
}
