using System.Text.Json.Nodes;
using Aws.Core.Config;
using Aws.Testing;

namespace Aws.Core.Tests.Config;

/// <summary>
/// ../shared/testdata/sdk-profile-parser: the cross-SDK profile-file suite. botocore (what the CLI does) wins where
/// it differs; each difference is listed with its reason and botocore's own outcome in
/// sdk-profile-parser-botocore-differences.json (beside this file), and asserted instead of the SDK outcome.
/// </summary>
public sealed class SdkProfileParserTests
{
    private static readonly string? Suite = TestPaths.TestDataDir("sdk-profile-parser");
    private static readonly ConfigFilePaths Paths = new("/home/user/.aws/config", "/home/user/.aws/credentials", null);

    private static JsonArray Tests() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Suite!, "profile-parser-tests.json")))!["tests"]!.AsArray();

    private static Dictionary<int, JsonNode> Differences()
    {
        var path = Path.Combine(TestPaths.RepoRoot, "tests", "Aws.Core.Tests", "Config", "sdk-profile-parser-botocore-differences.json");
        return JsonNode.Parse(File.ReadAllText(path))!["differences"]!.AsArray()
            .ToDictionary(d => d!["index"]!.GetValue<int>(), d => d!);
    }

    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        if (Suite is null) { data.Add(-1, "(missing)"); return data; }
        var diffs = Differences();
        var tests = Tests();
        for (var i = 0; i < tests.Count; i++)
            data.Add(i, (diffs.ContainsKey(i) ? "[botocore differs] " : "") + tests[i]!["name"]!.GetValue<string>());
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Profile_file_parses_as_the_cli_does(int index, string name)
    {
        if (Suite is null) Assert.Skip(TestPaths.MissingTestData);
        var test = Tests()[index]!;
        Assert.Equal(test["name"]!.GetValue<string>(), name.Replace("[botocore differs] ", ""));
        var expected = Differences().TryGetValue(index, out var diff) ? diff["botocore"]! : test["output"]!;
        var input = test["input"]!;
        var configText = input["configFile"]?.GetValue<string>();
        var credentialsText = input["credentialsFile"]?.GetValue<string>();

        SharedConfig parsed;
        try
        {
            // Errors come from the real (sub-section parsing) load; values are compared in raw form, which is
            // how the SDK suite represents sub-properties.
            SharedConfig.FromText(Paths, configText, credentialsText);
            parsed = SharedConfig.FromText(Paths, configText, credentialsText, parseSubsections: false);
        }
        catch (ConfigParseException e)
        {
            Assert.True(expected["errorContaining"] is not null || expected["error"] is not null, "unexpected error: " + e.Detail);
            return;
        }
        Assert.True(expected["config"] is not null, "expected an error, got a result");
        var config = expected["config"]!;
        Assert.Equal(ConfigJson.Canonical(config["profiles"]), ConfigJson.Canonical(ConfigJson.Sections(parsed.Profiles)));
        if (config["sso_sessions"] is { } sso)
            Assert.Equal(ConfigJson.Canonical(sso), ConfigJson.Canonical(ConfigJson.Sections(parsed.SsoSessions)));
    }

    public static TheoryData<int, string> LocationCases()
    {
        var data = new TheoryData<int, string>();
        if (Suite is null) { data.Add(-1, "(missing)"); return data; }
        var tests = LocationTests();
        for (var i = 0; i < tests.Count; i++)
            data.Add(i, tests[i]!["platform"]!.GetValue<string>() + ": " + tests[i]!["name"]!.GetValue<string>());
        return data;
    }

    private static JsonArray LocationTests() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Suite!, "file-location-tests.json")))!["tests"]!.AsArray();

    [Theory]
    [MemberData(nameof(LocationCases))]
    public void Config_files_are_located_from_the_environment(int index, string name)
    {
        if (Suite is null) Assert.Skip(TestPaths.MissingTestData);
        Assert.NotEmpty(name);
        var test = LocationTests()[index]!;
        var env = test["environment"]!.AsObject().ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<string>());
        var windows = test["platform"]!.GetValue<string>() == "windows";
        var paths = ConfigFilePaths.Resolve(k => env.GetValueOrDefault(k), windows: windows);
        Assert.Equal(test["configLocation"]!.GetValue<string>(), paths.ConfigFile);
        Assert.Equal(test["credentialsLocation"]!.GetValue<string>(), paths.CredentialsFile);
        if (test["profile"] is { } profile) Assert.Equal(profile.GetValue<string>(), paths.EnvironmentProfile ?? "default");
    }
}
