namespace Aws.Core.Credentials;

/// <summary>An AWS API called for credentials (STS, SSO, SSO OIDC) answered with an error.</summary>
public sealed class ServiceCallException(string code, string message) : CredentialException(message, isServiceError: true)
{
    public string Code { get; } = code;
}
