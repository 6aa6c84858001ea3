using System.Text.Json.Nodes;
using Aws.Core.Config;
using Aws.Testing;

namespace Aws.Core.Tests.Config;

/// <summary>../shared/testdata/config-files: botocore's configloader results on its own INI fixtures.</summary>
public sealed class ConfigFilesConformanceTests
{
    private static readonly string? Suite = TestPaths.TestDataDir("config-files");

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        if (Suite is null) { data.Add("(missing)", "load_config"); return data; }
        foreach (var c in Expectations()!["cases"]!.AsArray())
            foreach (var mode in new[] { "raw_config_parse", "raw_config_parse_no_subsections", "load_config" })
                data.Add(c!["file"]!.GetValue<string>(), mode);
        return data;
    }

    private static JsonNode? Expectations() =>
        Suite is null ? null : JsonNode.Parse(File.ReadAllText(Path.Combine(Suite, "expectations.json")));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fixture_parses_as_botocore_does(string file, string mode)
    {
        if (Suite is null) Assert.Skip(TestPaths.MissingTestData);
        var c = Expectations()!["cases"]!.AsArray().First(x => x!["file"]!.GetValue<string>() == file)!;
        var expected = c[mode]!;
        var path = Path.Combine(Suite, "cfg", file);

        JsonObject actual;
        try
        {
            actual = mode switch
            {
                "raw_config_parse" => ConfigJson.Sections(ConfigLoader.RawConfigParse(path)),
                "raw_config_parse_no_subsections" => ConfigJson.Sections(ConfigLoader.RawConfigParse(path, parseSubsections: false)),
                _ => ConfigJson.LoadConfig(ConfigLoader.LoadConfig(path)),
            };
        }
        catch (ConfigNotFoundException)
        {
            Assert.Equal("ConfigNotFound", expected["error"]?.GetValue<string>());
            return;
        }
        catch (ConfigParseException e)
        {
            Assert.True("ConfigParseError" == expected["error"]?.GetValue<string>(), "unexpected parse error: " + e.Detail);
            Assert.Equal("Unable to parse config file: " + path, e.Message);
            return;
        }
        Assert.Null(expected["error"]);
        Assert.Equal(ConfigJson.Canonical(expected["result"]), ConfigJson.Canonical(actual));
    }

    [Fact]
    public void Multiple_files_merge_whole_profiles_first_file_wins()
    {
        if (Suite is null) Assert.Skip(TestPaths.MissingTestData);
        var multi = Expectations()!["multi_file_load_config"]!;
        var files = multi["files"]!.AsArray().Select(f => Path.Combine(Suite, "cfg", f!.GetValue<string>()));
        var actual = ConfigJson.LoadConfig(ConfigLoader.MultiFileLoadConfig(files));
        Assert.Equal(ConfigJson.Canonical(multi["result"]), ConfigJson.Canonical(actual));
    }
}
