using System.Buffers.Binary;
using System.IO.Compression;
using System.Reflection;
using System.Text;

namespace Aws.Core.Model;

/// <summary>
/// The embedded model bundle (see tools/bundle-models.mjs for its layout). Reads only the index up front;
/// each service is decompressed lazily, one block at a time.
/// </summary>
public sealed class ModelBundle
{
    private readonly byte[] _data;
    private readonly Dictionary<string, (string Key, int Offset, int Length)> _services = new(StringComparer.Ordinal);
    private const int HeaderSize = 12;

    public ModelBundle(byte[] data)
    {
        _data = data;
        if (data.Length < HeaderSize || Encoding.ASCII.GetString(data, 0, 4) != "AWSM")
            throw new InvalidDataException("The model bundle is damaged.");
        var indexLength = (int)BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(8));
        var index = Encoding.UTF8.GetString(data, HeaderSize, indexLength);
        var start = HeaderSize + indexLength;
        var names = new List<string>();
        foreach (var line in index.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var f = line.Split('\t');
            _services[f[0]] = (f[1], start + int.Parse(f[2]), int.Parse(f[3]));
            names.Add(f[0]);
        }
        ServiceNames = names;
    }

    private static ModelBundle? s_embedded;

    /// <summary>The bundle compiled into this assembly.</summary>
    public static ModelBundle Embedded => s_embedded ??= LoadEmbedded();

    private static ModelBundle LoadEmbedded()
    {
        using var stream = typeof(ModelBundle).Assembly.GetManifestResourceStream("models.bin")
            ?? throw new InvalidOperationException("The model bundle is missing from the build.");
        var data = new byte[stream.Length];
        stream.ReadExactly(data);
        return new ModelBundle(data);
    }

    /// <summary>CLI command names of every bundled service, sorted.</summary>
    public IReadOnlyList<string> ServiceNames { get; }

    /// <summary>The npm service key (e.g. "s3" for "s3api").</summary>
    public string? ServiceKey(string cliName) => _services.TryGetValue(cliName, out var s) ? s.Key : null;

    public bool Contains(string cliName) => _services.ContainsKey(cliName);

    public IModelSource? Open(string cliName) =>
        _services.TryGetValue(cliName, out var s) ? new BundledModelSource(new ReadOnlyMemory<byte>(_data, s.Offset, s.Length)) : null;

    internal static byte[] Decompress(ReadOnlySpan<byte> compressed, int rawLength)
    {
        var output = new byte[rawLength];
        if (!BrotliDecoder.TryDecompress(compressed, output, out var written) || written != rawLength)
            throw new InvalidDataException("The model bundle is damaged.");
        return output;
    }
}
