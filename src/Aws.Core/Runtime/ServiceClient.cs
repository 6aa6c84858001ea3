using System.Text.Json.Nodes;
using Aws.Core.Auth;
using Aws.Core.Credentials;
using Aws.Core.Endpoints;
using Aws.Core.Http;
using Aws.Core.Model;
using Aws.Core.Protocols;
using Aws.Core.Runtime.Customizations;
using Aws.Core.Runtime.Diagnostics;
using Aws.Core.Runtime.Retries;
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
        var retry = Config.Retry;
        var state = new RetryCallState();
        long? bodyStart = null;
        for (var attempt = 1; ; attempt++)
        {
            var request = BuildRequest(operation, input);
            // A retry sends the same upload again: rewind what the previous attempt read.
            if (request.BodyStream is { CanSeek: true } upload)
            {
                bodyStart ??= upload.Position;
                upload.Position = bodyStart.Value;
            }
            await retry.BeforeSendAsync(cancellation);
            await SignAsync(request, operation, cancellation);
            Log("botocore.endpoint", () => HttpLogFormat.Request(request, streamOutput));
            var started = Config.Clock.GetTimestamp();
            AwsHttpResponse response;
            try
            {
                response = await Config.Transport.SendAsync(request, streamOutput, cancellation);
            }
            catch (TransportException e)
            {
                Log("botocore.endpoint", $"Exception received when sending HTTP request: {e.GetType().Name}: {Redactor.Text(e.Message)}");
                var failed = retry.Evaluate(new RetryAttempt(attempt, operation, null, null, e), state, RetryLog);
                if (!failed.Retry) throw;
                await SleepBeforeRetryAsync(failed, cancellation);
                continue;
            }
            Log("urllib3.connectionpool", () => HttpLogFormat.StatusLine(request, response)
                + $" ({Config.Clock.GetElapsedTime(started).TotalMilliseconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture)} ms)");
            if (streamOutput && response.StatusCode >= 300 && response.BodyStream is { } errorBody)
            {
                // Errors are small documents: read them so the parser sees a normal body.
                using var buffer = new MemoryStream();
                await errorBody.CopyToAsync(buffer, cancellation);
                await errorBody.DisposeAsync();
                response.Body = buffer.ToArray();
                response.BodyStream = null;
            }
            Log("botocore.parsers", () => HttpLogFormat.ResponseHeaders(response));
            Log("botocore.parsers", () => HttpLogFormat.ResponseBody(response));
            var parsed = parser.Parse(operation, response, Config.ParseOptions);
            if (parsed.Error is { } error && !state.ClockSkewCorrected && attempt < retry.MaxAttempts
                && ClockSkew.Correction(error, response, Config.Clock.GetUtcNow(), _clockSkew) is { } skew)
            {
                // Our clock is off: sign with the server's time and try once more, outside the retry budget.
                state.ClockSkewCorrected = true;
                _clockSkew = skew;
                Log("botocore.endpoint", $"Clock skew of {skew.TotalSeconds:0} s detected ({error.Code}); retrying with a corrected clock");
                continue;
            }
            var decision = retry.Evaluate(new RetryAttempt(attempt, operation, parsed.Error, response, null), state, RetryLog);
            if (decision.Retry)
            {
                await SleepBeforeRetryAsync(decision, cancellation);
                continue;
            }
            retry.OnCallFinished(response.StatusCode, state);
            if (parsed.Error is null)
            {
                if (decodeListing) S3ListEncoding.Decode(operation, parsed.Result);
                ResponseCustomizations.Apply(operation, parsed.Result);
            }
            return new CallResult(parsed, response, attempt) { MaxAttemptsReached = parsed.Error is not null && decision.MaxAttemptsReached };
        }
    }

    private async Task SleepBeforeRetryAsync(RetryDecision decision, CancellationToken cancellation)
    {
        Log("botocore.endpoint", $"Response received to retry, sleeping for {decision.DelayText} seconds");
        await Config.Retry.Sleep(decision.Delay, cancellation);
    }

    /// <summary>The offset added to the local clock when signing (set by clock-skew correction).</summary>
    public TimeSpan ClockSkewCorrection => _clockSkew;

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
        Log("botocore.auth", "Calculating signature using v4 auth.");
        Signer.Sign(request, credentials, region, Config.Endpoint.SigningName, Config.Clock.GetUtcNow() + _clockSkew, options);
    }

    private static bool IsS3(ServiceModel service) => service.Metadata.SigningName is "s3";

    private static bool HasStreamingOutput(OperationModel operation) =>
        operation.Output is { } output && output.Payload is { } payload && output.Members.TryGetValue(payload, out var member)
        && member.Streaming;

    private void Log(string logger, string message) => Config.Log?.Invoke(logger, message);

    // Formatting requests and bodies costs: only when --debug listens.
    private void Log(string logger, Func<string> message)
    {
        if (Config.Log is { } log) log(logger, message());
    }

    private Action<string>? RetryLog => Config.Log is { } log ? message => log("botocore.retries.standard", message) : null;
}
