using System.Text.Json.Nodes;

namespace Aws.JmesPath.Evaluation;

/// <summary>Allocation-free read access to either array representation (input JsonArray or built list).</summary>
internal readonly struct ArrayView
{
    private readonly JsonArray? json;
    private readonly List<object?>? list;

    public ArrayView(JsonArray a)
    {
        json = a;
        list = null;
    }

    public ArrayView(List<object?> l)
    {
        json = null;
        list = l;
    }

    public int Count => json?.Count ?? list!.Count;

    public object? this[int i] => json is not null ? Val.FromNode(json[i]) : list![i];
}
