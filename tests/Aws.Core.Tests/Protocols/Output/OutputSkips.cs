using System.Text.Json.Nodes;
using Aws.Testing;

namespace Aws.Core.Tests.Protocols.Output;

/// <summary>
/// Cases not run: the upstream ignore list (protocol-tests-ignore-list.json, by case id) and our own
/// output-skips.json ({"file": {"case name": "reason"}}). Set AWS_SHARP_RUN_IGNORED_PROTOCOL_CASES=1 to run the
/// upstream-ignored cases anyway (to see which of them this implementation passes).
/// </summary>
internal static class OutputSkips
{
    private static readonly Lazy<JsonObject?> Upstream = new(() =>
        OutputCases.Root is { } root ? JsonNode.Parse(File.ReadAllText(Path.Combine(root, "protocol-tests-ignore-list.json")))!.AsObject() : null);

    private static readonly Lazy<JsonObject> Ours = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "Aws.Core.Tests", "Protocols", "Output", "output-skips.json")))!.AsObject());

    public static string? Reason(OutputCase c)
    {
        var protocol = Path.GetFileNameWithoutExtension(c.File);
        if (Environment.GetEnvironmentVariable("AWS_SHARP_RUN_IGNORED_PROTOCOL_CASES") is null
            && !c.File.StartsWith("legacy/", StringComparison.Ordinal) && c.Id is { } id
            && Upstream.Value?["protocols"]?[protocol]?["output"]?["cases"] is JsonArray ignored
            && ignored.Any(n => (string?)n == id))
            return "in the upstream protocol-tests-ignore-list.json (botocore does not pass it either)";
        return (string?)Ours.Value[c.File]?[c.Key];
    }
}
