using Aws.Cli.Driver;
using Aws.Cli.Errors;
using Aws.Core.Config;
using Aws.Core.Credentials;
using Aws.Core.Runtime;

namespace Aws.Cli.Runtime;

/// <summary>
/// The credential chain for one invocation: the STS/SSO clients it needs are made by <see cref="ClientFactory"/>
/// (configured endpoints apply, --endpoint-url does not, as in botocore), caches under ~/.aws, MFA codes from the
/// terminal. Credential errors become the CLI's exit codes: 253 none found, 254 a service error, 255 otherwise.
/// </summary>
public static class CliCredentials
{
    public static CredentialContext Context(Invocation invocation) =>
        CredentialContext.ForCli(invocation.Config, (service, region, credentials) => Client(invocation, service, region, credentials),
            prompt => TerminalPrompt.ReadSecret(prompt, invocation.Context));

    /// <summary>The chain's answer for the invocation; throws the CLI's error when there is none.</summary>
    public static ICredentialSource Resolve(Invocation invocation)
    {
        // Config-file problems (an unknown --profile) keep their configuration error; provider failures become CLI errors.
        var found = Run(() => invocation.WithConfig(_ => CredentialChain.ResolveAsync(Context(invocation), CancellationToken.None)
            .GetAwaiter().GetResult()));
        if (found is null) throw ToCli(new NoCredentialsException());
        Diagnostics.DebugLogger.For(invocation)?.Credentials(found.Method);
        return new Translating(found);
    }

    /// <summary>Resolved and fetched credentials for `configure list` / `configure export-credentials` (null: none).</summary>
    public static StaticCredentials? ForConfigure(Invocation invocation, ConfigContext config)
    {
        try
        {
            var context = CredentialContext.ForCli(config, (s, r, c) => Client(invocation, s, r, c),
                prompt => TerminalPrompt.ReadSecret(prompt, invocation.Context));
            var found = CredentialChain.ResolveAsync(context, CancellationToken.None).GetAwaiter().GetResult();
            if (found is null) return null;
            var c = found.GetCredentialsAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
            return new StaticCredentials(c.AccessKeyId, c.SecretAccessKey, c.SessionToken, c.Expiration, found.Method);
        }
        catch (CredentialException e)
        {
            throw new ConfigException(e.Message);
        }
    }

    private static ServiceClient Client(Invocation invocation, string service, string? region, ICredentialSource? credentials)
    {
        var model = invocation.Catalog.Load(service) ?? throw new InvalidOperationException("No bundled model for " + service);
        var config = ClientFactory.CreateConfig(invocation, model, needsCredentials: false, region, useEndpointOption: false);
        return new ServiceClient(new ClientConfig
        {
            Service = config.Service,
            Endpoint = config.Endpoint,
            Credentials = credentials,
            Transport = config.Transport,
            Retry = config.Retry,
            Log = config.Log,
            // The CLI's session parses timestamps with cli_timestamp_format, so its cache files hold that text too.
            ParseOptions = config.ParseOptions,
        });
    }

    private static T Run<T>(Func<T> action)
    {
        try { return action(); }
        catch (CredentialException e) { throw ToCli(e); }
    }

    public static CliException ToCli(CredentialException e) => new(
        e is NoCredentialsException ? ExitCodes.Configuration : e.IsServiceError ? ExitCodes.ClientError : ExitCodes.General, e.Message);

    /// <summary>Turns errors raised while fetching on first use (the STS call of a role profile) into CLI errors.</summary>
    private sealed class Translating(ProvidedCredentials inner) : ICredentialSource
    {
        public async ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellation)
        {
            try { return await inner.GetCredentialsAsync(cancellation); }
            catch (CredentialException e) { throw ToCli(e); }
        }
    }
}
