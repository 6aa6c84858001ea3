using System.Runtime.InteropServices;
using System.Text;

namespace Aws.Local.Storage.Sqlite;

/// <summary>A prepared statement: bind (1-based), step, read columns (0-based), reset to run again.</summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly SqliteDatabase _db;
    private nint _statement;

    internal SqliteStatement(SqliteDatabase db, nint statement)
    {
        _db = db;
        _statement = statement;
    }

    private nint Handle => _statement != 0 ? _statement : throw new ObjectDisposedException(nameof(SqliteStatement));

    public unsafe SqliteStatement Bind(int index, string? value)
    {
        if (value is null)
        {
            _db.Check(SqliteNative.BindNull(Handle, index), "bind");
            return this;
        }
        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        Span<byte> buffer = max <= 1024 ? stackalloc byte[max] : new byte[max];
        var length = Encoding.UTF8.GetBytes(value, buffer);
        fixed (byte* text = buffer)
            _db.Check(SqliteNative.BindText(Handle, index, text, length, SqliteNative.Transient), "bind");
        return this;
    }

    public SqliteStatement Bind(int index, long value)
    {
        _db.Check(SqliteNative.BindInt64(Handle, index, value), "bind");
        return this;
    }

    /// <summary>Runs to the next row: true when a row is ready, false when done.</summary>
    public bool Step()
    {
        var rc = SqliteNative.Step(Handle);
        if (rc == SqliteNative.Row) return true;
        if (rc == SqliteNative.Done) return false;
        SqliteNative.Reset(_statement);
        _db.Check(rc, "step");
        return false;
    }

    /// <summary>Steps a statement that returns no rows, then resets it for the next use.</summary>
    public void Run()
    {
        try
        {
            Step();
        }
        finally
        {
            Reset();
        }
    }

    public void Reset()
    {
        SqliteNative.Reset(Handle);
        SqliteNative.ClearBindings(Handle);
    }

    public bool IsNull(int column) => SqliteNative.ColumnType(Handle, column) == 5;

    public long Int64(int column) => SqliteNative.ColumnInt64(Handle, column);

    public unsafe string? Text(int column)
    {
        var text = SqliteNative.ColumnText(Handle, column);
        if (text == 0) return null;
        return Encoding.UTF8.GetString((byte*)text, SqliteNative.ColumnBytes(Handle, column));
    }

    public void Dispose()
    {
        if (_statement == 0) return;
        SqliteNative.Finalize(_statement);
        _statement = 0;
    }
}
