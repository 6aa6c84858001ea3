namespace Aws.Core.Config;

/// <summary>The properties of one section (a profile, sso-session, services or other section), in file order.</summary>
public sealed class ConfigSection : OrderedDictionary<string, ConfigValue>
{
    public ConfigSection() : base(StringComparer.Ordinal) { }

    public ConfigSection(IEnumerable<KeyValuePair<string, ConfigValue>> items) : base(StringComparer.Ordinal)
    {
        foreach (var kv in items) this[kv.Key] = kv.Value.Clone();
    }

    /// <summary>A plain string property, or null when absent or nested.</summary>
    public string? GetText(string key) => TryGetValue(key, out var v) ? v.Text : null;

    /// <summary>A nested property (<c>s3.addressing_style</c> style), or null.</summary>
    public string? GetNested(string key, string subKey) =>
        TryGetValue(key, out var v) && v.Nested is { } n && n.TryGetValue(subKey, out var s) ? s : null;

    public ConfigSection Clone() => new(this);
}
