using System.Text.Json.Nodes;
using Aws.Testing;

namespace Aws.Core.Tests.Protocols.Input;

/// <summary>
/// Cases not run: upstream's protocol-tests-ignore-list.json (by suite description or case id, per file
/// basename, so it covers the legacy files too) and our own input-skips.json (per case key, with a reason).
/// </summary>
public static class InputSkips
{
    private static readonly Lazy<JsonObject?> Upstream = new(() =>
        TestPaths.TestDataDir("protocols") is { } dir
            ? JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "protocol-tests-ignore-list.json")))!.AsObject()
            : null);

    private static readonly Lazy<JsonObject> Ours = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "Aws.Core.Tests", "Protocols", "Input", "input-skips.json")))!
            .AsObject());

    /// <summary>
    /// Ignored upstream because botocore fills idempotency tokens and compresses bodies in handlers, outside
    /// the serializer. Ours does both in the serializer, so these suites run (tokens from <see cref="FixedToken"/>).
    /// </summary>
    private static readonly HashSet<string> RunDespiteIgnoreList =
    [
        "Test cases for QueryIdempotencyTokenAutoFill operation", "Idempotency token auto fill",
        "Test cases for PutWithContentEncoding operation",
    ];

    /// <summary>The token the Smithy and legacy cases expect when none is given.</summary>
    public const string FixedToken = "00000000-0000-4000-8000-000000000000";

    public static string? Reason(InputCase c)
    {
        if (Upstream.Value is { } ignore && !RunDespiteIgnoreList.Contains(c.Suite))
        {
            var general = ignore["general"]?["input"];
            if (Contains(general?["suites"], c.Suite) || (c.Id is not null && Contains(general?["cases"], c.Id)))
                return "upstream protocol-tests-ignore-list.json (general)";
            var basename = Path.GetFileNameWithoutExtension(c.File);
            var own = ignore["protocols"]?[basename]?["input"];
            if (Contains(own?["suites"], c.Suite) || (c.Id is not null && Contains(own?["cases"], c.Id)))
                return $"upstream protocol-tests-ignore-list.json ({basename})";
        }
        return (string?)Ours.Value[c.ToString()];
    }

    private static bool Contains(JsonNode? list, string value) =>
        list is JsonArray a && a.Any(n => (string?)n == value);
}
