using System.Text.Json.Nodes;

namespace Aws.JmesPath.Evaluation;

/// <summary>Allocation-free read access to either object representation (input JsonObject or built map).</summary>
internal readonly struct ObjectView
{
    private readonly JsonObject? json;
    private readonly OrderedDictionary<string, object?>? map;

    public ObjectView(JsonObject o)
    {
        json = o;
        map = null;
    }

    public ObjectView(OrderedDictionary<string, object?> m)
    {
        json = null;
        map = m;
    }

    public int Count => json?.Count ?? map!.Count;

    public string KeyAt(int i) => json is not null ? json.GetAt(i).Key : map!.GetAt(i).Key;

    public object? ValueAt(int i) => json is not null ? Val.FromNode(json.GetAt(i).Value) : map!.GetAt(i).Value;

    public bool TryGet(string key, out object? value)
    {
        if (json is not null)
        {
            var found = json.TryGetPropertyValue(key, out var node);
            value = found ? Val.FromNode(node) : null;
            return found;
        }
        return map!.TryGetValue(key, out value);
    }
}
