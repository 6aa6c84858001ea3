namespace Aws.Cli.Customizations.S3;

/// <summary>A service error from one s3 call, worded as botocore's ClientError.</summary>
public sealed class S3ServiceException(string code, string message, string operation, int attempts, int statusCode)
    : Exception(Format(code, message, operation, attempts))
{
    public string Code { get; } = code;
    public int StatusCode { get; } = statusCode;

    private static string Format(string code, string message, string operation, int attempts) =>
        $"An error occurred ({code}) when calling the {operation} operation{(attempts > 1 ? $" (reached max retries: {attempts - 1})" : "")}: {message}";
}
