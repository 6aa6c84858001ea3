using System.Text.Json;

namespace Aws.Core.Model;

/// <summary>A model held as one parsed document: botocore's service-2.json, or a protocol test suite.</summary>
public sealed class DocumentModelSource : IModelSource
{
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement;
    private readonly JsonElement _operations;
    private readonly JsonElement _shapes;

    public DocumentModelSource(JsonElement serviceModel, JsonElement? paginators = null, JsonElement? waiters = null)
    {
        Metadata = serviceModel.TryGetProperty("metadata", out var m) ? m : EmptyObject;
        _operations = serviceModel.TryGetProperty("operations", out var o) ? o : EmptyObject;
        _shapes = serviceModel.TryGetProperty("shapes", out var s) ? s : EmptyObject;
        OperationNames = _operations.EnumerateObject().Select(p => p.Name).ToArray();
        Paginators = Unwrap(paginators, "pagination");
        Waiters = Unwrap(waiters, "waiters");
    }

    private static JsonElement Unwrap(JsonElement? file, string key) =>
        file is { ValueKind: JsonValueKind.Object } f ? (f.TryGetProperty(key, out var inner) ? inner : f) : EmptyObject;

    public JsonElement Metadata { get; }
    public IReadOnlyList<string> OperationNames { get; }
    public JsonElement Paginators { get; }
    public JsonElement Waiters { get; }
    public bool TryGetOperation(string name, out JsonElement operation) => _operations.TryGetProperty(name, out operation);
    public bool TryGetShape(string name, out JsonElement shape) => _shapes.TryGetProperty(name, out shape);
}
