using System.Text.Json.Nodes;

namespace Aws.Local.Storage;

/// <summary>
/// The local cloud's state: one JSON document read and changed in transactions. <see cref="Write{T}"/> is
/// atomic and durable when it returns (an acknowledged write survives a crash); a write that throws changes
/// nothing. Handlers treat the document given to <see cref="Read{T}"/> as read-only.
/// </summary>
public interface IStateStore
{
    T Read<T>(Func<JsonObject, T> read);
    T Write<T>(Func<JsonObject, T> change);
}
