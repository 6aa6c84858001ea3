using System.Text.Json;
using Aws.Core.Endpoints;
using Aws.Testing;

namespace Aws.Core.Tests.Endpoints;

/// <summary>
/// botocore's endpoint rule tests for s3, sts, iam and ec2 run against the hand-written table: every handled case
/// must give the expected URL, signing region and signing name, or the expected rule error. Cases outside the
/// table (see <see cref="RuleCase.NotHandledReason"/>) are skipped with the reason.
/// </summary>
public class EndpointRuleConformanceTests
{
    public static TheoryData<string, int, string> Cases()
    {
        var data = new TheoryData<string, int, string>();
        if (TestPaths.TestDataDir("endpoint-rules") is null)
        {
            data.Add("none", -1, "test data missing");
            return data;
        }
        foreach (var service in new[] { "s3", "sts", "iam", "ec2" })
        {
            var cases = RuleCase.Load(service);
            for (var i = 0; i < cases.Count; i++)
                data.Add(service, i, cases[i].Json.GetProperty("documentation").GetString() ?? "");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rule_test_case_resolves_as_expected(string service, int index, string documentation)
    {
        _ = documentation; // names the row
        if (index < 0) Assert.Skip(TestPaths.MissingTestData);
        var c = RuleCase.Load(service)[index];
        if (c.NotHandledReason is { } reason) Assert.Skip(reason);
        var expect = c.Json.GetProperty("expect");

        if (c.RegionRejectedByCli)
        {
            // The CLI validates the name first and prints its own message; the rule's text is never reached.
            var ex = Assert.Throws<InvalidRegionException>(() => c.Resolve());
            Assert.Equal($"Provided region_name '{c.Str("Region")}' doesn't match a supported format.", ex.Message);
            return;
        }
        if (expect.TryGetProperty("error", out var error))
        {
            var ex = Assert.ThrowsAny<EndpointResolutionException>(() => c.Resolve());
            Assert.Equal(error.GetString(), ex.Message);
            return;
        }

        var expected = expect.GetProperty("endpoint");
        var (url, endpoint) = c.Resolve();
        Assert.Equal(expected.GetProperty("url").GetString(), url);
        var scheme = AuthScheme(expected);
        var metadata = RuleCase.Metadata(service);
        Assert.Equal(
            scheme is { } s1 && s1.TryGetProperty("signingRegion", out var r) ? r.GetString() : c.Str("Region"),
            endpoint.SigningRegion);
        Assert.Equal(
            scheme is { } s2 && s2.TryGetProperty("signingName", out var n) ? n.GetString() : metadata.SigningName,
            endpoint.SigningName);
    }

    private static JsonElement? AuthScheme(JsonElement endpoint) =>
        endpoint.TryGetProperty("properties", out var props) && props.TryGetProperty("authSchemes", out var schemes)
            ? schemes[0]
            : null;
}
