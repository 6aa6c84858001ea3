namespace Aws.Core.Credentials;

/// <summary>
/// AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SECURITY_TOKEN or AWS_SESSION_TOKEN, with
/// AWS_CREDENTIAL_EXPIRATION making them refreshable (re-read from the environment), as botocore's EnvProvider.
/// </summary>
public sealed class EnvironmentProvider(Func<string, string?> env, TimeProvider? clock = null) : ICredentialProvider
{
    public const string CanonicalName = "Environment";

    public string Method => "env";

    public ValueTask<ICredentialSource?> LoadAsync(CancellationToken cancellation)
    {
        if (string.IsNullOrEmpty(env("AWS_ACCESS_KEY_ID"))) return ValueTask.FromResult<ICredentialSource?>(null);
        var first = Read(requireExpiry: false);
        ICredentialSource source = first.Expiration is null
            ? new FixedCredentialSource(first)
            : new RefreshingCredentialSource(_ => ValueTask.FromResult(Read(requireExpiry: true)), first, clock);
        return ValueTask.FromResult<ICredentialSource?>(source);
    }

    private AwsCredentials Read(bool requireExpiry)
    {
        var key = env("AWS_ACCESS_KEY_ID");
        if (string.IsNullOrEmpty(key)) throw CredentialException.Partial(Method, "AWS_ACCESS_KEY_ID");
        var secret = env("AWS_SECRET_ACCESS_KEY");
        if (string.IsNullOrEmpty(secret)) throw CredentialException.Partial(Method, "AWS_SECRET_ACCESS_KEY");
        var token = NonEmpty(env("AWS_SECURITY_TOKEN")) ?? NonEmpty(env("AWS_SESSION_TOKEN"));
        var expiry = NonEmpty(env("AWS_CREDENTIAL_EXPIRATION"));
        if (requireExpiry && expiry is null) throw CredentialException.Partial(Method, "AWS_CREDENTIAL_EXPIRATION");
        return new AwsCredentials(key, secret, token, expiry is null ? null : Timestamps.Parse(expiry, Method));
    }

    private static string? NonEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
