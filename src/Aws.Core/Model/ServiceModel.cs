using System.Text.Json;

namespace Aws.Core.Model;

/// <summary>
/// One service's model. Operations and shapes are resolved on first use and cached; the caches and the model source
/// are guarded by one lock, since concurrent calls (s3 transfers, the local cloud's server) share a model.
/// </summary>
public sealed class ServiceModel
{
    private readonly Lock _gate = new();
    private readonly IModelSource _source;
    private readonly Dictionary<string, OperationModel?> _operations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Shape> _namedShapes = new(StringComparer.Ordinal);

    public ServiceModel(string name, IModelSource source)
    {
        Name = name;
        _source = source;
        Metadata = new ServiceMetadata(source.Metadata);
    }

    /// <summary>The CLI command name of the service (e.g. "s3api", "ec2").</summary>
    public string Name { get; }
    public ServiceMetadata Metadata { get; }
    public IReadOnlyList<string> OperationNames => _source.OperationNames;
    public JsonElement Paginators => _source.Paginators;
    public JsonElement Waiters => _source.Waiters;

    public OperationModel? GetOperation(string name)
    {
        lock (_gate)
        {
            if (_operations.TryGetValue(name, out var op)) return op;
            op = _source.TryGetOperation(name, out var json) ? new OperationModel(this, name, json) : null;
            _operations[name] = op;
            return op;
        }
    }

    public Shape GetShape(string name)
    {
        lock (_gate)
        {
            if (_namedShapes.TryGetValue(name, out var shape)) return shape;
            shape = new Shape(this, name, Props(SourceShape(name)));
            _namedShapes[name] = shape;
            return shape;
        }
    }

    private JsonElement SourceShape(string name)
    {
        lock (_gate)
            return _source.TryGetShape(name, out var json) ? json
                : throw new KeyNotFoundException($"Shape {name} is not in the {Name} model.");
    }

    /// <summary>
    /// A reference is either {"shape": "Name", ...traits} or an inline definition ({} is a string).
    /// The reference's traits win over the target's.
    /// </summary>
    public Shape ResolveReference(JsonElement reference)
    {
        if (reference.ValueKind != JsonValueKind.Object) return new Shape(this, null, []);
        if (!reference.TryGetProperty("shape", out var target) || target.ValueKind != JsonValueKind.String)
            return new Shape(this, null, Props(reference));
        var name = target.GetString()!;
        var count = 0;
        foreach (var _ in reference.EnumerateObject()) count++;
        if (count == 1) return GetShape(name);
        var props = Props(SourceShape(name));
        foreach (var p in reference.EnumerateObject())
            if (p.Name != "shape") props[p.Name] = p.Value;
        return new Shape(this, name, props);
    }

    private static Dictionary<string, JsonElement> Props(JsonElement json)
    {
        var props = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (json.ValueKind == JsonValueKind.Object)
            foreach (var p in json.EnumerateObject()) props[p.Name] = p.Value;
        return props;
    }
}
