namespace Aws.Core.Credentials;

/// <summary>No provider in the chain found credentials (the CLI exits 253 with this text).</summary>
public sealed class NoCredentialsException() : CredentialException(Text)
{
    public const string Text = "Unable to locate credentials. You can configure credentials by running \"aws configure\".";
}
