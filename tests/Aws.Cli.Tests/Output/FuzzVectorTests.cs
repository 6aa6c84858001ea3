using System.Text.Json.Nodes;
using Aws.Cli.Output;

namespace Aws.Cli.Tests.Output;

/// <summary>Opt-in: random vectors from Golden/fuzz.py (set AWS_SHARP_OUTPUT_FUZZ to the file it wrote).</summary>
public sealed class FuzzVectorTests
{
    [Fact]
    public void Random_responses_format_like_the_cli_modules()
    {
        var path = Environment.GetEnvironmentVariable("AWS_SHARP_OUTPUT_FUZZ");
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
            Assert.Skip("Set AWS_SHARP_OUTPUT_FUZZ to a file written by tests/Aws.Cli.Tests/Output/Golden/fuzz.py");
        var failures = new List<string>();
        var lines = File.ReadAllLines(path);
        foreach (var line in lines)
        {
            var v = JsonNode.Parse(line)!.AsObject();
            var options = new OutputOptions(TerminalWidth: v["width"]?.GetValue<int>() ?? 80);
            var output = new StringWriter();
            OutputFormatters.Create(v["format"]!.GetValue<string>(), options).Write("Op", v["input"], output);
            if (output.ToString() != v["expected"]!.GetValue<string>()) failures.Add(v["name"]!.GetValue<string>());
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {lines.Length} differ: {string.Join(", ", failures.Take(20))}");
    }
}
