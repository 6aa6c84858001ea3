namespace Aws.Core.Credentials;

/// <summary>What the chain found: the source of credentials and the provider method that found it.</summary>
public sealed record ProvidedCredentials(string Method, ICredentialSource Source) : ICredentialSource
{
    public ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellation) => Source.GetCredentialsAsync(cancellation);
}
