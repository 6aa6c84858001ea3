using System.Text.Json.Nodes;
using Aws.Core.Auth;
using Aws.Core.Http;
using Aws.Core.Model;
using Aws.Core.Protocols;
using Aws.Core.Protocols.RestXml;
using Aws.Local.Auth;
using Aws.Local.Host;
using Aws.Local.Storage;

namespace Aws.Local.Services.S3;

/// <summary>
/// S3 in the local cloud: route (the rest-xml parser over the S3 model, path-style or virtual-hosted), authenticate
/// (SigV4 with S3's raw path and the declared payload hash; the body is checked as it streams to disk), parse,
/// authorize (the policy engine, with S3's action names, resource ARNs and the bucket policy), handle, serialize.
/// Object data never passes through memory whole: uploads stream to a temporary file, downloads from the file.
/// </summary>
public sealed partial class S3Service
{
    public const string SigningName = "s3";
    private static readonly SigV4Options VerifyOptions = SigV4Options.S3;
    private readonly LocalCloud _cloud;
    private readonly RequestAuthenticator _authenticator;
    private readonly RestXmlServerRequestParser _parser;
    private readonly Dictionary<string, Func<S3Call, Task<S3Result>>> _handlers;

    public S3Service(LocalCloud cloud, S3Storage storage)
    {
        _cloud = cloud;
        Storage = storage;
        Model = new ServiceModel("s3", ModelBundle.Embedded.Open("s3api") ?? throw new InvalidOperationException("The S3 model is not bundled."));
        ModelWarmup.Touch(Model);
        _parser = new RestXmlServerRequestParser(Model);
        _authenticator = new RequestAuthenticator(cloud.Clock);
        _handlers = Handlers();
    }

    public ServiceModel Model { get; }
    public S3Storage Storage { get; }

    /// <summary>
    /// Whether a request is for S3: signed for the s3 service, or (unsigned) addressed to an S3-shaped host, or
    /// anything that is not a query-protocol call (no Action, no form body).
    /// </summary>
    public static bool Addresses(AwsHttpRequest request)
    {
        if (SigV4Authorization.TryParse(request, out var auth, out _)) return auth.Scope.Service == SigningName;
        var authorization = request.Headers["Authorization"] ?? "";
        if (authorization.Contains("/s3/aws4_request", StringComparison.Ordinal)) return true;
        if (request.QueryString.Contains("%2Fs3%2Faws4_request", StringComparison.OrdinalIgnoreCase)) return true;
        var host = request.Headers["Host"] ?? request.Host;
        if (S3VirtualHost.BucketFromHost(host) is not null || host.StartsWith("s3.", StringComparison.OrdinalIgnoreCase)) return true;
        if (request.QueryString.Contains("Action=", StringComparison.Ordinal)) return false;
        return !(request.Headers["Content-Type"] ?? "").StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
    }

