using System.Globalization;

namespace Aws.Core.Config;

/// <summary>
/// Resolves settings for one CLI invocation in the CLI's precedence: global option, environment variable, the
/// selected profile (credentials file over config file), fallback environment variable, default. The files are
/// read on first use, so commands that never need them (e.g. `configure set`) work even when a file is broken.
/// </summary>
public sealed class ConfigContext
{
    private readonly IReadOnlyDictionary<string, string> _options;
    private SharedConfig? _files;

    /// <param name="env">Environment lookup; null for unset variables.</param>
    /// <param name="home">Home folder for "~" (null: from HOME).</param>
    /// <param name="profileOption">The --profile value, if given.</param>
    /// <param name="cliOptions">Global option values by setting name (e.g. "region" from --region).</param>
    public ConfigContext(Func<string, string?> env, string? home = null, string? profileOption = null,
        IReadOnlyDictionary<string, string>? cliOptions = null)
    {
        Environment = env;
        Home = home ?? ConfigFilePaths.HomeFolder(env, OperatingSystem.IsWindows());
        ProfileOption = profileOption;
        _options = cliOptions ?? new Dictionary<string, string>();
        Paths = ConfigFilePaths.Resolve(env, Home);
    }

    public Func<string, string?> Environment { get; }

    public string? Home { get; }

    public string? ProfileOption { get; }

    public ConfigFilePaths Paths { get; }

    /// <summary>The explicitly selected profile (--profile, then AWS_PROFILE / AWS_DEFAULT_PROFILE), or null.</summary>
    public string? ExplicitProfile => ProfileOption ?? Paths.EnvironmentProfile;

    /// <summary>The profile whose values are used: the explicit one or "default".</summary>
    public string ProfileName => ExplicitProfile ?? "default";

    /// <summary>Both shared files (loaded once).</summary>
    /// <exception cref="ConfigParseException">A file is malformed.</exception>
    public SharedConfig Files => _files ??= SharedConfig.Load(Paths);

    /// <summary>The selected profile's merged values.</summary>
    /// <exception cref="ProfileNotFoundException">An explicit profile does not exist.</exception>
    public ConfigSection ScopedConfig => Files.ScopedConfig(ExplicitProfile);

    /// <summary>The value of a setting (see <see cref="Settings"/>), or null.</summary>
    public string? Get(string name) => Resolve(name).Value;

    public ResolvedSetting Resolve(string name) =>
        Resolve(Settings.Find(name) ?? throw new ArgumentException("Unknown setting: " + name, nameof(name)));

    public ResolvedSetting Resolve(SettingDefinition def)
    {
        if (def.Name == "profile")
        {
            if (ProfileOption is not null) return new(def, ProfileOption, SettingSource.CliOption, "--profile");
            return FromEnv(def, def.EnvVars, SettingSource.Environment) ?? new(def, null, SettingSource.Unset, null);
        }
        if (def.Name == "config_file" || def.Name == "credentials_file")
        {
            var path = def.Name == "config_file" ? Paths.ConfigFile : Paths.CredentialsFile;
            var fromEnv = FromEnv(def, def.EnvVars, SettingSource.Environment);
            return fromEnv is null ? new(def, path, SettingSource.Default, null) : fromEnv with { Value = path };
        }
        if (_options.TryGetValue(def.Name, out var opt)) return new(def, opt, SettingSource.CliOption, def.CliOption);
        if (FromEnv(def, def.EnvVars, SettingSource.Environment) is { } env) return env;
        if (def.ConfigKeys.Count > 0)
        {
            var scoped = ScopedConfig;
            foreach (var (key, sub) in def.ConfigKeys)
            {
                var value = sub is null ? scoped.GetText(key) : scoped.GetNested(key, sub);
                if (value is null) continue;
                var file = Files.SourceFileOf(ProfileName, key);
                var source = file == Paths.CredentialsFile ? SettingSource.CredentialsFile : SettingSource.ConfigFile;
                return new(def, value, source, file);
            }
        }
        if (FromEnv(def, def.FallbackEnvVars, SettingSource.FallbackEnvironment) is { } fallback) return fallback;
        return def.Default is null ? new(def, null, SettingSource.Unset, null) : new(def, def.Default, SettingSource.Default, null);
    }

    private ResolvedSetting? FromEnv(SettingDefinition def, IReadOnlyList<string> vars, SettingSource source)
    {
        foreach (var v in vars)
            if (Environment(v) is { } value) return new(def, value, source, v);
        return null;
    }

    /// <summary>Every setting resolved (for diagnostics).</summary>
    public IReadOnlyList<ResolvedSetting> ResolveAll() => [.. Settings.All.Select(Resolve)];

    /// <summary>botocore's ensure_boolean: true only for "true" in any case.</summary>
    public bool? GetBool(string name) => Get(name) is { } v ? v.Trim().Equals("true", StringComparison.OrdinalIgnoreCase) : null;

    /// <exception cref="ConfigException">The value is not an integer.</exception>
    public int? GetInt(string name) => Get(name) is { } v
        ? int.TryParse(v.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i
            : throw new ConfigException($"Invalid value for {name}: {v} (expected an integer)")
        : null;

    /// <exception cref="ConfigException">The value is not a number.</exception>
    public double? GetFloat(string name) => Get(name) is { } v
        ? double.TryParse(v.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d
            : throw new ConfigException($"Invalid value for {name}: {v} (expected a number)")
        : null;

    /// <summary>A byte size: plain bytes or a KB/MB/GB/TB (or KiB/MiB/...) suffix, 1024-based, as s3transfer reads them.</summary>
    /// <exception cref="ConfigException">The value is not a size.</exception>
    public long? GetSize(string name) => Get(name) is { } v
        ? SizeParser.TryParse(v, out var n) ? n : throw new ConfigException($"Invalid value for {name}: {v} (expected a size such as 8MB)")
        : null;

    /// <summary>A path setting with "~" and $VARS expanded.</summary>
    public string? GetPath(string name) => Get(name) is { } v ? ConfigFilePaths.Expand(v, Environment, Home) : null;
}
