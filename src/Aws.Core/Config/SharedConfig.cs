namespace Aws.Core.Config;

/// <summary>
/// The shared config and credentials files loaded together, as botocore's Session.full_config sees them: the
/// config file's profile map, with each credentials-file section laid over the same-named profile key by key
/// (credentials win; new keys are appended).
/// </summary>
public sealed class SharedConfig
{
    private SharedConfig(ConfigFilePaths paths, ConfigFileData config, OrderedDictionary<string, ConfigSection> credentials)
    {
        Paths = paths;
        ConfigFile = config;
        CredentialsFile = credentials;
        foreach (var (name, section) in config.Profiles) Profiles[name] = section.Clone();
        foreach (var (name, section) in credentials)
        {
            if (!Profiles.TryGetValue(name, out var merged)) Profiles[name] = merged = new ConfigSection();
            foreach (var (key, value) in section) merged[key] = value.Clone();
        }
    }

    /// <summary>An empty configuration (no files).</summary>
    public static SharedConfig Empty(ConfigFilePaths paths) => new(paths, new ConfigFileData(), new(StringComparer.Ordinal));

    /// <summary>Loads both files; a missing file counts as empty.</summary>
    /// <exception cref="ConfigParseException">Either file is malformed.</exception>
    public static SharedConfig Load(ConfigFilePaths paths)
    {
        ConfigFileData config;
        try { config = ConfigLoader.LoadConfig(paths.ConfigFile); }
        catch (ConfigNotFoundException) { config = new ConfigFileData(); }
        OrderedDictionary<string, ConfigSection> creds;
        try { creds = ConfigLoader.RawConfigParse(paths.CredentialsFile); }
        catch (ConfigNotFoundException) { creds = new(StringComparer.Ordinal); }
        return new SharedConfig(paths, config, creds);
    }

    /// <summary>Builds from file contents already in memory (null = file absent); the paths name them in errors.</summary>
    /// <exception cref="ConfigParseException">Either text is malformed.</exception>
    public static SharedConfig FromText(ConfigFilePaths paths, string? configText, string? credentialsText, bool parseSubsections = true)
    {
        var config = configText is null
            ? new ConfigFileData()
            : ConfigLoader.BuildProfileMap(ConfigLoader.RawConfigParseText(configText, paths.ConfigFile, parseSubsections));
        var creds = credentialsText is null
            ? new OrderedDictionary<string, ConfigSection>(StringComparer.Ordinal)
            : ConfigLoader.RawConfigParseText(credentialsText, paths.CredentialsFile, parseSubsections);
        return new SharedConfig(paths, config, creds);
    }

    public ConfigFilePaths Paths { get; }

    /// <summary>The config file alone (profiles, sso-sessions, services, other sections).</summary>
    public ConfigFileData ConfigFile { get; }

    /// <summary>The credentials file alone: every section is a profile, named verbatim.</summary>
    public OrderedDictionary<string, ConfigSection> CredentialsFile { get; }

    /// <summary>Profiles of both files merged (credentials over config).</summary>
    public OrderedDictionary<string, ConfigSection> Profiles { get; } = new(StringComparer.Ordinal);

    public OrderedDictionary<string, ConfigSection> SsoSessions => ConfigFile.SsoSessions;

    public OrderedDictionary<string, ConfigSection> Services => ConfigFile.Services;

    /// <summary>Profile names in botocore's order (config file's first, then credentials-only ones).</summary>
    public IReadOnlyList<string> AvailableProfiles => [.. Profiles.Keys];

    /// <summary>
    /// The selected profile's merged values (botocore's get_scoped_config): with no explicit profile the
    /// "default" profile or nothing; an explicit profile must exist.
    /// </summary>
    /// <exception cref="ProfileNotFoundException">An explicit profile is not defined in either file.</exception>
    public ConfigSection ScopedConfig(string? explicitProfile)
    {
        if (explicitProfile is null) return Profiles.TryGetValue("default", out var d) ? d : new ConfigSection();
        return Profiles.TryGetValue(explicitProfile, out var p) ? p : throw new ProfileNotFoundException(explicitProfile);
    }

    /// <summary>Which file a profile key comes from (the credentials file wins), or null when neither has it.</summary>
    public string? SourceFileOf(string profile, string key)
    {
        if (CredentialsFile.TryGetValue(profile, out var c) && c.ContainsKey(key)) return Paths.CredentialsFile;
        if (ConfigFile.Profiles.TryGetValue(profile, out var p) && p.ContainsKey(key)) return Paths.ConfigFile;
        return null;
    }
}
