namespace Aws.Core.Credentials;

/// <summary>Gives current credentials, refreshing them when they expire. Providers and the chain implement it.</summary>
public interface ICredentialSource
{
    /// <summary>Current credentials; throws when none can be found.</summary>
    ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellation);
}
