namespace Aws.Core.Config;

/// <summary>A setting's value and where it came from (for `aws configure list` and debugging).</summary>
/// <param name="Location">The option name, environment variable, or file path the value came from; null for
/// defaults and unset values.</param>
public sealed record ResolvedSetting(SettingDefinition Definition, string? Value, SettingSource Source, string? Location)
{
    public string Name => Definition.Name;

    public bool IsSet => Source != SettingSource.Unset;
}
