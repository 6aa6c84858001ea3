using System.Collections;

namespace Aws.Core.Http;

/// <summary>HTTP headers in insertion order, looked up case-insensitively. A name may repeat.</summary>
public sealed class HeaderList : IEnumerable<KeyValuePair<string, string>>
{
    private readonly List<KeyValuePair<string, string>> _items = [];

    public int Count => _items.Count;

    /// <summary>The first value of the header, or null.</summary>
    public string? this[string name]
    {
        get
        {
            foreach (var h in _items)
                if (string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)) return h.Value;
            return null;
        }
        set
        {
            Remove(name);
            if (value is not null) _items.Add(new(name, value));
        }
    }

    public void Add(string name, string value) => _items.Add(new(name, value));
    public bool Contains(string name) => this[name] is not null;
    public int Remove(string name) => _items.RemoveAll(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<string> GetAll(string name) =>
        _items.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value);

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _items.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
