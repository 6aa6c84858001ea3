namespace Aws.Core.Credentials;

/// <summary>Credentials that never change (keys from the environment or a file).</summary>
public sealed class FixedCredentialSource(AwsCredentials credentials) : ICredentialSource
{
    public AwsCredentials Credentials { get; } = credentials;
    public ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellation) => ValueTask.FromResult(Credentials);
}
