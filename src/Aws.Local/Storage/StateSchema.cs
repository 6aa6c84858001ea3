using System.Text.Json.Nodes;
using Aws.Local.Storage.Sqlite;

namespace Aws.Local.Storage;

/// <summary>
/// The tables of <c>state.db</c> and their version (<c>PRAGMA user_version</c>): created on first open, with the
/// state of an older <c>state.json</c> (the JSON-file store) moved in once and that file renamed
/// <c>state.json.migrated</c>. A database written by a newer aws is refused rather than misread.
/// </summary>
internal static class StateSchema
{
    public const string SelectGeneration = "SELECT value FROM meta WHERE key = 'generation'";
    public const string LegacyFileName = "state.json";

    private const string CreateTables = """
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,   -- insertion order: members come back in the order they were added
            path TEXT NOT NULL UNIQUE, -- JSON array of keys from the document's root
            json TEXT                  -- the member's JSON; NULL marks an object whose members are rows of their own
        );
        CREATE TABLE meta (key TEXT PRIMARY KEY, value);
        INSERT INTO meta (key, value) VALUES ('generation', 0);
        """;

    public static void Initialize(SqliteDatabase db, string directory, string databasePath)
    {
        var legacy = Path.Combine(directory, LegacyFileName);
        db.Execute("BEGIN IMMEDIATE");
        try
        {
            var version = db.ScalarInt64("PRAGMA user_version");
            if (version > SqliteStateStore.SchemaVersion)
                throw new InvalidDataException(
                    $"{databasePath} has state schema version {version}; this aws understands up to {SqliteStateStore.SchemaVersion}. Use a newer aws, or another --data-dir.");
            if (version == 0)
            {
                db.Execute(CreateTables);
                if (File.Exists(legacy)) Import(db, legacy);
                db.Execute($"PRAGMA user_version = {SqliteStateStore.SchemaVersion}");
            }
            db.Execute("COMMIT");
        }
        catch
        {
            if (!db.AutoCommit) db.Execute("ROLLBACK");
            throw;
        }
        // Renamed after the commit: a crash in between leaves both, and the next open finishes the rename.
        if (File.Exists(legacy) && db.ScalarText("SELECT value FROM meta WHERE key = 'migratedFrom'") == LegacyFileName)
            File.Move(legacy, legacy + ".migrated", overwrite: true);
    }

    private static void Import(SqliteDatabase db, string legacy)
    {
        var document = JsonNode.Parse(File.ReadAllBytes(legacy)) as JsonObject
            ?? throw new InvalidDataException($"{legacy} is not a JSON object.");
        StateDocument.CheckVersion(document, legacy);
        using var insert = db.Prepare("INSERT INTO entities (path, json) VALUES (?1, ?2)");
        StateDocument.Normalize(document);
        foreach (var (row, _, _) in StateRows.Collect(document)) insert.Bind(1, row.Path).Bind(2, row.Json).Run();
        using var mark = db.Prepare("INSERT INTO meta (key, value) VALUES ('migratedFrom', ?1)");
        mark.Bind(1, LegacyFileName).Run();
        db.Execute("UPDATE meta SET value = 1 WHERE key = 'generation'");
    }
}
