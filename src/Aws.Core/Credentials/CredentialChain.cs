using Aws.Core.Config;

namespace Aws.Core.Credentials;

/// <summary>
/// The AWS CLI v2 credential chain, in botocore's order: environment (not with an explicit --profile), assume role,
/// web identity, SSO, credentials file, credential_process, config file, container, instance metadata.
/// </summary>
public static class CredentialChain
{
    /// <summary>The providers for the invocation's profile.</summary>
    public static IReadOnlyList<ICredentialProvider> Providers(CredentialContext context)
    {
        var env = new EnvironmentProvider(context.Env, context.Clock);
        var container = new ContainerProvider(context);
        var imds = new InstanceMetadataProvider(context);
        var assumeRole = new AssumeRoleProvider(context,
            [(EnvironmentProvider.CanonicalName, env), (ContainerProvider.CanonicalName, container), (InstanceMetadataProvider.CanonicalName, imds)]);
        var providers = new List<ICredentialProvider>();
        if (!context.DisableEnvironment) providers.Add(env);
        providers.Add(assumeRole);
        providers.AddRange(ProfileProviders(context, context.ProfileName, context.DisableEnvironment));
        providers.Add(container);
        providers.Add(imds);
        return providers;
    }

    /// <summary>The providers that read one profile (also used for an assume-role source profile).</summary>
    public static IReadOnlyList<ICredentialProvider> ProfileProviders(CredentialContext context, string profile, bool disableEnvironment) =>
    [
        new WebIdentityProvider(context, profile, disableEnvironment),
        new SsoProvider(context, profile),
        ProfileKeysProvider.SharedCredentialsFile(context.Config, profile),
        new ProcessProvider(() => context.Profile(profile), context.Clock),
        ProfileKeysProvider.ConfigFile(context.Config, profile),
    ];

    /// <summary>The first provider that has credentials, or null.</summary>
    public static async Task<ProvidedCredentials?> ResolveAsync(IEnumerable<ICredentialProvider> providers, CancellationToken cancellation)
    {
        foreach (var provider in providers)
            if (await provider.LoadAsync(cancellation) is { } source)
                return source as ProvidedCredentials ?? new ProvidedCredentials(provider.Method, source);
        return null;
    }

    /// <summary>Resolves the whole chain for the invocation.</summary>
    /// <exception cref="ProfileNotFoundException">An explicit profile does not exist.</exception>
    /// <exception cref="CredentialException">A configured provider is broken.</exception>
    public static Task<ProvidedCredentials?> ResolveAsync(CredentialContext context, CancellationToken cancellation)
    {
        if (context.Config.ExplicitProfile is { } name && !context.Profiles.ContainsKey(name)) throw new ProfileNotFoundException(name);
        return ResolveAsync(Providers(context), cancellation);
    }
}
