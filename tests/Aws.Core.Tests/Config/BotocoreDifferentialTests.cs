using System.Text.Json.Nodes;
using Aws.Core.Config;
using Aws.Testing;

namespace Aws.Core.Tests.Config;

/// <summary>
/// 300 generated INI texts built from tricky pieces, with botocore's own results (botocore-differential.json,
/// made by make_differential.py beside this file).
/// </summary>
public sealed class BotocoreDifferentialTests
{
    private static readonly Lazy<JsonArray> Data = new(() => JsonNode.Parse(File.ReadAllText(
        Path.Combine(TestPaths.RepoRoot, "tests", "Aws.Core.Tests", "Config", "botocore-differential.json")))!["cases"]!.AsArray());

    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        for (var i = 0; i < Data.Value.Count; i++)
        {
            var text = Data.Value[i]!["text"]!.GetValue<string>();
            data.Add(i, text.Length > 60 ? text[..60].ReplaceLineEndings("⏎") + "…" : text.ReplaceLineEndings("⏎"));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_config_parses_as_botocore_does(int index, string preview)
    {
        Assert.NotNull(preview);
        var c = Data.Value[index]!;
        var text = c["text"]!.GetValue<string>();
        Check(c["raw_config_parse"]!, () => ConfigJson.Sections(ConfigLoader.RawConfigParseText(text, "cfg")));
        Check(c["raw_config_parse_no_subsections"]!, () => ConfigJson.Sections(ConfigLoader.RawConfigParseText(text, "cfg", parseSubsections: false)));
        Check(c["load_config"]!, () => ConfigJson.LoadConfig(ConfigLoader.BuildProfileMap(ConfigLoader.RawConfigParseText(text, "cfg"))));
    }

    private static void Check(JsonNode expected, Func<JsonObject> parse)
    {
        JsonObject actual;
        try
        {
            actual = parse();
        }
        catch (ConfigParseException e)
        {
            Assert.True(expected["error"] is not null, "unexpected parse error: " + e.Detail);
            return;
        }
        Assert.True(expected["error"] is null, "expected a parse error, got " + actual.ToJsonString());
        Assert.Equal(ConfigJson.Canonical(expected["result"]), ConfigJson.Canonical(actual));
    }
}
