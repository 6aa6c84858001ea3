namespace Aws.Cli.Customizations.S3;

public static partial class MimeTypes
{
    private static readonly Lazy<Dictionary<string, string>> Table = new(Load);

    /// <summary>Python's mimetypes.guess_type(path)[0]: suffix aliases, then a compression suffix, then the type.</summary>
    public static string? Guess(string path)
    {
        var (stem, ext) = SplitExt(path);
        while (SuffixMap.TryGetValue(ext, out var alias)) (stem, ext) = SplitExt(stem + alias);
        if (Encodings.Contains(ext)) (stem, ext) = SplitExt(stem);
        var table = Table.Value;
        if (table.TryGetValue(ext, out var type)) return type;
        return table.TryGetValue(ext.ToLowerInvariant(), out type) ? type : null;
    }

    /// <summary>posixpath.splitext: the extension starts at the last dot of the last component, ignoring leading dots.</summary>
    internal static (string Stem, string Ext) SplitExt(string path)
    {
        var slash = path.LastIndexOf('/');
        var dot = path.LastIndexOf('.');
        if (dot <= slash) return (path, "");
        for (var i = slash + 1; i < dot; i++)
            if (path[i] != '.') return (path[..dot], path[dot..]);
        return (path, "");
    }

    private static Dictionary<string, string> Load()
    {
        var table = new Dictionary<string, string>(Defaults, StringComparer.Ordinal);
        const string system = "/etc/mime.types";
        try
        {
            if (!File.Exists(system)) return table;
            foreach (var raw in File.ReadLines(system))
            {
                var line = raw;
                var hash = line.IndexOf('#');
                if (hash >= 0) line = line[..hash];
                var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                for (var i = 1; i < words.Length; i++) table["." + words[i]] = words[0];
            }
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return table;
    }
}
