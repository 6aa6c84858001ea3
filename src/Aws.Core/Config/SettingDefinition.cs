namespace Aws.Core.Config;

/// <summary>
/// One row of the settings table: a logical setting and every place the CLI reads it from. Resolution order is
/// CLI option, then <see cref="EnvVars"/> (first set wins), then the selected profile's <see cref="ConfigKeys"/>
/// (first present wins; a key with a sub-key reads a nested <c>s3 =</c> block), then
/// <see cref="FallbackEnvVars"/>, then <see cref="Default"/>.
/// </summary>
public sealed record SettingDefinition(
    string Name,
    SettingType Type = SettingType.String,
    string? Default = null,
    string? CliOption = null)
{
    /// <summary>Environment variables consulted before the config file.</summary>
    public IReadOnlyList<string> EnvVars { get; init; } = [];

    /// <summary>Profile keys: (key, null) for a plain property, (key, sub-key) for a nested one.</summary>
    public IReadOnlyList<(string Key, string? SubKey)> ConfigKeys { get; init; } = [];

    /// <summary>Environment variables consulted after the config file (only cli_pager's PAGER).</summary>
    public IReadOnlyList<string> FallbackEnvVars { get; init; } = [];

    /// <summary>True for keys `aws configure set` writes to the credentials file.</summary>
    public bool InCredentialsFile { get; init; }

    /// <summary>One line from the AWS CLI configuration documentation.</summary>
    public string Description { get; init; } = "";

    /// <summary>The main config key as written in a file ("region", "s3.max_concurrent_requests"), or null.</summary>
    public string? ConfigKey => ConfigKeys.Count == 0 ? null
        : ConfigKeys[0].SubKey is { } sub ? ConfigKeys[0].Key + "." + sub : ConfigKeys[0].Key;
}
