using System.Text.Json;
using System.Text.Json.Nodes;
using Aws.Core.Model;

namespace Aws.Core.Tests.Protocols.Output;

/// <summary>One output conformance case with the mini service model of its suite.</summary>
internal sealed record OutputCase(string File, string Key, string? Id, string Suite, JsonObject Case, ServiceModel Service, OperationModel Operation)
{
    public string Protocol => Service.Metadata.Protocol;
}

/// <summary>Loads ../shared/testdata/protocols/{output,legacy/output}/*.json as cases keyed "file :: name".</summary>
internal static class OutputCases
{
    public static readonly string[] Files =
    [
        "output/ec2.json", "output/json.json", "output/json_1_0.json", "output/json_1_0-query-compatible.json",
        "output/query.json", "output/rest-json.json", "output/rest-xml.json",
        "legacy/output/ec2.json", "legacy/output/json.json", "legacy/output/query.json",
        "legacy/output/rest-json.json", "legacy/output/rest-xml.json",
    ];

    private static readonly Lazy<Dictionary<string, OutputCase>?> All = new(Load);

    public static string? Root => Aws.Testing.TestPaths.TestDataDir("protocols");

    public static IEnumerable<TheoryDataRow<string>> Rows(string file)
    {
        if (All.Value is null) { yield return new TheoryDataRow<string>("(test data missing)"); yield break; }
        foreach (var key in All.Value.Keys.Where(k => k.StartsWith(file + " :: ", StringComparison.Ordinal)))
            yield return new TheoryDataRow<string>(key);
    }

    public static OutputCase? Get(string key) => All.Value is { } all && all.TryGetValue(key, out var c) ? c : null;

    private static Dictionary<string, OutputCase>? Load()
    {
        if (Root is not { } root) return null;
        var cases = new Dictionary<string, OutputCase>(StringComparer.Ordinal);
        foreach (var file in Files)
        {
            var suites = JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(root, file)))!.AsArray();
            for (var s = 0; s < suites.Count; s++)
            {
                var suite = suites[s]!.AsObject();
                var suiteCases = suite["cases"]!.AsArray();
                for (var c = 0; c < suiteCases.Count; c++)
                {
                    var testCase = suiteCases[c]!.AsObject();
                    var id = (string?)testCase["id"];
                    var name = id ?? $"{s}:{c} {(string?)suite["description"]}: {(string?)testCase["description"]}".TrimEnd(':', ' ');
                    var (service, operation) = BuildModel(suite, testCase);
                    cases[$"{file} :: {name}"] = new OutputCase(file, name, id, (string)suite["description"]!, testCase, service, operation);
                }
            }
        }
        return cases;
    }

    /// <summary>
    /// {metadata, shapes, operations: {name: given}} as a service-2.json. Like the upstream runner, a query
    /// output shape with members gets the resultWrapper "&lt;Operation&gt;Result".
    /// </summary>
    private static (ServiceModel, OperationModel) BuildModel(JsonObject suite, JsonObject testCase)
    {
        var given = testCase["given"]!.DeepClone().AsObject();
        var name = (string?)given["name"] ?? "OperationName";
        var shapes = suite["shapes"]?.DeepClone().AsObject() ?? [];
        var metadata = suite["metadata"]!.DeepClone();
        if ((string?)metadata["protocol"] == "query" && (string?)given["output"]?["shape"] is { } outName
            && shapes[outName] is JsonObject outShape && outShape["members"] is JsonObject { Count: > 0 })
            outShape["resultWrapper"] = name + "Result";
        var doc = new JsonObject { ["metadata"] = metadata, ["shapes"] = shapes, ["operations"] = new JsonObject { [name] = given } };
        using var parsed = JsonDocument.Parse(doc.ToJsonString());
        var service = new ServiceModel("test", new DocumentModelSource(parsed.RootElement.Clone()));
        return (service, service.GetOperation(name)!);
    }
}
