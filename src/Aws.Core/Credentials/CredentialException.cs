namespace Aws.Core.Credentials;

/// <summary>
/// A credential provider failed (bad configuration, a failed STS/SSO call, a process error). The message is the
/// text the AWS CLI prints for the same failure.
/// </summary>
public class CredentialException(string message, bool isServiceError = false) : Exception(message)
{
    /// <summary>True when an AWS API answered with an error (the CLI exits 254 for those, 255 otherwise).</summary>
    public bool IsServiceError { get; } = isServiceError;

    /// <summary>botocore's PartialCredentialsError text.</summary>
    public static CredentialException Partial(string provider, string missing) =>
        new($"Partial credentials found in {provider}, missing: {missing}");

    /// <summary>botocore's CredentialRetrievalError text.</summary>
    public static CredentialException Retrieval(string provider, string error) =>
        new($"Error when retrieving credentials from {provider}: {error}");
}
