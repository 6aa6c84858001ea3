using System.Text.Json.Nodes;

namespace Aws.Core.Credentials;

/// <summary>
/// sts:AssumeRoleWithWebIdentity (unsigned) with the token read from a file on each call: AWS_WEB_IDENTITY_TOKEN_FILE,
/// AWS_ROLE_ARN, AWS_ROLE_SESSION_NAME (unless --profile is given) over the profile's web_identity_token_file,
/// role_arn, role_session_name. Results are cached like assume-role ones.
/// </summary>
public sealed class WebIdentityProvider(CredentialContext context, string profileName, bool disableEnvironment) : ICredentialProvider
{
    public string Method => "assume-role-with-web-identity";

    private string? Get(string key, string envVar)
    {
        if (!disableEnvironment && context.Env(envVar) is { } fromEnv) return fromEnv;
        return context.Profile(profileName)?.GetText(key);
    }

    public ValueTask<ICredentialSource?> LoadAsync(CancellationToken cancellation)
    {
        var tokenPath = Get("web_identity_token_file", "AWS_WEB_IDENTITY_TOKEN_FILE");
        if (string.IsNullOrEmpty(tokenPath)) return ValueTask.FromResult<ICredentialSource?>(null);
        var roleArn = Get("role_arn", "AWS_ROLE_ARN");
        if (string.IsNullOrEmpty(roleArn))
            throw new CredentialException(
                "The provided profile or the current environment is configured to assume role with web identity but has no " +
                "role ARN configured. Ensure that the profile has the role_arnconfiguration set or the AWS_ROLE_ARN env var is set.");
        var sessionName = Get("role_session_name", "AWS_ROLE_SESSION_NAME");

        var args = new JsonObject();
        if (sessionName is not null) args["RoleSessionName"] = sessionName;
        args["RoleArn"] = roleArn;
        var request = (JsonObject)args.DeepClone();
        request["RoleSessionName"] = sessionName ?? AssumeRoleProvider.DefaultSessionName(context.Clock);
        var fetcher = new CachedRoleFetcher(context.RoleCache, CachedRoleFetcher.RoleCacheKey(args),
            ct => CallAsync(request, tokenPath, ct), Method, context.Clock);
        return ValueTask.FromResult<ICredentialSource?>(new RefreshingCredentialSource(fetcher.FetchAsync, clock: context.Clock));
    }

    private async Task<JsonObject> CallAsync(JsonObject request, string tokenPath, CancellationToken cancellation)
    {
        string token;
        try { token = await File.ReadAllTextAsync(tokenPath, cancellation); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CredentialException($"[Errno 2] No such file or directory: '{tokenPath}'");
        }
        var input = (JsonObject)request.DeepClone();
        input["WebIdentityToken"] = token;
        var client = context.CreateClient("sts", null, null);
        var (result, call) = await ApiCall.InvokeAsync(client, "AssumeRoleWithWebIdentity", input, cancellation);
        result["ResponseMetadata"] = ApiCall.ResponseMetadata(call);
        return result;
    }
}
