using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Aws.Core.Credentials;

/// <summary>
/// botocore's JSONFileCache: one JSON document per key in <c>DIR/KEY.json</c>, created with mode 0600.
/// The CLI keeps role credentials in ~/.aws/cli/cache and SSO tokens in ~/.aws/sso/cache.
/// </summary>
public sealed class JsonFileCache(string directory, bool compactJson = false)
{
    public string Directory { get; } = directory;

    public static JsonFileCache CliCache(string? home) => new(Path.Combine(home ?? "~", ".aws", "cli", "cache"));

    /// <summary>The SSO token cache (json.dumps with default separators, datetimes as ...Z).</summary>
    public static JsonFileCache SsoCache(string? home) => new(Path.Combine(home ?? "~", ".aws", "sso", "cache"));

    public string PathOf(string key) => Path.Combine(Directory, key + ".json");

    /// <summary>The cached document, or null when it is missing or not JSON.</summary>
    public JsonObject? TryRead(string key)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(PathOf(key))) as JsonObject;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException) { return null; }
    }

    public void Write(string key, JsonObject value)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = PathOf(key);
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var stream = new FileStream(path, options);
        stream.SetLength(0);
        var bytes = Encoding.UTF8.GetBytes(PyJson.Dumps(value, compact: compactJson));
        stream.Write(bytes);
    }

    public bool Delete(string key)
    {
        var path = PathOf(key);
        if (!File.Exists(path)) return false;
        File.Delete(path);
        return true;
    }

    /// <summary>sha1 hex of a string, as the CLI names its cache files.</summary>
    public static string Sha1Hex(string text) =>
        Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>botocore's _make_file_safe: ':' and path separators become '_'.</summary>
    public static string FileSafe(string name) =>
        name.Replace(':', '_').Replace(Path.DirectorySeparatorChar, '_').Replace('/', '_');
}
