using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Aws.Local.Storage.Sqlite;

namespace Aws.Local.Storage;

/// <summary>
/// State in <c>DIR/state.db</c>, a SQLite database in WAL mode shared safely by every process that opens the same
/// folder (the in-process CLI and a running <c>aws local serve</c>). Each entity is a row (see <see cref="StateRows"/>):
/// a write runs in <c>BEGIN IMMEDIATE</c> (one writer at a time across processes, others wait up to the busy timeout),
/// stores only the rows whose JSON changed, bumps a generation counter and commits with <c>synchronous=FULL</c>, so an
/// acknowledged write survives kill -9 and power loss.
/// Reads share one immutable snapshot of the document without locks; a read costs one indexed lookup of the
/// generation, and the snapshot is rebuilt only when another connection (another process) has committed since.
/// </summary>
public sealed class SqliteStateStore : IStateStore, IDisposable
{
    /// <summary>Bumped when the tables change; a database newer than this code understands is refused.</summary>
    public const int SchemaVersion = 1;
    public const string FileName = "state.db";
    private static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    // Immutable once published: writers clone the document, change the clone and publish it.
    private sealed record Snapshot(JsonObject Document, Dictionary<string, StoredRow> Rows, long Generation);

    // A row as stored: its JSON and its id (the order of siblings).
    private readonly record struct StoredRow(string? Json, long Id);

    private readonly Lock _writeGate = new();
    private readonly SqliteDatabase _writer;
    // Connections that read the generation for readers: one per concurrent reader, so reads never wait on each other.
    private readonly ConcurrentBag<Watcher> _watchers = [];
    private readonly SqliteStatement _generation;
    private readonly SqliteStatement _setGeneration;
    private readonly SqliteStatement _insert;
    private readonly SqliteStatement _update;
    private readonly SqliteStatement _delete;
    private readonly SqliteStatement _all;
    private volatile Snapshot _snapshot;
    private volatile bool _disposed;

