namespace Aws.Core.Config;

/// <summary>
/// The static-key part of botocore's credential chain, in its order: environment variables, then the selected
/// profile's keys in the credentials file, then in the config file. Role, SSO, process and metadata providers
/// are not here; callers that have them run them instead.
/// </summary>
public static class StaticCredentialResolver
{
    /// <returns>Credentials, or null when no static keys are configured.</returns>
    /// <exception cref="ConfigException">An access key is set without its secret key.</exception>
    /// <exception cref="ProfileNotFoundException">An explicit profile does not exist.</exception>
    public static StaticCredentials? Resolve(ConfigContext context)
    {
        var env = context.Environment;
        if (env("AWS_ACCESS_KEY_ID") is { Length: > 0 } envKey)
        {
            var secret = env("AWS_SECRET_ACCESS_KEY");
            if (string.IsNullOrEmpty(secret)) throw Partial("env", "AWS_SECRET_ACCESS_KEY");
            var token = env("AWS_SESSION_TOKEN") is { Length: > 0 } t ? t : env("AWS_SECURITY_TOKEN") is { Length: > 0 } s ? s : null;
            return new StaticCredentials(envKey, secret, token, null, "env");
        }

        var files = context.Files;
        var profile = context.ProfileName;
        // botocore raises ProfileNotFound before trying any provider when an explicit profile is missing.
        if (context.ExplicitProfile is { } explicitProfile && !files.Profiles.ContainsKey(explicitProfile))
            throw new ProfileNotFoundException(explicitProfile);

        if (files.CredentialsFile.TryGetValue(profile, out var credsSection) && FromSection(credsSection, "shared-credentials-file") is { } c)
            return c;
        if (files.ConfigFile.Profiles.TryGetValue(profile, out var configSection) && FromSection(configSection, "config-file") is { } f)
            return f;
        return null;
    }

    private static StaticCredentials? FromSection(ConfigSection section, string method)
    {
        if (section.GetText("aws_access_key_id") is not { } key) return null;
        if (section.GetText("aws_secret_access_key") is not { } secret) throw Partial(method, "aws_secret_access_key");
        var token = section.GetText("aws_session_token") ?? section.GetText("aws_security_token");
        return new StaticCredentials(key, secret, token, null, method);
    }

    private static ConfigException Partial(string provider, string missing) =>
        new($"Partial credentials found in {provider}, missing: {missing}");
}
