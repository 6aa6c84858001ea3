using System.Text.Json;
using Aws.Core.Model;

namespace Aws.Cli.Tests.Arguments;

/// <summary>
/// Models for the tests. Cases recorded from the real CLI are checked against the botocore models that CLI ran
/// with (the AWS_DATA_PATH layout, with documentation and enums), read from the installed AWS CLI v2 when present.
/// </summary>
internal static class TestModels
{
    public const string BotocoreData = "/usr/lib/python3/dist-packages/awscli/botocore/data";
    public const string MissingBotocore = "the real AWS CLI v2's botocore models are not installed at " + BotocoreData;

    private static readonly Dictionary<string, ServiceModel?> s_cache = new(StringComparer.Ordinal);

    public static string TestDataDir => Path.Combine(Aws.Testing.TestPaths.RepoRoot, "tests", "Aws.Cli.Tests", "Arguments", "TestData");

    /// <summary>The botocore model the real CLI used for this service, or null when it is not installed.</summary>
    public static ServiceModel? Botocore(string cliName)
    {
        lock (s_cache)
        {
            if (s_cache.TryGetValue(cliName, out var cached)) return cached;
            var dirName = cliName switch { "s3api" => "s3", "deploy" => "codedeploy", _ => cliName };
            var dir = Path.Combine(BotocoreData, dirName);
            ServiceModel? model = null;
            if (Directory.Exists(dir))
            {
                var version = Directory.GetDirectories(dir).OrderBy(d => d, StringComparer.Ordinal).Last();
                var service = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(version, "service-2.json"))).RootElement;
                var pagFile = Path.Combine(version, "paginators-1.json");
                JsonElement? pag = File.Exists(pagFile) ? JsonDocument.Parse(File.ReadAllBytes(pagFile)).RootElement : null;
                model = new ServiceModel(cliName, new DocumentModelSource(service, pag));
            }
            return s_cache[cliName] = model;
        }
    }

    public static ServiceModel Embedded(string cliName) => new(cliName, ModelBundle.Embedded.Open(cliName)!);

    /// <summary>Finds an operation by its CLI name.</summary>
    public static OperationModel Operation(ServiceModel service, string cliOperation) =>
        service.GetOperation(service.OperationNames.First(n => Aws.Cli.Arguments.CliNames.ToCliName(n) == cliOperation))!;

    /// <summary>A tiny inline model for focused tests.</summary>
    public static OperationModel Inline(string shapesJson, string inputShape = "Input", string? paginators = null)
    {
        var doc = JsonDocument.Parse(
            "{\"metadata\": {\"protocol\": \"json\", \"endpointPrefix\": \"test\"}," +
            "\"operations\": {\"DoThing\": {\"name\": \"DoThing\", \"input\": {\"shape\": \"" + inputShape + "\"}}}," +
            "\"shapes\": " + shapesJson + "}").RootElement;
        JsonElement? pag = paginators is null ? null : JsonDocument.Parse(paginators).RootElement;
        return new ServiceModel("test", new DocumentModelSource(doc, pag)).GetOperation("DoThing")!;
    }
}
