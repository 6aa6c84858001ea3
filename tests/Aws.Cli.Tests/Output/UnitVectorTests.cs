using System.Text.Json.Nodes;
using Aws.Cli.Output;

namespace Aws.Cli.Tests.Output;

/// <summary>Small vectors for the tricky rules (YAML quoting and folding, key forms, floats, text flattening,
/// table widths), produced by the CLI's own formatter modules (Golden/units.py).</summary>
public sealed class UnitVectorTests
{
    private static readonly Dictionary<string, JsonObject> Vectors = GoldenCases.ReadText("units.jsonl")
        .Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(line => JsonNode.Parse(line)!.AsObject())
        .ToDictionary(v => v["name"]!.GetValue<string>());

    public static TheoryData<string> Names() => new(Vectors.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Names))]
    public void Formatter_matches_the_cli_module(string name)
    {
        var vector = Vectors[name];
        var formatter = OutputFormatters.Create(vector["format"]!.GetValue<string>(), new OutputOptions());
        var output = new StringWriter();
        formatter.Write("Op", vector["input"], output);
        Assert.Equal(vector["expected"]!.GetValue<string>(), output.ToString());
    }
}
