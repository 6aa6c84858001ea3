using System.Runtime.InteropServices;

namespace Aws.Local.Storage.Sqlite;

/// <summary>
/// One SQLite connection, opened without SQLite's own mutex: the owner uses it from one thread at a time.
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    private nint _db;

    private SqliteDatabase(nint db) => _db = db;

    /// <summary>The linked SQLite's version, e.g. "3.40.1".</summary>
    public static string LibraryVersion
    {
        get
        {
            SqliteNative.EnsureResolver();
            return Marshal.PtrToStringUTF8(SqliteNative.LibVersion()) ?? "";
        }
    }

    public static SqliteDatabase Open(string path, TimeSpan busyTimeout)
    {
        SqliteNative.EnsureResolver();
        var flags = SqliteNative.OpenReadWrite | SqliteNative.OpenCreate | SqliteNative.OpenNoMutex | SqliteNative.OpenPrivateCache;
        var rc = SqliteNative.Open(path, out var db, flags, 0);
        if (rc != SqliteNative.Ok)
        {
            var message = db == 0 ? ErrorString(rc) : Marshal.PtrToStringUTF8(SqliteNative.ErrorMessage(db)) ?? ErrorString(rc);
            if (db != 0) SqliteNative.Close(db);
            throw new SqliteException(rc, $"Cannot open {path}: {message}");
        }
        var database = new SqliteDatabase(db);
        SqliteNative.ExtendedResultCodes(db, 1);
        SqliteNative.BusyTimeout(db, (int)busyTimeout.TotalMilliseconds);
        return database;
    }

    internal nint Handle => _db != 0 ? _db : throw new ObjectDisposedException(nameof(SqliteDatabase));

    /// <summary>True when no transaction is open.</summary>
    public bool AutoCommit => SqliteNative.GetAutocommit(Handle) != 0;

    /// <summary>The rowid of the last row this connection inserted.</summary>
    public long LastInsertRowId => SqliteNative.LastInsertRowId(Handle);

    /// <summary>Runs SQL without results (pragmas, BEGIN/COMMIT, DDL).</summary>
    public void Execute(string sql) => Check(SqliteNative.Exec(Handle, sql, 0, 0, 0), sql);

    public SqliteStatement Prepare(string sql)
    {
        Check(SqliteNative.Prepare(Handle, sql, -1, out var statement, 0), sql);
        return new SqliteStatement(this, statement);
    }

    /// <summary>The first column of the first row of a query, as an integer (0 when there is no row).</summary>
    public long ScalarInt64(string sql)
    {
        using var statement = Prepare(sql);
        return statement.Step() ? statement.Int64(0) : 0;
    }

    /// <summary>The first column of the first row of a query, as text (null when there is no row).</summary>
    public string? ScalarText(string sql)
    {
        using var statement = Prepare(sql);
        return statement.Step() ? statement.Text(0) : null;
    }

    internal void Check(int rc, string what)
    {
        if (rc == SqliteNative.Ok) return;
        throw new SqliteException(rc, $"SQLite error {rc} ({ErrorString(rc)}) in {what}: {Marshal.PtrToStringUTF8(SqliteNative.ErrorMessage(Handle))}");
    }

    private static string ErrorString(int rc) => Marshal.PtrToStringUTF8(SqliteNative.ErrorString(rc)) ?? rc.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose()
    {
        if (_db == 0) return;
        SqliteNative.Close(_db);
        _db = 0;
    }
}
