using System.Text.Json;
using System.Text.Json.Nodes;
using Aws.Cli.Arguments;

namespace Aws.Cli.Tests.Arguments;

/// <summary>TestData/shorthand.json: what the real CLI's shorthand parser made of each input (record-shorthand.py).</summary>
public class ShorthandParserTests
{
    private static List<JsonElement> Load() =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(TestModels.TestDataDir, "shorthand.json"))).RootElement.EnumerateArray().ToList();

    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        var i = 0;
        foreach (var c in Load()) data.Add(i++, c.GetProperty("input").GetString()!);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parses_like_the_real_cli(int index, string input)
    {
        var c = Load()[index];
        Assert.Equal(input, c.GetProperty("input").GetString());
        if (c.TryGetProperty("error", out var error))
        {
            var e = Assert.Throws<ShorthandException>(() => ShorthandParser.Parse(input));
            Assert.Equal(error.GetString(), e.Message);
        }
        else
        {
            var parsed = ShorthandParser.Parse(input);
            Assert.Equal(JsonNode.Parse(c.GetProperty("result").GetRawText())!.ToJsonString(), parsed.ToJsonString());
        }
    }
}
