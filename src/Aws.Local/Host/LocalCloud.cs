using System.Text.Json.Nodes;
using Aws.Core.Auth;
using Aws.Core.Http;
using Aws.Core.Protocols.Query;
using Aws.Local.Auth;
using Aws.Local.Services.Iam;
using Aws.Local.Services.S3;
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
    private readonly Lazy<S3Service> _s3;

    public LocalCloud(LocalCloudOptions options)
    {
        Options = options;
        Clock = options.Clock;
        Store = options.Ephemeral ? new MemoryStateStore()
            : new SqliteStateStore(options.DataDirectory ?? throw new ArgumentException("A data directory is needed unless ephemeral."));
        Authorizer = options.Authorizer ?? new PolicyEngineAuthorizer();
        _authenticator = new RequestAuthenticator(Clock);
        _s3 = new Lazy<S3Service>(() => new S3Service(this, new S3Storage(S3Root(options))));
        foreach (var service in new ILocalService[] { new StsService(), new IamService() })
        {
            ModelWarmup.Touch(service.Model);
            _services[service.SigningName] = service;
            foreach (var name in service.Model.OperationNames)
                _operations[(service.SigningName, name)] = service.Model.GetOperation(name)!;
        }
    }

    /// <summary>S3, built on first use (its model is large; STS/IAM-only callers never pay for it).</summary>
    public S3Service S3 => _s3.Value;

    public LocalCloudOptions Options { get; }
    public IStateStore Store { get; }
    public IAuthorizer Authorizer { get; }
    public TimeProvider Clock { get; }

    /// <summary>S3 requests (rest-xml, streaming bodies) go to <see cref="S3"/>; the rest to the query services.</summary>
    public async Task<AwsHttpResponse> HandleAsync(AwsHttpRequest request, LocalRequestInfo? info = null, CancellationToken cancellation = default)
    {
        if (S3Service.Addresses(request)) return await S3.HandleAsync(request, info ?? LocalRequestInfo.InProcess, cancellation);
        if (request.BodyStream is { } stream)
        {
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellation);
            request.Body = buffer.ToArray();
            request.BodyStream = null;
        }
        return Handle(request, info ?? LocalRequestInfo.InProcess);
    }

    // DATA_DIR/s3; ephemeral clouds keep objects in a temporary folder removed when the process exits.
    private static string S3Root(LocalCloudOptions options)
    {
        if (!options.Ephemeral) return Path.Combine(options.DataDirectory!, "s3");
        var root = Path.Combine(Path.GetTempPath(), "aws-local-s3-" + Guid.NewGuid().ToString("N"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        return root;
    }

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

    /// <summary>Asks the authorizer; throws AccessDenied (with AWS's message) unless allowed.</summary>
    internal void Authorize(RequestContext context, AuthorizationTarget target, JsonObject state)
    {
        // A web identity or SAML assertion is weighed against the trust policy in place of the (anonymous) signer.
        var principal = target.Caller ?? context.Principal;
        // GetFederationToken sessions can call no IAM operation and no STS one but GetCallerIdentity, as AWS documents.
        if (principal.Kind == PrincipalKind.FederatedUser && service(context) is "iam" or "sts")
        {
            var denied = service(context) + ":" + context.Operation.Name;
            throw LocalServiceException.AccessDenied($"User: {principal.Arn} is not authorized to perform: {denied} on resource: " +
                $"{target.Resources[0]} because no session policy allows the {denied} action");
        }
        var request = new AuthorizationRequest
        {
            Principal = principal,
            Action = target.Action ?? service(context) + ":" + context.Operation.Name,
            Resources = target.Resources,
            Context = RequestContextKeys.Build(target.Caller is null ? context : context with { Principal = principal }, target.ContextKeys,
                IamPolicies.PrincipalTags(state, principal)),
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
