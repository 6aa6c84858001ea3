using System.Text.Json;
using Aws.Core.Endpoints;
using Aws.Testing;

namespace Aws.Core.Tests.Endpoints;

/// <summary>
/// aws-cli's configured-endpoint-urls/profile-tests.json: the suite's profiles, services sections, environments and
/// client configs are fed straight into <see cref="ConfiguredEndpoint.Resolve"/>, then the default resolver when
/// nothing is configured; <c>scheme://host</c> of the result must equal the expected URL.
/// </summary>
public class ConfiguredEndpointConformanceTests
{
    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        if (Suite() is not { } suite)
        {
            data.Add(-1, "test data missing");
            return data;
        }
        var i = 0;
        foreach (var test in suite.GetProperty("endpointUrlTests").EnumerateArray())
            data.Add(i++, test.GetProperty("name").GetString()!);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Configured_endpoint_url_follows_the_cli_precedence(int index, string name)
    {
        if (Suite() is not { } suite) { Assert.Skip(TestPaths.MissingTestData); return; }
        var test = suite.GetProperty("endpointUrlTests")[index];
        Assert.Equal(test.GetProperty("name").GetString(), name);
        var clientConfig = Map(suite.GetProperty("client_configs").GetProperty(test.GetProperty("client_config").GetString()!));
        // The CLI runner skips these: there is no command-line option for ignore_configured_endpoint_urls.
        if (clientConfig.ContainsKey("ignore_configured_endpoint_urls"))
            Assert.Skip("client config sets ignore_configured_endpoint_urls, which the CLI has no option for (the CLI runner skips it)");

        var profile = Map(suite.GetProperty("profiles").GetProperty(test.GetProperty("profile").GetString()!));
        var environment = Map(suite.GetProperty("environments").GetProperty(test.GetProperty("environment").GetString()!));
        var services = suite.GetProperty("services");
        var service = test.GetProperty("service").GetString()!;
        var metadata = RuleCase.Metadata(service);

        var url = ConfiguredEndpoint.Resolve(
            clientConfig.GetValueOrDefault("endpoint_url"),
            metadata.ServiceId!,
            environment.GetValueOrDefault,
            profile,
            (section, key) => services.TryGetProperty(section, out var s) && s.TryGetProperty(key, out var sub) ? Map(sub) : null);
        var endpoint = EndpointResolver.Resolve(metadata, profile.GetValueOrDefault("region"), EndpointOptions.FromSettings(false, false, url));

        var uri = new Uri(endpoint.Url);
        Assert.Equal(test.GetProperty("output").GetProperty("endpointUrl").GetString(), $"{uri.Scheme}://{uri.Authority}");
    }

    private static Dictionary<string, string> Map(JsonElement obj) =>
        obj.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText());

    private static JsonElement? Suite()
    {
        if (TestPaths.TestDataDir("configured-endpoint-urls") is not { } dir) return null;
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "profile-tests.json")));
        return doc.RootElement.GetProperty("testSuites")[0].Clone();
    }
}
