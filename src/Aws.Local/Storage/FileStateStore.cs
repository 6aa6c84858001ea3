using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Aws.Local.Storage;

/// <summary>
/// State in <c>DIR/state.json</c>, shared safely by every process that opens the same folder (the in-process
/// CLI and a running <c>aws local serve</c>): writers take an exclusive lock on <c>DIR/state.lock</c>, reload if
/// another process changed the file, write a temporary file, flush it to disk and rename it over the old one.
/// Readers need no lock (the rename is atomic) and reuse the parsed document while the file is unchanged.
/// </summary>
/// <remarks>
/// JSON files rather than SQLite: Microsoft.Data.Sqlite needs a native library beside the binary, which breaks
/// the single-file AOT `aws`; this store gives the same guarantees (transactions, durability, multi-process
/// safety) for a state that is small.
/// </remarks>
public sealed class FileStateStore : IStateStore
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(30);
    private readonly Lock _gate = new();
    private readonly string _statePath;
    private readonly string _lockPath;
    private JsonObject _cached = StateDocument.CreateEmpty();
    private (DateTime Time, long Length)? _cachedStamp;

    public FileStateStore(string directory)
    {
        System.IO.Directory.CreateDirectory(directory);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory = directory;
        _statePath = Path.Combine(directory, "state.json");
        _lockPath = Path.Combine(directory, "state.lock");
    }

    public string Directory { get; }

    public T Read<T>(Func<JsonObject, T> read)
    {
        lock (_gate) return read(Current());
    }

    public T Write<T>(Func<JsonObject, T> change)
    {
        lock (_gate)
        {
            using var fileLock = AcquireLock();
            var working = (JsonObject)Current().DeepClone();
            var result = change(working);
            Save(working);
            return result;
        }
    }

    // The parsed document, reloaded when the file's stamp moved (another process wrote it).
    private JsonObject Current()
    {
        var info = new FileInfo(_statePath);
        if (!info.Exists)
        {
            _cachedStamp = null;
            return _cached = StateDocument.CreateEmpty();
        }
        var stamp = (info.LastWriteTimeUtc, info.Length);
        if (_cachedStamp == stamp) return _cached;
        var bytes = File.ReadAllBytes(_statePath);
        var parsed = JsonNode.Parse(bytes) as JsonObject ?? throw new InvalidDataException($"{_statePath} is not a JSON object.");
        StateDocument.CheckVersion(parsed, _statePath);
        _cached = parsed;
        _cachedStamp = stamp;
        return parsed;
    }

    private void Save(JsonObject state)
    {
        var temp = _statePath + "." + Environment.ProcessId + ".tmp";
        var bytes = Encoding.UTF8.GetBytes(state.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.None))
        {
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            stream.Write(bytes);
            stream.Flush(flushToDisk: true); // fsync before the rename: an acknowledged write survives kill -9 and power loss
        }
        File.Move(temp, _statePath, overwrite: true);
        _cached = state;
        var info = new FileInfo(_statePath);
        _cachedStamp = (info.LastWriteTimeUtc, info.Length);
    }

    // An exclusive lock between processes; .NET maps FileShare.None to a non-blocking flock on Unix, so retry.
    private FileStream AcquireLock()
    {
        var deadline = DateTime.UtcNow + LockTimeout;
        while (true)
        {
            try
            {
                return new FileStream(_lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(5);
            }
        }
    }
}
