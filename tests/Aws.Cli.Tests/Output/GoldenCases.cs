using System.Text;
using System.Text.Json.Nodes;
using Aws.Testing;

namespace Aws.Cli.Tests.Output;

/// <summary>The recorded AWS CLI v2 outputs under Output/Golden (see its README.md).</summary>
internal static class GoldenCases
{
    public static string Dir { get; } = Path.Combine(TestPaths.RepoRoot, "tests", "Aws.Cli.Tests", "Output", "Golden");

    /// <summary>Output format name → golden file suffix (table-color is --output table --color on).</summary>
    public static readonly string[] Formats = ["json", "text", "table", "table-color", "yaml", "yaml-stream"];

    /// <summary>case name → operation name, from cases.txt (written by record.sh).</summary>
    public static IReadOnlyDictionary<string, string> Operations { get; } = File.ReadAllLines(Path.Combine(Dir, "cases.txt"))
        .Where(l => l.Length > 0)
        .Select(l => l.Split('\t'))
        .ToDictionary(p => p[0], p => p[1]);

    public static string ReadText(string file) => new UTF8Encoding(false, true).GetString(File.ReadAllBytes(Path.Combine(Dir, file)));

    /// <summary>The json golden parsed as the formatter input; an empty file (no output) is the empty response {}.</summary>
    public static JsonNode? Input(string caseName)
    {
        var text = ReadText(caseName + ".json");
        return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text);
    }

    /// <summary>Per-page inputs of a paginated case, or null when the case is not paginated.</summary>
    public static JsonObject? Pages(string caseName) =>
        File.Exists(Path.Combine(Dir, caseName + ".pages.json")) ? JsonNode.Parse(ReadText(caseName + ".pages.json"))!.AsObject() : null;
}
