using System.Text.Json.Nodes;
using Aws.Testing;

namespace Aws.JmesPath.Tests;

/// <summary>One case of the jmespath.test compliance suite (../shared/testdata/jmespath/tests/*.json).</summary>
internal sealed record ComplianceCase(string Id, JsonNode? Given, string Expression, bool HasResult, JsonNode? Result,
    string? Error, string? Bench);

/// <summary>Loads every compliance case once; theory rows carry only the case id.</summary>
internal static class ComplianceSuite
{
    public const string Missing = "(test data missing)";

    public static readonly IReadOnlyDictionary<string, ComplianceCase> Cases = Load();

    private static Dictionary<string, ComplianceCase> Load()
    {
        var cases = new Dictionary<string, ComplianceCase>(StringComparer.Ordinal);
        if (TestPaths.TestDataDir("jmespath") is not { } dir) return cases;
        foreach (var file in Directory.GetFiles(Path.Combine(dir, "tests"), "*.json").Order(StringComparer.Ordinal))
        {
            var suites = JsonNode.Parse(File.ReadAllText(file))!.AsArray();
            var name = Path.GetFileNameWithoutExtension(file);
            for (var s = 0; s < suites.Count; s++)
            {
                var suite = suites[s]!.AsObject();
                var list = suite["cases"]!.AsArray();
                for (var c = 0; c < list.Count; c++)
                {
                    var item = list[c]!.AsObject();
                    var expression = item["expression"]!.GetValue<string>();
                    var id = $"{name} {s}.{c}: {expression}";
                    cases[id] = new ComplianceCase(id, suite["given"], expression,
                        item.ContainsKey("result"), item["result"],
                        item["error"]?.GetValue<string>(), item["bench"]?.GetValue<string>());
                }
            }
        }
        return cases;
    }

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        if (Cases.Count == 0) data.Add(Missing);
        foreach (var id in Cases.Keys) data.Add(id);
        return data;
    }
}
