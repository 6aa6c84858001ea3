using System.Text.Json;
using System.Text.Json.Nodes;
using Aws.Core.Model;
using Aws.Testing;

namespace Aws.Core.Tests.Protocols.Input;

/// <summary>One serialization case of the shared protocol suite, with the mini model it runs against.</summary>
public sealed record InputCase(
    string File, string Protocol, string Name, string? Id, string Suite, JsonObject Case, OperationModel Operation, Uri Endpoint)
{
    /// <summary>The input files, by label ("query", "legacy/query", ...), relative to the protocols folder.</summary>
    public static readonly string[] Files =
    [
        "input/ec2.json", "input/json.json", "input/json_1_0.json", "input/json_1_0-query-compatible.json",
        "input/query.json", "input/rest-json.json", "input/rest-xml.json",
        "legacy/input/ec2.json", "legacy/input/json.json", "legacy/input/query.json",
        "legacy/input/rest-json.json", "legacy/input/rest-xml.json",
    ];

    private static readonly Lazy<IReadOnlyDictionary<string, InputCase>> All = new(Load);

    public static IReadOnlyDictionary<string, InputCase> Cases => All.Value;

    public static string Label(string file) =>
        (file.StartsWith("legacy/", StringComparison.Ordinal) ? "legacy/" : "") + Path.GetFileNameWithoutExtension(file);

    private static IReadOnlyDictionary<string, InputCase> Load()
    {
        var cases = new Dictionary<string, InputCase>(StringComparer.Ordinal);
        if (TestPaths.TestDataDir("protocols") is not { } dir) return cases;
        foreach (var file in Files)
        {
            var suites = JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(dir, file)))!.AsArray();
            foreach (var suite in suites)
            {
                var description = (string)suite!["description"]!;
                var endpoint = new Uri((string?)suite["clientEndpoint"] ?? "https://example.com");
                var index = 0;
                foreach (var c in suite["cases"]!.AsArray())
                {
                    var caseObj = c!.AsObject();
                    var id = (string?)caseObj["id"];
                    var name = id ?? $"{description} #{index}";
                    index++;
                    var operation = BuildOperation(suite.AsObject(), caseObj);
                    var key = Label(file) + ": " + name;
                    cases[key] = new InputCase(file, Label(file), name, id, description, caseObj, operation, endpoint);
                }
            }
        }
        return cases;
    }

    /// <summary>The suite as a botocore service document with this case's operation in it.</summary>
    private static OperationModel BuildOperation(JsonObject suite, JsonObject testCase)
    {
        var given = testCase["given"]!.AsObject();
        var name = (string?)given["name"] ?? "OperationName";
        var document = new JsonObject
        {
            ["metadata"] = suite["metadata"]!.DeepClone(),
            ["shapes"] = suite["shapes"]?.DeepClone() ?? new JsonObject(),
            ["operations"] = new JsonObject { [name] = given.DeepClone() },
        };
        var json = JsonDocument.Parse(document.ToJsonString()).RootElement;
        var service = new ServiceModel("protocol-test", new DocumentModelSource(json));
        return service.GetOperation(name)!;
    }

    public override string ToString() => Protocol + ": " + Name;
}
