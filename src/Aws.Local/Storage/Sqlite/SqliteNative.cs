using System.Reflection;
using System.Runtime.InteropServices;

namespace Aws.Local.Storage.Sqlite;

/// <summary>
/// The few SQLite C functions the state store needs. The published AOT `aws` links libsqlite3.a statically
/// (DirectPInvoke "sqlite3" in src/Aws.Cli's project), so these calls are direct; under the JIT (tests, `dotnet run`)
/// the resolver maps "sqlite3" to the system's libsqlite3.so.0, which needs no -dev package.
/// </summary>
/// <remarks>A hand-written binding rather than Microsoft.Data.Sqlite: no ADO.NET layer, no reflection-based provider
/// start-up, nothing to load at CLI start; the store needs about twenty functions.</remarks>
internal static partial class SqliteNative
{
    private const string Library = "sqlite3";

    public const int Ok = 0;
    public const int Busy = 5;
    public const int Row = 100;
    public const int Done = 101;

    public const int OpenReadWrite = 0x2;
    public const int OpenCreate = 0x4;
    public const int OpenNoMutex = 0x8000;
    public const int OpenPrivateCache = 0x40000;

    /// <summary>SQLITE_TRANSIENT: SQLite copies a bound value before the call returns.</summary>
    public static readonly nint Transient = -1;

    static SqliteNative() => NativeLibrary.SetDllImportResolver(typeof(SqliteNative).Assembly, Resolve);

    /// <summary>Runs the static constructor (the resolver) before the first call.</summary>
    public static void EnsureResolver() { }

    private static nint Resolve(string name, Assembly assembly, DllImportSearchPath? path)
    {
        if (name != Library) return 0;
        foreach (var candidate in new[] { "libsqlite3.so.0", "libsqlite3.so", "libsqlite3.dylib", "sqlite3.dll" })
            if (NativeLibrary.TryLoad(candidate, assembly, path, out var handle)) return handle;
        return 0;
    }

    [LibraryImport(Library, EntryPoint = "sqlite3_open_v2", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Open(string filename, out nint db, int flags, nint vfs);

    [LibraryImport(Library, EntryPoint = "sqlite3_close_v2")]
    public static partial int Close(nint db);

    [LibraryImport(Library, EntryPoint = "sqlite3_busy_timeout")]
    public static partial int BusyTimeout(nint db, int milliseconds);

    [LibraryImport(Library, EntryPoint = "sqlite3_extended_result_codes")]
    public static partial int ExtendedResultCodes(nint db, int on);

    [LibraryImport(Library, EntryPoint = "sqlite3_exec", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Exec(nint db, string sql, nint callback, nint argument, nint errorMessage);

    [LibraryImport(Library, EntryPoint = "sqlite3_prepare_v2", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Prepare(nint db, string sql, int length, out nint statement, nint tail);

    [LibraryImport(Library, EntryPoint = "sqlite3_finalize")]
    public static partial int Finalize(nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_reset")]
    public static partial int Reset(nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_clear_bindings")]
    public static partial int ClearBindings(nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_step")]
    public static partial int Step(nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_text")]
    public static unsafe partial int BindText(nint statement, int index, byte* text, int length, nint destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_int64")]
    public static partial int BindInt64(nint statement, int index, long value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_null")]
    public static partial int BindNull(nint statement, int index);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_type")]
    public static partial int ColumnType(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_int64")]
    public static partial long ColumnInt64(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_text")]
    public static partial nint ColumnText(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_bytes")]
    public static partial int ColumnBytes(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_errmsg")]
    public static partial nint ErrorMessage(nint db);

    [LibraryImport(Library, EntryPoint = "sqlite3_errstr")]
    public static partial nint ErrorString(int code);

    [LibraryImport(Library, EntryPoint = "sqlite3_libversion")]
    public static partial nint LibVersion();

    [LibraryImport(Library, EntryPoint = "sqlite3_last_insert_rowid")]
    public static partial long LastInsertRowId(nint db);

    [LibraryImport(Library, EntryPoint = "sqlite3_get_autocommit")]
    public static partial int GetAutocommit(nint db);
}
