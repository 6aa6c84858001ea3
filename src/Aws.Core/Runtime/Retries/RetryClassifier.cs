using Aws.Core.Runtime.Transport;

namespace Aws.Core.Runtime.Retries;

/// <summary>
/// Which outcomes are worth another attempt (botocore retries/standard.py and special.py): transient errors,
/// throttling, errors the model marks retryable, and the STS/DynamoDB special cases.
/// </summary>
public static class RetryClassifier
{
    private static readonly HashSet<string> TransientCodes = new(StringComparer.Ordinal)
    {
        "RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete",
    };

    private static readonly HashSet<int> TransientStatus = [500, 502, 503, 504];

    private static readonly HashSet<string> ThrottlingCodes = new(StringComparer.Ordinal)
    {
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
        "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled",
        "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException",
    };

    public static bool IsThrottlingCode(string? code) => code is not null && ThrottlingCodes.Contains(code);

    public static bool IsTransient(RetryAttempt attempt) =>
        (attempt.ErrorCode is { } code && TransientCodes.Contains(code))
        || (attempt.Response is { } r && TransientStatus.Contains(r.StatusCode))
        || (attempt.Response is null && attempt.Error is { } e && TransientStatus.Contains(e.StatusCode))
        || attempt.Exception is TransportException { IsRetryable: true };

    /// <summary>A fixed throttling code, or an error the model marks retryable with throttling.</summary>
    public static bool IsThrottling(RetryAttempt attempt) =>
        IsThrottlingCode(attempt.ErrorCode) || ModeledRetryable(attempt) == ModeledKind.Throttling;

    public static bool IsRetryable(RetryAttempt attempt) =>
        IsTransient(attempt) || IsThrottlingCode(attempt.ErrorCode) || ModeledRetryable(attempt) != ModeledKind.None
        || IsIdpCommunicationError(attempt) || DynamoDbChecksumMismatch(attempt);

    /// <summary>Timeouts cost the retry quota twice as much as other failures.</summary>
    public static bool IsTimeout(RetryAttempt attempt) => attempt.Exception is ConnectTimeoutException or ReadTimeoutException;

    public enum ModeledKind { None, Transient, Throttling }

    /// <summary>An error shape of the operation with the "retryable" trait whose code is the error's code.</summary>
    public static ModeledKind ModeledRetryable(RetryAttempt attempt)
    {
        if (attempt.ErrorCode is not { } code || attempt.Operation is not { } operation) return ModeledKind.None;
        foreach (var shape in operation.Errors)
        {
            if (!shape.TryGet("retryable", out var retryable) || retryable.ValueKind != System.Text.Json.JsonValueKind.Object) continue;
            if ((shape.Error?.Code ?? shape.Name) != code) continue;
            return retryable.TryGetProperty("throttling", out var t) && t.ValueKind == System.Text.Json.JsonValueKind.True
                ? ModeledKind.Throttling : ModeledKind.Transient;
        }
        return ModeledKind.None;
    }

    private static bool IsIdpCommunicationError(RetryAttempt attempt) =>
        attempt.Operation?.Service.Name == "sts" && attempt.ErrorCode == "IDPCommunicationError";

    private static bool DynamoDbChecksumMismatch(RetryAttempt attempt)
    {
        if (attempt.Operation?.Service.Name != "dynamodb" || attempt.Response is not { } response) return false;
        if (response.Headers["x-amz-crc32"] is not { } header || !uint.TryParse(header, out var expected)) return false;
        return Protocols.EventStreams.Crc32.Compute(response.Body) != expected;
    }
}
