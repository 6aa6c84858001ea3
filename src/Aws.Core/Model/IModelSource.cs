using System.Text.Json;

namespace Aws.Core.Model;

/// <summary>Where a service model's pieces come from: the embedded bundle, or a whole JSON document.</summary>
public interface IModelSource
{
    JsonElement Metadata { get; }
    IReadOnlyList<string> OperationNames { get; }
    bool TryGetOperation(string name, out JsonElement operation);
    bool TryGetShape(string name, out JsonElement shape);
    /// <summary>The paginators object (operation name -> paginator), or an empty object.</summary>
    JsonElement Paginators { get; }
    /// <summary>The waiters object (waiter name -> waiter), or an empty object.</summary>
    JsonElement Waiters { get; }
}
