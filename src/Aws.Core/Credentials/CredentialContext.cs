using Aws.Core.Config;

namespace Aws.Core.Credentials;

/// <summary>What the providers read and call: the configuration, a client maker for STS/SSO, the caches and the clock.</summary>
public sealed class CredentialContext
{
    public required ConfigContext Config { get; init; }

    /// <summary>Makes the sts / sso / sso-oidc clients the providers call.</summary>
    public required ServiceClientFactory CreateClient { get; init; }

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Asks for an MFA code with the given prompt (the CLI reads it from the terminal); null: MFA profiles fail.</summary>
    public Func<string, string?>? PromptMfaCode { get; init; }

    /// <summary>Assume-role and web-identity results (~/.aws/cli/cache); null: no cache.</summary>
    public JsonFileCache? RoleCache { get; init; }

    /// <summary>SSO tokens written by `aws sso login` (~/.aws/sso/cache).</summary>
    public JsonFileCache? SsoTokenCache { get; init; }

    /// <summary>HTTP client for the container and instance metadata endpoints (not AWS APIs); null: a default one.</summary>
    public HttpClient? MetadataHttp { get; init; }

    /// <summary>An explicit --profile turns off the environment-variable providers, as botocore does.</summary>
    public bool DisableEnvironment => Config.ProfileOption is not null;

    public string ProfileName => Config.ProfileName;

    public Func<string, string?> Env => Config.Environment;

    /// <summary>The merged profiles of both files (botocore's full_config["profiles"]).</summary>
    public OrderedDictionary<string, ConfigSection> Profiles => Config.Files.Profiles;

    public ConfigSection? Profile(string name) => Profiles.TryGetValue(name, out var p) ? p : null;

    /// <summary>The default cache layout under a home folder.</summary>
    public static CredentialContext ForCli(ConfigContext config, ServiceClientFactory createClient, Func<string, string?>? promptMfa = null) => new()
    {
        Config = config,
        CreateClient = createClient,
        PromptMfaCode = promptMfa,
        RoleCache = JsonFileCache.CliCache(config.Home),
        SsoTokenCache = JsonFileCache.SsoCache(config.Home),
    };
}
