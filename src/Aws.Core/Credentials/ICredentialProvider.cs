namespace Aws.Core.Credentials;

/// <summary>One link of the credential chain: finds credentials in one place, or says it has none.</summary>
public interface ICredentialProvider
{
    /// <summary>botocore's method name ("env", "assume-role", "sso", ...), as `configure list` shows it.</summary>
    string Method { get; }

    /// <summary>
    /// The credentials when this provider is configured, else null. Providers that need an API call (roles, SSO)
    /// return a deferred source that calls on first use, as botocore does.
    /// </summary>
    /// <exception cref="CredentialException">The provider is configured but broken.</exception>
    ValueTask<ICredentialSource?> LoadAsync(CancellationToken cancellation);
}
