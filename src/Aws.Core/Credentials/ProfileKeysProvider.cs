using Aws.Core.Config;

namespace Aws.Core.Credentials;

/// <summary>
/// Static keys in one profile section: aws_access_key_id, aws_secret_access_key and aws_security_token or
/// aws_session_token. Used for the credentials file ("shared-credentials-file") and the config file ("config-file").
/// </summary>
public sealed class ProfileKeysProvider(string method, Func<ConfigSection?> section) : ICredentialProvider
{
    public string Method { get; } = method;

    /// <summary>The profile's section of the credentials file (names verbatim).</summary>
    public static ProfileKeysProvider SharedCredentialsFile(ConfigContext config, string profile) =>
        new("shared-credentials-file", () => config.Files.CredentialsFile.TryGetValue(profile, out var s) ? s : null);

    /// <summary>The profile's section of the config file.</summary>
    public static ProfileKeysProvider ConfigFile(ConfigContext config, string profile) =>
        new("config-file", () => config.Files.ConfigFile.Profiles.TryGetValue(profile, out var s) ? s : null);

    public ValueTask<ICredentialSource?> LoadAsync(CancellationToken cancellation) =>
        ValueTask.FromResult<ICredentialSource?>(Read(section(), Method) is { } c ? new FixedCredentialSource(c) : null);

    /// <summary>The keys of a section, or null when it has no access key.</summary>
    /// <exception cref="CredentialException">An access key without its secret key.</exception>
    public static AwsCredentials? Read(ConfigSection? section, string method)
    {
        if (section?.GetText("aws_access_key_id") is not { } key) return null;
        if (section.GetText("aws_secret_access_key") is not { } secret) throw CredentialException.Partial(method, "aws_secret_access_key");
        var token = section.GetText("aws_security_token") ?? section.GetText("aws_session_token");
        return new AwsCredentials(key, secret, token);
    }
}
