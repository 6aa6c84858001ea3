using System.Globalization;
using System.Text.Json.Nodes;
using Aws.Core.Config;

namespace Aws.Core.Credentials;

/// <summary>
/// <c>role_arn</c> profiles: source credentials from <c>source_profile</c> (a chain of any length; a profile may be
/// its own source when it also has static keys; other cycles fail) or <c>credential_source</c>
/// (Environment, EcsContainer, Ec2InstanceMetadata), then sts:AssumeRole on first use, cached in
/// ~/.aws/cli/cache as the CLI does. Validation and messages follow botocore's AssumeRoleProvider.
/// </summary>
public sealed class AssumeRoleProvider(CredentialContext context, IReadOnlyList<(string CanonicalName, ICredentialProvider Provider)> sources)
    : ICredentialProvider
{
    private readonly List<string> _visited = [context.ProfileName];

    public string Method => "assume-role";

    public async ValueTask<ICredentialSource?> LoadAsync(CancellationToken cancellation)
    {
        var profile = context.Profile(context.ProfileName);
        if (profile is null || !HasRoleConfig(profile)) return null;
        return await ViaAssumeRoleAsync(context.ProfileName, cancellation);
    }

    private static bool HasRoleConfig(ConfigSection profile) =>
        profile.ContainsKey("role_arn") && !profile.ContainsKey("web_identity_token_file");

    private static bool HasStaticKeys(ConfigSection profile) =>
        profile.ContainsKey("aws_secret_access_key") || profile.ContainsKey("aws_access_key_id");

    private async Task<ICredentialSource> ViaAssumeRoleAsync(string profileName, CancellationToken cancellation)
    {
        var profile = context.Profile(profileName)!;
        var sourceProfile = profile.GetText("source_profile");
        var credentialSource = profile.GetText("credential_source");
        if (credentialSource is not null && sourceProfile is not null)
            throw new CredentialException($"The profile \"{profileName}\" contains both source_profile and credential_source.");
        if (credentialSource is null && sourceProfile is null)
            throw CredentialException.Partial(Method, "source_profile or credential_source");

        ICredentialSource source;
        if (credentialSource is not null)
        {
            if (!sources.Any(s => s.CanonicalName == credentialSource))
                throw new CredentialException(
                    $"The credential source \"{credentialSource}\" referenced in profile \"{profileName}\" is not valid.");
            var provider = sources.First(s => string.Equals(s.CanonicalName, credentialSource, StringComparison.OrdinalIgnoreCase)).Provider;
            source = await provider.LoadAsync(cancellation) ?? throw CredentialException.Retrieval(credentialSource,
                $"No credentials found in credential_source referenced in profile {profileName}");
        }
        else
        {
            ValidateSourceProfile(profileName, sourceProfile!);
            _visited.Add(sourceProfile!);
            source = await FromProfileAsync(sourceProfile!, cancellation);
        }
        return Deferred(profile, source);
    }

    private void ValidateSourceProfile(string parent, string sourceName)
    {
        if (context.Profile(sourceName) is not { } source)
            throw new CredentialException($"The source_profile \"{sourceName}\" referenced in the profile \"{parent}\" does not exist.");
        if (!_visited.Contains(sourceName)) return;
        // A profile may name itself to take its own static keys; anything else that comes back around is a loop.
        if (sourceName != parent || !HasStaticKeys(source))
            throw new CredentialException(
                $"Infinite loop in credential configuration detected. Attempting to load from profile {sourceName} which has " +
                $"already been visited. Visited profiles: [{string.Join(", ", _visited.Select(v => "'" + v + "'"))}]");
    }

    private async Task<ICredentialSource> FromProfileAsync(string profileName, CancellationToken cancellation)
    {
        var profile = context.Profile(profileName)!;
        if (HasStaticKeys(profile) || !HasRoleConfig(profile))
        {
            var found = await CredentialChain.ResolveAsync(CredentialChain.ProfileProviders(context, profileName, disableEnvironment: true), cancellation);
            return found ?? throw new CredentialException($"The source profile \"{profileName}\" must have credentials.");
        }
        return await ViaAssumeRoleAsync(profileName, cancellation);
    }

    private RefreshingCredentialSource Deferred(ConfigSection profile, ICredentialSource source)
    {
        var args = new JsonObject();
        var sessionName = profile.GetText("role_session_name");
        if (sessionName is not null) args["RoleSessionName"] = sessionName;
        if (profile.GetText("external_id") is { } externalId) args["ExternalId"] = externalId;
        var mfaSerial = profile.GetText("mfa_serial");
        if (mfaSerial is not null) args["SerialNumber"] = mfaSerial;
        if (profile.GetText("duration_seconds") is { } d && int.TryParse(d.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
            args["DurationSeconds"] = seconds;
        args["RoleArn"] = profile.GetText("role_arn");

        var keyArgs = (JsonObject)args.DeepClone();
        // The default session name has the time in it, so botocore leaves it out of the cache key.
        var request = (JsonObject)args.DeepClone();
        request["RoleSessionName"] = sessionName ?? DefaultSessionName(context.Clock);
        var fetcher = new CachedRoleFetcher(context.RoleCache, CachedRoleFetcher.RoleCacheKey(keyArgs),
            ct => CallAsync(request, mfaSerial, source, ct), Method, context.Clock);

        var fetched = false;
        return new RefreshingCredentialSource(async ct =>
        {
            // The MFA code is asked once; credentials from it cannot be renewed without asking again.
            if (fetched && mfaSerial is not null) throw new CredentialException("Cannot refresh credentials: MFA token required.");
            var credentials = await fetcher.FetchAsync(ct);
            fetched = true;
            return credentials;
        }, clock: context.Clock);
    }

    private async Task<JsonObject> CallAsync(JsonObject request, string? mfaSerial, ICredentialSource source, CancellationToken cancellation)
    {
        var input = (JsonObject)request.DeepClone();
        if (mfaSerial is not null)
        {
            var prompt = context.PromptMfaCode ?? throw new CredentialException("MFA code required but no terminal to read it from");
            input["TokenCode"] = prompt($"Enter MFA code for {mfaSerial}: ") ?? "";
        }
        var client = context.CreateClient("sts", null, source);
        var (result, call) = await ApiCall.InvokeAsync(client, "AssumeRole", input, cancellation);
        result["ResponseMetadata"] = ApiCall.ResponseMetadata(call);
        return result;
    }

    public static string DefaultSessionName(TimeProvider clock) =>
        "botocore-session-" + clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
