namespace Aws.Local.Host;

/// <summary>An AWS error a handler or the pipeline answers with (code, message, HTTP status, sender or receiver fault).</summary>
public sealed class LocalServiceException(string code, string message, int statusCode = 400, bool senderFault = true)
    : Exception(message)
{
    public string Code { get; } = code;
    public int StatusCode { get; } = statusCode;
    public bool SenderFault { get; } = senderFault;

    public static LocalServiceException NoSuchEntity(string message) => new("NoSuchEntity", message, 404);
    public static LocalServiceException AlreadyExists(string message) => new("EntityAlreadyExists", message, 409);
    public static LocalServiceException LimitExceeded(string message) => new("LimitExceeded", message, 409);
    public static LocalServiceException DeleteConflict(string message) => new("DeleteConflict", message, 409);
    public static LocalServiceException Malformed(string message = "Syntax errors in policy.") => new("MalformedPolicyDocument", message);
    public static LocalServiceException Validation(string message) => new("ValidationError", message);
    public static LocalServiceException InvalidInput(string message) => new("InvalidInput", message);
    public static LocalServiceException AccessDenied(string message) => new("AccessDenied", message, 403);
}
