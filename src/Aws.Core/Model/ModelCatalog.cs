using System.IO.Compression;
using System.Text.Json;

namespace Aws.Core.Model;

/// <summary>
/// Finds service models by CLI command name: first in the botocore-layout folders of AWS_DATA_PATH and
/// ~/.aws/models (they win, as in the AWS CLI), then in the embedded bundle.
/// </summary>
public sealed class ModelCatalog
{
    // botocore service folder name -> AWS CLI command name, where they differ.
    private static readonly Dictionary<string, string> CliRenames = new(StringComparer.Ordinal)
    {
        ["s3"] = "s3api", ["codedeploy"] = "deploy", ["config"] = "configservice",
    };

    private readonly ModelBundle _bundle;
    private readonly IReadOnlyList<string> _dataPaths;
    private readonly Dictionary<string, ServiceModel?> _loaded = new(StringComparer.Ordinal);
    private Dictionary<string, string>? _dataPathServices;

    public ModelCatalog(ModelBundle bundle, IReadOnlyList<string> dataPaths)
    {
        _bundle = bundle;
        _dataPaths = dataPaths;
    }

    /// <summary>The catalog for this process: the embedded bundle plus AWS_DATA_PATH and ~/.aws/models.</summary>
    public static ModelCatalog FromEnvironment(Func<string, string?> getEnv, string? home)
    {
        var paths = new List<string>();
        var env = getEnv("AWS_DATA_PATH");
        if (!string.IsNullOrEmpty(env))
            paths.AddRange(env.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(p => ExpandHome(p, home)));
        if (!string.IsNullOrEmpty(home)) paths.Add(Path.Combine(home, ".aws", "models"));
        return new ModelCatalog(ModelBundle.Embedded, paths);
    }

    private static string ExpandHome(string path, string? home) =>
        home is not null && (path == "~" || path.StartsWith("~/", StringComparison.Ordinal)) ? home + path[1..] : path;

    /// <summary>Every service command name, sorted.</summary>
    public IReadOnlyList<string> ServiceNames =>
        _bundle.ServiceNames.Union(DataPathServices.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    public bool Contains(string cliName) => DataPathServices.ContainsKey(cliName) || _bundle.Contains(cliName);

    public ServiceModel? Load(string cliName)
    {
        if (_loaded.TryGetValue(cliName, out var model)) return model;
        IModelSource? source = DataPathServices.TryGetValue(cliName, out var dir) ? LoadBotocoreLayout(dir) : _bundle.Open(cliName);
        model = source is null ? null : new ServiceModel(cliName, source);
        _loaded[cliName] = model;
        return model;
    }

    private Dictionary<string, string> DataPathServices => _dataPathServices ??= ScanDataPaths();

    private Dictionary<string, string> ScanDataPaths()
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var root in _dataPaths)
        {
            if (!Directory.Exists(root)) continue;
            foreach (var serviceDir in Directory.EnumerateDirectories(root))
            {
                var name = Path.GetFileName(serviceDir);
                var cliName = CliRenames.GetValueOrDefault(name, name);
                if (found.ContainsKey(cliName)) continue;
                if (NewestVersionDir(serviceDir) is not null) found[cliName] = serviceDir;
            }
        }
        return found;
    }

    private static string? NewestVersionDir(string serviceDir) =>
        Directory.EnumerateDirectories(serviceDir)
            .Where(d => File.Exists(Path.Combine(d, "service-2.json")) || File.Exists(Path.Combine(d, "service-2.json.gz")))
            .OrderByDescending(d => Path.GetFileName(d), StringComparer.Ordinal)
            .FirstOrDefault();

    private static DocumentModelSource? LoadBotocoreLayout(string serviceDir)
    {
        var versionDir = NewestVersionDir(serviceDir);
        if (versionDir is null) return null;
        var model = ReadJson(Path.Combine(versionDir, "service-2.json"));
        if (model is null) return null;
        return new DocumentModelSource(model.Value,
            ReadJson(Path.Combine(versionDir, "paginators-1.json")),
            ReadJson(Path.Combine(versionDir, "waiters-2.json")));
    }

    private static JsonElement? ReadJson(string path)
    {
        if (File.Exists(path)) return JsonDocument.Parse(File.ReadAllBytes(path)).RootElement;
        if (File.Exists(path + ".gz"))
        {
            using var gz = new GZipStream(File.OpenRead(path + ".gz"), CompressionMode.Decompress);
            return JsonDocument.Parse(gz).RootElement;
        }
        return null;
    }
}
