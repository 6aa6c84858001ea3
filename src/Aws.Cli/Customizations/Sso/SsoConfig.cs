using Aws.Cli.Customizations.Configure;
using Aws.Core.Config;

namespace Aws.Cli.Customizations.Sso;

/// <summary>Where `aws sso login` logs in: an [sso-session] (named or the profile's) or a legacy profile's sso_start_url.</summary>
internal sealed record SsoConfig(string StartUrl, string Region, string? SessionName, IReadOnlyList<string>? Scopes)
{
    /// <exception cref="ConfigureError">Missing configuration (exit 253, the CLI's text).</exception>
    public static SsoConfig Resolve(ConfigContext config, string? sessionOption)
    {
        var scoped = config.ScopedConfig;
        var sessionName = sessionOption ?? scoped.GetText("sso_session");
        if (sessionName is null) return FromSection(scoped, null,
            ". To make sure this profile is properly configured to use SSO, please run: aws configure sso");
        if (!config.Files.SsoSessions.TryGetValue(sessionName, out var session))
            throw ConfigureError.ConfigurationError($"The specified sso-session does not exist: \"{sessionName}\"");
        return FromSection(session, sessionName, ". ");
    }

    private static SsoConfig FromSection(ConfigSection section, string? sessionName, string missingSuffix)
    {
        var url = section.GetText("sso_start_url");
        var region = section.GetText("sso_region");
        var missing = new List<string>();
        if (url is null) missing.Add("sso_start_url");
        if (region is null) missing.Add("sso_region");
        if (missing.Count > 0)
            throw ConfigureError.ConfigurationError(
                $"Missing the following required SSO configuration values: {string.Join(", ", missing)}{missingSuffix}");
        IReadOnlyList<string>? scopes = sessionName is not null && section.GetText("sso_registration_scopes") is { } raw
            ? [.. raw.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0)]
            : null;
        return new SsoConfig(url!, region!, sessionName, scopes);
    }
}