    public async Task<AwsHttpResponse> HandleAsync(AwsHttpRequest request, LocalRequestInfo info, CancellationToken cancellation = default)
    {
        var requestId = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));
        var isHead = request.Method == "HEAD";
        AwsHttpResponse response;
        try
        {
            response = await RunAsync(request, info, requestId, cancellation);
        }
        catch (S3Exception e)
        {
            response = RestXmlServerResponseSerializer.Error(e.StatusCode, e.Code, e.Message, requestId,
                e.Fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), withBody: !isHead && e.StatusCode != 304);
            foreach (var (name, value) in e.Headers) response.Headers[name] = value;
        }
        catch (LocalServiceException e)
        {
            var s3 = S3AuthErrors.Translate(e);
            response = RestXmlServerResponseSerializer.Error(s3.StatusCode, s3.Code, s3.Message, requestId,
                s3.Fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), withBody: !isHead);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            response = RestXmlServerResponseSerializer.Error(500, "InternalError",
                "We encountered an internal error. Please try again. (" + e.GetType().Name + ": " + e.Message + ")", requestId, withBody: !isHead);
        }
        response.Headers["x-amz-request-id"] = requestId;
        response.Headers["x-amz-id-2"] = Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(requestId + requestId));
        return response;
    }

    private async Task<AwsHttpResponse> RunAsync(AwsHttpRequest request, LocalRequestInfo info, string requestId, CancellationToken cancellation)
    {
        var path = request.Path;
        if (S3VirtualHost.BucketFromHost(request.Headers["Host"] ?? request.Host) is { } hostBucket)
            path = S3VirtualHost.PathStylePath(hostBucket, path);
        var match = _parser.Match(request.Method, path, request.QueryString, request.Headers)
            ?? throw new S3Exception("MethodNotAllowed", "The specified method is not allowed against this resource.", 405,
                ("Method", request.Method), ("ResourceType", path.Count(c => c == '/') > 1 ? "OBJECT" : "BUCKET"));
        var operation = match.Operation;
        if (!_handlers.TryGetValue(operation.Name, out var handler))
            throw new S3Exception("NotImplemented", "A header you provided implies functionality that is not implemented", 501);

        var (payloadHash, verifySha, chunked) = PayloadDeclaration(request);
        Stream raw = request.BodyStream ?? new MemoryStream(request.Body, writable: false);
        if (!SigV4Authorization.IsSigV4(request)) throw S3Exception.AccessDenied();
        if (payloadHash is null)
        {
            // A header signature without x-amz-content-sha256: the signature covers the body hash, so hash it here.
            request.Body = await S3Body.ReadSmallAsync(raw, cancellation);
            request.BodyStream = null;
            raw = new MemoryStream(request.Body, writable: false);
            payloadHash = PayloadHash.Compute(request);
        }
        SigV4Authorization auth = null!;
        var principal = _cloud.Store.Read(state => _authenticator.Authenticate(request, state, out auth, VerifyOptions, payloadHash));
        if (auth.Scope.Service != SigningName)
            throw new S3Exception("AuthorizationHeaderMalformed",
                $"The authorization header is malformed; incorrect service \"{auth.Scope.Service}\". This endpoint belongs to \"s3\".");

        var body = chunked ? new AwsChunkedStream(raw) : raw;
        long? declaredLength = chunked
            ? long.TryParse(request.Headers["x-amz-decoded-content-length"], out var decoded) ? decoded : null
            : long.TryParse(request.Headers["Content-Length"], out var length) ? length : request.BodyStream is null ? request.Body.Length : null;
        var streaming = operation.Input is { Payload: { } p } input && input.Members[p].Streaming;
        if (!streaming)
        {
            request.Body = await S3Body.ReadSmallAsync(body, cancellation);
            request.BodyStream = null;
            if (verifySha is not null && !string.Equals(verifySha, PayloadHash.Compute(request), StringComparison.OrdinalIgnoreCase))
                throw new S3Exception("XAmzContentSHA256Mismatch", "The provided 'x-amz-content-sha256' header does not match what was computed.",
                    400, ("ClientComputedContentSHA256", verifySha));
            if (request.Headers["Content-MD5"] is { } md5)
                S3Body.CheckMd5(md5, System.Security.Cryptography.MD5.HashData(request.Body));
        }

        JsonObject parsed;
        try
        {
            parsed = _parser.Parse(match, request);
        }
        catch (InvalidDataException)
        {
            throw S3Exception.MalformedXml();
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw S3Exception.InvalidArgument(e.Message, "", "");
        }
        var context = new RequestContext
        {
            Principal = principal, Operation = operation, Input = parsed, RequestId = requestId, Region = auth.Scope.Region,
            Now = _cloud.Clock.GetUtcNow(), SourceIp = info.SourceIp, IsSecureTransport = info.IsSecure,
        };
        var call = new S3Call
        {
            Operation = operation, Input = parsed, Request = request, Body = streaming ? body : Stream.Null,
            DeclaredSha256 = streaming ? verifySha : null, DeclaredLength = streaming ? declaredLength : null,
            Context = context, Cancellation = cancellation,
            Authorize = (action, resource, bucket) => Authorize(context, action, resource, bucket),
        };
        var bucketName = call.Str("Bucket");
        var keyName = S3Actions.IsObjectLevel(operation.Name) ? call.Str("Key") : null;
        Authorize(context, S3Actions.Action(operation.Name), S3Actions.Resource(bucketName, keyName), bucketName);

        var result = await handler(call);
        if (operation.Name == "GetBucketLocation") return LocationResponse(result.Output.Str("LocationConstraint"));
        return RestXmlServerResponseSerializer.Success(operation, result.Output, result.RootName ?? RootNames.GetValueOrDefault(operation.Name),
            RestXmlServerResponseSerializer.S3Namespace, result.StatusCode);
    }

    // What x-amz-content-sha256 says: the hash the signature covers, a hex hash to check the body against, aws-chunked.
    private static (string? PayloadHash, string? VerifySha, bool Chunked) PayloadDeclaration(AwsHttpRequest request)
    {
        var declared = request.Headers[SigV4Constants.ContentSha256Header];
        if (request.Headers[SigV4Constants.AuthorizationHeader] is null)
            return (declared ?? SigV4Constants.UnsignedPayload, null, false); // presigned: UNSIGNED-PAYLOAD
        if (declared is null) return (null, null, false);
        if (declared.StartsWith("STREAMING-", StringComparison.Ordinal)) return (declared, null, true);
        if (declared == SigV4Constants.UnsignedPayload) return (declared, null, false);
        if (declared.Length != 64 || !declared.All(char.IsAsciiHexDigit))
            throw new S3Exception("InvalidArgument", "x-amz-content-sha256 must be UNSIGNED-PAYLOAD, STREAMING-AWS4-HMAC-SHA256-PAYLOAD, or a valid sha256 value.",
                400, ("ArgumentName", "x-amz-content-sha256"), ("ArgumentValue", declared));
        return (declared, declared, false);
    }

    private void Authorize(RequestContext context, string action, string resource, string? bucketName)
    {
        // CreateBucket asks about a bucket that is not there yet: an existing one (maybe another account's) is the handler's answer.
        var bucket = bucketName is null || action == "s3:CreateBucket" ? null : Storage.Bucket(bucketName);
        PolicyDocument? policy = null;
        if (bucket?.Str("Policy") is { } text && PolicyDocument.Parse(text) is { } document)
            policy = new PolicyDocument("resource", "bucket-policy", document);
        var keys = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (member, key) in new[] { ("Prefix", "s3:prefix"), ("Delimiter", "s3:delimiter"), ("MaxKeys", "s3:max-keys") })
            if (context.Input[member] is JsonValue v) keys[key] = [v.ToString()];
        var target = new AuthorizationTarget([resource])
        {
            Action = action, ResourcePolicy = policy, ResourceAccountId = bucket?.Str("Owner") ?? context.Principal.AccountId,
            ContextKeys = keys,
        };
        try
        {
            _cloud.Store.Read(state =>
            {
                _cloud.Authorize(context, target, state);
                return 0;
            });
        }
        catch (LocalServiceException e) when (e.Code == "AccessDenied")
        {
            throw S3Exception.AccessDenied(e.Message);
        }
    }

    private static AwsHttpResponse LocationResponse(string? location)
    {
        var root = new Core.Protocols.Formats.XmlBodyElement("LocationConstraint");
        root.SetAttribute("xmlns", RestXmlServerResponseSerializer.S3Namespace);
        root.Text = location;
        var response = new AwsHttpResponse { StatusCode = 200, Body = System.Text.Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root) };
        response.Headers["Content-Type"] = RestXmlServerResponseSerializer.ContentType;
        return response;
    }

    // S3's root elements where the model's output shape has no locationName.
    private static readonly Dictionary<string, string> RootNames = new(StringComparer.Ordinal)
    {
        ["ListBuckets"] = "ListAllMyBucketsResult",
        ["ListObjects"] = "ListBucketResult",
        ["ListObjectsV2"] = "ListBucketResult",
        ["CreateMultipartUpload"] = "InitiateMultipartUploadResult",
        ["CompleteMultipartUpload"] = "CompleteMultipartUploadResult",
        ["ListParts"] = "ListPartsResult",
        ["ListMultipartUploads"] = "ListMultipartUploadsResult",
        ["DeleteObjects"] = "DeleteResult",
        ["GetBucketTagging"] = "Tagging",
        ["GetObjectTagging"] = "Tagging",
        ["GetBucketWebsite"] = "WebsiteConfiguration",
        ["GetBucketVersioning"] = "VersioningConfiguration",
        ["GetBucketAcl"] = "AccessControlPolicy",
        ["GetObjectAcl"] = "AccessControlPolicy",
    };
}
