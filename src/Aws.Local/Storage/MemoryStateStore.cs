using System.Text.Json.Nodes;

namespace Aws.Local.Storage;

/// <summary>State kept in memory only (<c>--ephemeral</c>, tests). A failed write is rolled back from a copy.</summary>
public sealed class MemoryStateStore : IStateStore
{
    private readonly Lock _gate = new();
    private JsonObject _state = StateDocument.CreateEmpty();

    public T Read<T>(Func<JsonObject, T> read)
    {
        lock (_gate)
        {
            using var scope = StateDocument.EnterRead();
            return read(_state);
        }
    }

    public T Write<T>(Func<JsonObject, T> change)
    {
        lock (_gate)
        {
            var working = (JsonObject)_state.DeepClone();
            T result;
            using (StateDocument.EnterWrite()) result = change(working);
            _state = working;
            return result;
        }
    }
}
