namespace Aws.Core.Config;

/// <summary>Where a resolved setting came from, in precedence order.</summary>
public enum SettingSource
{
    /// <summary>No value anywhere and no default.</summary>
    Unset,
    /// <summary>A global command-line option such as --region.</summary>
    CliOption,
    /// <summary>An environment variable.</summary>
    Environment,
    /// <summary>The selected profile in the shared config file.</summary>
    ConfigFile,
    /// <summary>The selected profile in the shared credentials file.</summary>
    CredentialsFile,
    /// <summary>An environment variable consulted after the files (e.g. PAGER for cli_pager).</summary>
    FallbackEnvironment,
    /// <summary>The documented default.</summary>
    Default,
}
