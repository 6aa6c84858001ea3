using System.Text.Json.Nodes;
using Aws.Local.Storage;
using Aws.Local.Storage.Sqlite;

namespace Aws.Local.Tests.Storage;

public sealed class SqliteStateStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aws-local-store-").FullName;
    private readonly List<SqliteStateStore> _stores = [];

    public void Dispose()
    {
        foreach (var store in _stores) store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private SqliteStateStore Open()
    {
        var store = new SqliteStateStore(_dir);
        _stores.Add(store);
        return store;
    }

    private SqliteDatabase Raw() => SqliteDatabase.Open(Path.Combine(_dir, SqliteStateStore.FileName), TimeSpan.FromSeconds(5));

    private static JsonObject Users(JsonObject s, string account = "111122223333") => s.Obj("accounts").Obj(account).Obj("users");

    private static int UserCount(SqliteStateStore store) => store.Read(s => s["accounts"]?["111122223333"]?["users"]?.AsObject().Count ?? 0);

    [Fact]
    public void A_write_is_visible_to_a_store_opened_later_and_to_one_already_open()
    {
        var other = Open();
        Assert.Equal(0, UserCount(other)); // caches its snapshot
        Open().Write(s => Users(s)["bob"] = new JsonObject { ["UserName"] = "bob" });
        Assert.Equal(1, UserCount(Open()));
        Assert.Equal(1, UserCount(other));
    }

    [Fact]
    public void A_failed_write_changes_nothing()
    {
        var store = Open();
        store.Write(s => s["x"] = 1);
        Assert.Throws<InvalidOperationException>(() => store.Write<int>(s =>
        {
            s["x"] = 2;
            Users(s)["eve"] = new JsonObject();
            throw new InvalidOperationException();
        }));
        Assert.Equal(1, store.Read(s => s["x"]!.GetValue<int>()));
        Assert.Equal(0, UserCount(store));
        var reopened = Open();
        Assert.Equal(1, reopened.Read(s => s["x"]!.GetValue<int>()));
        Assert.Equal(0, UserCount(reopened));
    }

    [Fact]
    public void Concurrent_writers_on_two_stores_lose_no_update()
    {
        // Two stores stand for two processes (the CLI and a server), each written from several threads.
        var stores = new[] { Open(), Open() };
        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            stores[i % 2].Write(s => s["n"] = (s["n"]?.GetValue<int>() ?? 0) + 1);
            stores[(i + 1) % 2].Write(s => Users(s)["u" + i] = new JsonObject { ["UserName"] = "u" + i });
        });
        var fresh = Open();
        Assert.Equal(200, fresh.Read(s => s["n"]!.GetValue<int>()));
        Assert.Equal(200, UserCount(fresh));
        Assert.Equal(200, UserCount(stores[0]));
    }

    [Fact]
    public async Task Readers_on_many_threads_see_whole_writes_only()
    {
        var store = Open();
        store.Write(s => { s["a"] = 0; s["b"] = 0; return 0; });
        var writer = Task.Run(() =>
        {
            for (var i = 1; i <= 100; i++) store.Write(s => { s["a"] = i; s["b"] = -i; return 0; });
        }, TestContext.Current.CancellationToken);
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            while (!writer.IsCompleted)
                store.Read(s => { Assert.Equal(0, s["a"]!.GetValue<int>() + s["b"]!.GetValue<int>()); return 0; });
        }, TestContext.Current.CancellationToken)).ToArray();
        await Task.WhenAll([writer, .. readers]);
        Assert.Equal(100, Open().Read(s => s["a"]!.GetValue<int>()));
    }

    [Fact]
    public void A_write_stores_only_the_rows_it_changed()
    {
        var store = Open();
        store.Write(s =>
        {
            for (var i = 0; i < 50; i++) Users(s)["u" + i] = new JsonObject { ["UserName"] = "u" + i };
            return 0;
        });
        using (var db = Raw())
            db.Execute("""
                CREATE TABLE written (path TEXT);
                CREATE TRIGGER on_insert AFTER INSERT ON entities BEGIN INSERT INTO written VALUES (new.path); END;
                CREATE TRIGGER on_update AFTER UPDATE ON entities BEGIN INSERT INTO written VALUES (new.path); END;
                CREATE TRIGGER on_delete AFTER DELETE ON entities BEGIN INSERT INTO written VALUES (old.path); END;
                """);
        store.Write(s => Users(s)["u7"]!["Path"] = "/ops/");
        store.Write(s => Users(s).Remove("u9"));
        using var check = Raw();
        using var written = check.Prepare("SELECT path FROM written ORDER BY rowid");
        var paths = new List<string>();
        while (written.Step()) paths.Add(written.Text(0)!);
        Assert.Equal(["""["accounts","111122223333","users","u7"]""", """["accounts","111122223333","users","u9"]"""], paths);
    }

    [Fact]
    public void Members_keep_their_order_and_names_may_hold_slashes()
    {
        const string arn = "arn:aws:iam::111122223333:policy/team/a";
        Open().Write(s =>
        {
            foreach (var name in new[] { "zed", "amy", "bob" }) Users(s)[name] = new JsonObject { ["UserName"] = name };
            s.Obj("accounts").Obj("111122223333").Obj("policies")[arn] = new JsonObject { ["Arn"] = arn, ["n"] = 1.5, ["tags"] = new JsonArray("x", true) };
            return 0;
        });
        Open().Write(s => { Users(s).Remove("zed"); Users(s)["zed"] = new JsonObject { ["UserName"] = "zed", ["v"] = 2 }; return 0; });
        var reopened = Open();
        Assert.Equal(["amy", "bob", "zed"], reopened.Read(s => Users(s).Select(u => u.Key).ToList()));
        var policy = reopened.Read(s => s["accounts"]!["111122223333"]!["policies"]![arn]!.ToJsonString());
        Assert.Equal($$"""{"Arn":"{{arn}}","n":1.5,"tags":["x",true]}""", policy);
    }

    [Fact]
    public void A_newer_schema_is_refused()
    {
        using (var db = Raw()) db.Execute("PRAGMA user_version = 99");
        var error = Assert.Throws<InvalidDataException>(Open);
        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
        Assert.Contains($"understands up to {SqliteStateStore.SchemaVersion}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_database_is_versioned_in_wal_mode_and_private()
    {
        Open().Write(s => s["x"] = 1);
        using var db = Raw();
        Assert.Equal("wal", db.ScalarText("PRAGMA journal_mode"));
        Assert.Equal(SqliteStateStore.SchemaVersion, db.ScalarInt64("PRAGMA user_version"));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_dir, SqliteStateStore.FileName)));
    }

    [Fact]
    public void An_old_state_json_is_migrated_once()
    {
        var legacy = Path.Combine(_dir, "state.json");
        File.WriteAllText(legacy, """
            {"schemaVersion":1,"accounts":{"111122223333":{"created":"2026-01-01T00:00:00Z","users":{"admin":{"UserName":"admin"},"bob":{"UserName":"bob"}}}},
             "accessKeys":{"AKIAEXAMPLE":{"account":"111122223333","userName":"admin","secret":"s","status":"Active"}},"sessions":{}}
            """);
        var store = Open();
        Assert.Equal(["admin", "bob"], store.Read(s => Users(s).Select(u => u.Key).ToList()));
        Assert.Equal("s", store.Read(s => s["accessKeys"]!["AKIAEXAMPLE"].Str("secret")));
        Assert.False(File.Exists(legacy));
        Assert.True(File.Exists(legacy + ".migrated"));

        store.Write(s => Users(s).Remove("bob"));
        File.Copy(legacy + ".migrated", legacy); // a stray copy is not imported again
        Assert.Equal(["admin"], Open().Read(s => Users(s).Select(u => u.Key).ToList()));
    }

    [Fact]
    public void A_newer_state_json_is_refused_and_nothing_is_created()
    {
        File.WriteAllText(Path.Combine(_dir, "state.json"), """{"schemaVersion":99}""");
        Assert.Throws<InvalidDataException>(Open);
        using var db = Raw();
        Assert.Equal(0, db.ScalarInt64("PRAGMA user_version"));
    }

    [Fact]
    public void Memory_store_rolls_back_a_failed_write()
    {
        var store = new MemoryStateStore();
        store.Write(s => s["x"] = JsonValue.Create("a"));
        Assert.Throws<InvalidOperationException>(() => store.Write<int>(s => { s["x"] = "b"; throw new InvalidOperationException(); }));
        Assert.Equal("a", store.Read(s => s["x"]!.GetValue<string>()));
    }
}
