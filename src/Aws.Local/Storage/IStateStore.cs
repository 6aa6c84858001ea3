using System.Text.Json.Nodes;

namespace Aws.Local.Storage;

/// <summary>
/// The local cloud's state: one JSON document read and changed in transactions. <see cref="Write{T}"/> is
/// atomic and durable when it returns (an acknowledged write survives a crash); a write that throws changes
/// nothing. Handlers treat the document given to <see cref="Read{T}"/> as read-only: <see cref="SqliteStateStore"/> hands
/// the same document to concurrent readers without a lock (the collections that <see cref="StateDocument.Obj"/> would
/// create are created up front by <see cref="StateDocument.Normalize"/>).
/// </summary>
public interface IStateStore
{
    T Read<T>(Func<JsonObject, T> read);
    T Write<T>(Func<JsonObject, T> change);
}
