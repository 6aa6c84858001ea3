using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Aws.Core.Model;

/// <summary>
/// The embedded model bundle (see tools/bundle-models.mjs for its layout). Reads only the index up front;
/// each service is decompressed lazily, one block at a time.
/// </summary>
public sealed class ModelBundle
{
    // The bundle stays where it is (for the embedded one, mapped in the executable): only the index and the
    // opened services are read, so a call touches a few hundred KB instead of copying megabytes.
    private readonly Stream _data;
    private readonly Dictionary<string, (string Key, long Offset, int Length)> _services = new(StringComparer.Ordinal);
    private const int HeaderSize = 12;

    public ModelBundle(byte[] data) : this(new MemoryStream(data, writable: false)) { }

    /// <param name="data">The bundle, seekable; kept open for <see cref="Open"/>.</param>
    public ModelBundle(Stream data)
    {
        _data = data;
        Span<byte> header = stackalloc byte[HeaderSize];
        if (data.Length < HeaderSize || ReadAt(0, header) < HeaderSize || !header[..4].SequenceEqual("AWSM"u8))
            throw new InvalidDataException("The model bundle is damaged.");
        var indexLength = (int)BinaryPrimitives.ReadUInt32LittleEndian(header[8..]);
        var indexBytes = new byte[indexLength];
        if (ReadAt(HeaderSize, indexBytes) < indexLength) throw new InvalidDataException("The model bundle is damaged.");
        var index = Encoding.UTF8.GetString(indexBytes);
        long start = HeaderSize + indexLength;
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

    private static ModelBundle LoadEmbedded() =>
        new(typeof(ModelBundle).Assembly.GetManifestResourceStream("models.bin")
            ?? throw new InvalidOperationException("The model bundle is missing from the build."));

    /// <summary>CLI command names of every bundled service, sorted.</summary>
    public IReadOnlyList<string> ServiceNames { get; }

    /// <summary>The npm service key (e.g. "s3" for "s3api").</summary>
    public string? ServiceKey(string cliName) => _services.TryGetValue(cliName, out var s) ? s.Key : null;

    public bool Contains(string cliName) => _services.ContainsKey(cliName);

    public IModelSource? Open(string cliName)
    {
        if (!_services.TryGetValue(cliName, out var s)) return null;
        var slice = new byte[s.Length];
        if (ReadAt(s.Offset, slice) < s.Length) throw new InvalidDataException("The model bundle is damaged.");
        return new BundledModelSource(slice);
    }

    private int ReadAt(long offset, Span<byte> destination)
    {
        lock (_data)
        {
            _data.Position = offset;
            return _data.ReadAtLeast(destination, destination.Length, throwOnEndOfStream: false);
        }
    }

    internal static byte[] Decompress(ReadOnlySpan<byte> compressed, int rawLength)
    {
        var output = new byte[rawLength];
        if (!BrotliDecoder.TryDecompress(compressed, output, out var written) || written != rawLength)
            throw new InvalidDataException("The model bundle is damaged.");
        return output;
    }
}
