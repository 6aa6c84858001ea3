namespace Aws.Local.Storage.Sqlite;

/// <summary>A failed SQLite call: its result code and SQLite's message.</summary>
public sealed class SqliteException(int code, string message) : IOException(message)
{
    public int Code { get; } = code;
}
