using Aws.Core.Config;

namespace Aws.Cli.Customizations.Configure;

/// <summary>
/// The parts of the CLI session the configure subcommands share: the config context, the selected profile as
/// botocore's Session.profile sees it, and the file paths (raw and expanded).
/// </summary>
internal sealed class ConfigureSession(ConfigureIo io, ConfigContext context)
{
    /// <summary>configure's PREDEFINED_SECTION_NAMES is the string "plugins", so membership is a substring test.</summary>
    public const string PredefinedSectionNames = "plugins";

    public ConfigureIo Io { get; } = io;

    public ConfigContext Context { get; } = context;

    /// <summary>--profile, else AWS_PROFILE / AWS_DEFAULT_PROFILE, else null.</summary>
    public string? Profile => Context.ExplicitProfile;

    /// <summary>The config_file variable as given (unexpanded), as `configure list` shows it.</summary>
    public string ConfigFileVariable => Io.GetEnv("AWS_CONFIG_FILE") ?? ConfigFilePaths.DefaultConfigFile;

    public string ConfigFile => Context.Paths.ConfigFile;

    public string CredentialsFile => Context.Paths.CredentialsFile;

    public static bool IsPredefinedSection(string name) => PredefinedSectionNames.Contains(name, StringComparison.Ordinal);

    /// <summary>The config-file section for a profile: "default" or "profile NAME" (shell-quoted if it has whitespace).</summary>
    public static string ProfileToSection(string profile) =>
        profile == "default" ? profile : SectionHeader("profile", profile);

    public static string SectionHeader(string type, string name) =>
        type + " " + (name.Any(c => c is ' ' or '\t') ? PyText.ShlexQuote(name) : name);

    /// <summary>Credentials via the driver's resolver when given, else static keys only.</summary>
    public StaticCredentials? GetCredentials() =>
        Io.ResolveCredentials is { } resolve ? resolve(Context) : StaticCredentialResolver.Resolve(Context);

    /// <summary>Top-level sections of the config file as botocore's full_config has them after plugin loading.</summary>
    public ConfigSection? FullConfigSection(string name)
    {
        if (!Context.Files.ConfigFile.OtherSections.TryGetValue(name, out var section)) return null;
        if (name != "plugins") return section;
        // The driver pops cli_legacy_plugin_path while loading plugins, so configure never sees it.
        var copy = section.Clone();
        copy.Remove("cli_legacy_plugin_path");
        return copy;
    }
}
