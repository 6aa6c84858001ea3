using Aws.Core.Http;
using Aws.Core.Model;
using Aws.Core.Protocols;

namespace Aws.Core.Runtime.Retries;

/// <summary>
/// What one attempt produced, as the retry rules look at it: the parsed service error (if any), the HTTP
/// response (if one arrived) or the exception that stopped it.
/// </summary>
public sealed record RetryAttempt(int Number, OperationModel? Operation, ServiceError? Error, AwsHttpResponse? Response, Exception? Exception)
{
    public string? ErrorCode => Error?.Code;
    public int? StatusCode => Response?.StatusCode ?? (Error is { StatusCode: > 0 } e ? e.StatusCode : null);
}
