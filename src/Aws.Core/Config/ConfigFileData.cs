namespace Aws.Core.Config;

/// <summary>
/// A config file re-shaped as botocore's load_config shapes it: profiles (from [default] and [profile X]),
/// sso-sessions, services sections, and every other section under its verbatim name.
/// </summary>
public sealed class ConfigFileData
{
    public OrderedDictionary<string, ConfigSection> Profiles { get; } = new(StringComparer.Ordinal);

    public OrderedDictionary<string, ConfigSection> SsoSessions { get; } = new(StringComparer.Ordinal);

    public OrderedDictionary<string, ConfigSection> Services { get; } = new(StringComparer.Ordinal);

    /// <summary>Sections that are none of the above (e.g. [plugins], legacy [Credentials]).</summary>
    public OrderedDictionary<string, ConfigSection> OtherSections { get; } = new(StringComparer.Ordinal);
}
