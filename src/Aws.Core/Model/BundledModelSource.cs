using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;

namespace Aws.Core.Model;

/// <summary>One service of the embedded bundle: header parsed on open, blocks decompressed on demand.</summary>
internal sealed class BundledModelSource : IModelSource
{
    private readonly ReadOnlyMemory<byte> _data;
    private readonly int _blocksStart;
    private readonly JsonElement _operations;
    private readonly JsonElement _shapes;
    private readonly (int Offset, int Length, int RawLength)[] _blockTable;
    private readonly byte[]?[] _blocks;
    private readonly Dictionary<string, JsonElement> _parsed = new(StringComparer.Ordinal);

    public BundledModelSource(ReadOnlyMemory<byte> data)
    {
        _data = data;
        var span = data.Span;
        var headerLength = (int)BinaryPrimitives.ReadUInt32LittleEndian(span);
        _blocksStart = 4 + headerLength;
        var header = DecompressUnknown(span.Slice(4, headerLength));
        var root = JsonDocument.Parse(header).RootElement;
        Metadata = root.GetProperty("metadata");
        _operations = root.GetProperty("operations");
        _shapes = root.GetProperty("shapes");
        Paginators = root.GetProperty("paginators");
        Waiters = root.GetProperty("waiters");
        _blockTable = root.GetProperty("blocks").EnumerateArray()
            .Select(b => (b[0].GetInt32(), b[1].GetInt32(), b[2].GetInt32())).ToArray();
        _blocks = new byte[]?[_blockTable.Length];
        OperationNames = _operations.EnumerateObject().Select(p => p.Name).ToArray();
    }

    public JsonElement Metadata { get; }
    public IReadOnlyList<string> OperationNames { get; }
    public JsonElement Paginators { get; }
    public JsonElement Waiters { get; }

    public bool TryGetOperation(string name, out JsonElement operation) => TryGet(_operations, "o:", name, out operation);
    public bool TryGetShape(string name, out JsonElement shape) => TryGet(_shapes, "s:", name, out shape);

    private bool TryGet(JsonElement table, string kind, string name, out JsonElement value)
    {
        var key = kind + name;
        if (_parsed.TryGetValue(key, out value)) return true;
        if (!table.TryGetProperty(name, out var location)) return false;
        var block = Block(location[0].GetInt32());
        value = JsonDocument.Parse(block.AsMemory(location[1].GetInt32(), location[2].GetInt32())).RootElement;
        _parsed[key] = value;
        return true;
    }

    private byte[] Block(int i)
    {
        if (_blocks[i] is { } cached) return cached;
        var (offset, length, raw) = _blockTable[i];
        return _blocks[i] = ModelBundle.Decompress(_data.Span.Slice(_blocksStart + offset, length), raw);
    }

    private static byte[] DecompressUnknown(ReadOnlySpan<byte> compressed)
    {
        using var input = new MemoryStream(compressed.ToArray());
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        brotli.CopyTo(output);
        return output.ToArray();
    }
}
