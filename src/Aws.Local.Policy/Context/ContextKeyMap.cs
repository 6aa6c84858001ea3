namespace Aws.Local.Policy.Context;

/// <summary>
/// Condition context keys to their values (a single-valued key has one value). Key names are case-insensitive,
/// as in IAM. Values are strings: booleans as "true"/"false", dates as ISO 8601 or epoch seconds.
/// </summary>
public sealed class ContextKeyMap
{
    private readonly Dictionary<string, IReadOnlyList<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    public ContextKeyMap()
    {
    }

    public ContextKeyMap(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> entries)
    {
        foreach (var (k, v) in entries)
            _values[k] = v;
    }

    public IEnumerable<string> Keys => _values.Keys;

    public int Count => _values.Count;

    /// <summary>Sets (replaces) a key. An empty list keeps the key present with no values.</summary>
    public ContextKeyMap Set(string key, params IReadOnlyList<string> values)
    {
        _values[key] = values;
        return this;
    }

    public bool Remove(string key) => _values.Remove(key);

    public bool Contains(string key) => _values.ContainsKey(key);

    public bool TryGetValues(string key, out IReadOnlyList<string> values)
    {
        if (_values.TryGetValue(key, out var v))
        {
            values = v;
            return true;
        }
        values = [];
        return false;
    }

    /// <summary>First value of a key, or null.</summary>
    public string? Get(string key) => _values.TryGetValue(key, out var v) && v.Count > 0 ? v[0] : null;

    public ContextKeyMap Clone() => new(_values);
}
