using System.Text.Json.Nodes;
using Aws.Core.Auth;
using Aws.Core.Credentials;
using Aws.Core.Endpoints;
using Aws.Core.Http;
using Aws.Core.Model;
using Aws.Core.Protocols;
using Aws.Core.Runtime.Customizations;
using Aws.Core.Runtime.Transport;

namespace Aws.Core.Runtime;

/// <summary>
/// The call pipeline for one service: serialize (protocol), place (endpoint, S3 addressing), sign (SigV4),
/// send (transport), parse (protocol), with retries around send and parse.
/// </summary>
public sealed class ServiceClient(ClientConfig config)
{
    private static readonly SigV4Signer Signer = new();
    private TimeSpan _clockSkew;

    public ClientConfig Config { get; } = config;

    public async Task<CallResult> CallAsync(OperationModel operation, JsonObject? input, CancellationToken cancellation)
    {
        var protocol = operation.Service.Metadata.Protocol;
        var parser = ResponseParsers.For(protocol);
        var streamOutput = HasStreamingOutput(operation);
        var decodeListing = S3ListEncoding.Prepare(operation, input);
        for (var attempt = 1; ; attempt++)
        {
            var request = BuildRequest(operation, input);
            await SignAsync(request, operation, cancellation);
            Log($"Sending {request.Method} {request.Scheme}://{request.Host}{request.PathAndQuery} (attempt {attempt})");
            AwsHttpResponse response;
            try
            {
                response = await Config.Transport.SendAsync(request, streamOutput, cancellation);
            }
            catch (TransportException e) when (attempt < Config.Retry.MaxAttempts && Config.Retry.ShouldRetry(null, e))
            {
                Log($"Retrying after {e.GetType().Name}: {e.Message}");
                await Task.Delay(Config.Retry.Delay(attempt + 1), Config.Clock, cancellation);
                continue;
            }
            Log($"Response {response.StatusCode}");
            if (streamOutput && response.StatusCode >= 300 && response.BodyStream is { } errorBody)
            {
                // Errors are small documents: read them so the parser sees a normal body.
                using var buffer = new MemoryStream();
                await errorBody.CopyToAsync(buffer, cancellation);
                await errorBody.DisposeAsync();
                response.Body = buffer.ToArray();
                response.BodyStream = null;
            }
            var parsed = parser.Parse(operation, response, Config.ParseOptions);
            if (parsed.Error is { } error && attempt < Config.Retry.MaxAttempts && Config.Retry.ShouldRetry(error, null))
            {
                CorrectClockSkew(error, response);
                Log($"Retrying after {error.Code} ({error.StatusCode})");
                await Task.Delay(Config.Retry.Delay(attempt + 1), Config.Clock, cancellation);
                continue;
            }
            if (parsed.Error is null)
            {
                if (decodeListing) S3ListEncoding.Decode(operation, parsed.Result);
                IamPolicyDocuments.Decode(operation, parsed.Result);
            }
            return new CallResult(parsed, response, attempt);
        }
    }

    /// <summary>Serializes and places the request (endpoint, host prefix, S3 bucket addressing), unsigned.</summary>
    public AwsHttpRequest BuildRequest(OperationModel operation, JsonObject? input)
    {
        var serializer = RequestSerializers.For(operation.Service.Metadata.Protocol, Config.SerializerOptions);
        var request = serializer.Serialize(operation, input, Config.Endpoint.Uri);
        if (IsS3(operation.Service) && input?["Bucket"] is JsonValue b && b.TryGetValue<string>(out var bucket))
            PlaceBucket(request, operation, bucket);
        request.Headers["User-Agent"] = Config.UserAgent;
        return request;
    }

    private void PlaceBucket(AwsHttpRequest request, OperationModel operation, string bucket)
    {
        // The serializer put the bucket in the path ("/{Bucket}/{Key+}"); move it where addressing says.
        var basePath = Config.Endpoint.Uri.AbsolutePath.TrimEnd('/');
        var bucketPath = basePath + "/" + Uri.EscapeDataString(bucket);
        if (!request.Path.StartsWith(bucketPath, StringComparison.Ordinal)) return;
        var rest = request.Path[bucketPath.Length..];
        var address = S3Addressing.Apply(Config.Endpoint, bucket, Config.S3AddressingStyle, operation.Name);
        request.Scheme = address.Scheme;
        request.Host = address.Host;
        var path = address.Path + rest;
        request.Path = path.Length == 0 ? "/" : path;
    }

    private async Task SignAsync(AwsHttpRequest request, OperationModel operation, CancellationToken cancellation)
    {
        if (Config.Credentials is null || operation.Unsigned) return;
        var credentials = await Config.Credentials.GetCredentialsAsync(cancellation);
        var s3 = IsS3(operation.Service);
        var options = s3
            ? SigV4Options.S3 with { UnsignedPayload = request.Scheme == "https" && request.BodyStream is not null }
            : SigV4Options.Default;
        var region = Config.Endpoint.SigningRegion ?? Config.Endpoint.Region ?? "us-east-1";
        Signer.Sign(request, credentials, region, Config.Endpoint.SigningName, Config.Clock.GetUtcNow() + _clockSkew, options);
    }

    private void CorrectClockSkew(ServiceError error, AwsHttpResponse response)
    {
        if (error.Code is not ("RequestTimeTooSkewed" or "RequestExpired" or "InvalidSignatureException" or "SignatureDoesNotMatch"
            or "AuthFailure" or "RequestInTheFuture")) return;
        if (response.Headers["Date"] is { } date && DateTimeOffset.TryParse(date, System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal, out var serverTime))
            _clockSkew = serverTime - Config.Clock.GetUtcNow();
    }

    private static bool IsS3(ServiceModel service) => service.Metadata.SigningName is "s3";

    private static bool HasStreamingOutput(OperationModel operation) =>
        operation.Output is { } output && output.Payload is { } payload && output.Members.TryGetValue(payload, out var member)
        && member.Streaming;

    private void Log(string message) => Config.Log?.Invoke(message);
}