    public SqliteStateStore(string directory)
    {
        System.IO.Directory.CreateDirectory(directory);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory = directory;
        DatabasePath = Path.Combine(directory, FileName);
        CreateOwnerOnly(DatabasePath);
        _writer = SqliteDatabase.Open(DatabasePath, BusyTimeout);
        try
        {
            _writer.Execute("PRAGMA journal_mode=WAL");
            _writer.Execute("PRAGMA synchronous=FULL");
            StateSchema.Initialize(_writer, directory, DatabasePath);
            _watchers.Add(Watcher.Open(DatabasePath));
            _generation = _writer.Prepare(StateSchema.SelectGeneration);
            _setGeneration = _writer.Prepare("UPDATE meta SET value = ?1 WHERE key = 'generation'");
            _insert = _writer.Prepare("INSERT INTO entities (path, json) VALUES (?1, ?2)");
            _update = _writer.Prepare("UPDATE entities SET json = ?2 WHERE path = ?1");
            _delete = _writer.Prepare("DELETE FROM entities WHERE path = ?1");
            _all = _writer.Prepare("SELECT path, json, id FROM entities ORDER BY id");
            lock (_writeGate) _snapshot = LoadSnapshot();
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public string Directory { get; }
    public string DatabasePath { get; }

    public T Read<T>(Func<JsonObject, T> read) => read(Fresh().Document);

    public T Write<T>(Func<JsonObject, T> change)
    {
        lock (_writeGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _writer.Execute("BEGIN IMMEDIATE");
            var committed = false;
            try
            {
                var generation = ReadGeneration(_generation);
                var current = _snapshot.Generation == generation ? _snapshot : Load(generation);
                var working = (JsonObject)current.Document.DeepClone();
                var result = change(working);
                StateDocument.Normalize(working);
                var rows = Save(current.Rows, working);
                _setGeneration.Bind(1, generation + 1).Run();
                _writer.Execute("COMMIT");
                committed = true;
                _snapshot = new Snapshot(working, rows, generation + 1);
                return result;
            }
            finally
            {
                if (!committed && !_writer.AutoCommit) _writer.Execute("ROLLBACK");
            }
        }
    }

    // The published snapshot, rebuilt first when the database's generation moved (a commit by another connection).
    private Snapshot Fresh()
    {
        var snapshot = _snapshot;
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_watchers.TryTake(out var watcher)) watcher = Watcher.Open(DatabasePath);
        long generation;
        try
        {
            generation = ReadGeneration(watcher.Generation);
        }
        finally
        {
            if (_disposed) watcher.Dispose(); else _watchers.Add(watcher);
        }
        if (generation == snapshot.Generation) return snapshot;
        lock (_writeGate)
        {
            if (_snapshot.Generation >= generation) return _snapshot;
            return _snapshot = LoadSnapshot();
        }
    }

    // Writes the rows whose JSON differs from the stored ones and deletes the rows that are gone. A member removed and
    // added again comes after its siblings in the document, so it is stored again as a new row (ids order siblings).
    private Dictionary<string, StoredRow> Save(Dictionary<string, StoredRow> previous, JsonObject document)
    {
        var rows = StateRows.Collect(document);
        var present = new HashSet<string>(rows.Count, StringComparer.Ordinal);
        foreach (var row in rows) present.Add(row.Row.Path);
        foreach (var path in previous.Keys)
            if (!present.Contains(path)) _delete.Bind(1, path).Run();
        var next = new Dictionary<string, StoredRow>(rows.Count, StringComparer.Ordinal);
        var lastSiblingId = new Dictionary<int, long>();
        var inserted = new bool[rows.Count]; // a re-inserted object's members are re-inserted after it
        for (var i = 0; i < rows.Count; i++)
        {
            var (row, node, parent) = rows[i];
            var last = lastSiblingId.GetValueOrDefault(parent);
            if (previous.TryGetValue(row.Path, out var old) && old.Id > last && (parent < 0 || !inserted[parent]))
            {
                if (old.Json != row.Json)
                {
                    _update.Bind(1, row.Path).Bind(2, row.Json).Run();
                    StateRows.Materialize(node);
                }
                next[row.Path] = new StoredRow(row.Json, old.Id);
            }
            else
            {
                if (previous.ContainsKey(row.Path)) _delete.Bind(1, row.Path).Run();
                _insert.Bind(1, row.Path).Bind(2, row.Json).Run();
                inserted[i] = true;
                StateRows.Materialize(node);
                next[row.Path] = new StoredRow(row.Json, _writer.LastInsertRowId);
            }
            lastSiblingId[parent] = next[row.Path].Id;
        }
        return next;
    }

    private Snapshot LoadSnapshot()
    {
        _writer.Execute("BEGIN");
        try
        {
            return Load(ReadGeneration(_generation));
        }
        finally
        {
            _writer.Execute("COMMIT");
        }
    }

    // Inside a transaction on the writer: every row, in insertion order.
    private Snapshot Load(long generation)
    {
        var rows = new List<StateRows.Row>();
        var stored = new Dictionary<string, StoredRow>(StringComparer.Ordinal);
        try
        {
            while (_all.Step())
            {
                var row = new StateRows.Row(_all.Text(0)!, _all.IsNull(1) ? null : _all.Text(1));
                rows.Add(row);
                stored[row.Path] = new StoredRow(row.Json, _all.Int64(2));
            }
        }
        finally
        {
            _all.Reset();
        }
        var document = rows.Count == 0 ? StateDocument.CreateEmpty() : StateRows.Build(rows);
        StateDocument.Normalize(document);
        return new Snapshot(document, stored, generation);
    }

    private static long ReadGeneration(SqliteStatement statement)
    {
        try
        {
            return statement.Step() ? statement.Int64(0) : 0;
        }
        finally
        {
            statement.Reset();
        }
    }

    // The database file is created owner-only before SQLite opens it; SQLite gives its -wal and -shm files the same mode.
    private static void CreateOwnerOnly(string path)
    {
        if (File.Exists(path) || OperatingSystem.IsWindows()) return;
        try
        {
            using var _ = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            });
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first.
        }
    }

    private sealed class Watcher(SqliteDatabase db, SqliteStatement generation) : IDisposable
    {
        public SqliteStatement Generation { get; } = generation;

        public static Watcher Open(string path)
        {
            var db = SqliteDatabase.Open(path, BusyTimeout);
            try
            {
                return new Watcher(db, db.Prepare(StateSchema.SelectGeneration));
            }
            catch
            {
                db.Dispose();
                throw;
            }
        }

        public void Dispose()
        {
            Generation.Dispose();
            db.Dispose();
        }
    }

    public void Dispose()
    {
        lock (_writeGate)
        {
            if (_disposed) return;
            _disposed = true;
            while (_watchers.TryTake(out var watcher)) watcher.Dispose();
            _generation?.Dispose();
            _setGeneration?.Dispose();
            _insert?.Dispose();
            _update?.Dispose();
            _delete?.Dispose();
            _all?.Dispose();
            _writer.Dispose();
        }
    }
}
