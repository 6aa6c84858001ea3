using System.Text.Json.Nodes;
using Aws.Local.Storage;

namespace Aws.Local.Tests.Storage;

public class FileStateStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aws-local-store-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Writes_are_visible_to_another_store_on_the_same_folder()
    {
        new FileStateStore(_dir).Write(s => s["x"] = 1);
        Assert.Equal(1, new FileStateStore(_dir).Read(s => s["x"]!.GetValue<int>()));
    }

    [Fact]
    public void A_failed_write_changes_nothing()
    {
        var store = new FileStateStore(_dir);
        store.Write(s => s["x"] = 1);
        Assert.Throws<InvalidOperationException>(() => store.Write<int>(s => { s["x"] = 2; throw new InvalidOperationException(); }));
        Assert.Equal(1, store.Read(s => s["x"]!.GetValue<int>()));
        Assert.Equal(1, new FileStateStore(_dir).Read(s => s["x"]!.GetValue<int>()));
    }

    [Fact]
    public void Concurrent_writers_on_separate_stores_lose_no_update()
    {
        // Two stores stand for two processes (the CLI and a server): each increments 100 times.
        var stores = new[] { new FileStateStore(_dir), new FileStateStore(_dir) };
        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            stores[i % 2].Write(s => s["n"] = (s["n"]?.GetValue<int>() ?? 0) + 1));
        Assert.Equal(200, new FileStateStore(_dir).Read(s => s["n"]!.GetValue<int>()));
    }

    [Fact]
    public void A_newer_schema_is_refused()
    {
        File.WriteAllText(Path.Combine(_dir, "state.json"), """{"schemaVersion":99}""");
        Assert.Throws<InvalidDataException>(() => new FileStateStore(_dir).Read(s => s));
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
