using System.Text;
using System.Text.Json.Nodes;
using Aws.Core.Http;
using Aws.Core.Protocols;
using Aws.Core.Protocols.Http;
using Aws.Testing;

namespace Aws.Core.Tests.Protocols.Input;

/// <summary>
/// The shared protocol input suites (Smithy-generated and legacy botocore cases), checked the way
/// aws-cli's tests/unit/botocore/test_protocols.py checks them: body per protocol, expected headers
/// present with their values, forbidden headers absent, URI, method and host.
/// </summary>
public class InputConformanceTests
{
    public static IEnumerable<TheoryDataRow<string>> Cases()
    {
        if (InputCase.Cases.Count == 0)
        {
            yield return new TheoryDataRow<string>("(no test data)");
            yield break;
        }
        foreach (var key in InputCase.Cases.Keys) yield return new TheoryDataRow<string>(key);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Request_is_serialized_as_botocore_does(string caseName)
    {
        if (TestPaths.TestDataDir("protocols") is null) Assert.Skip(TestPaths.MissingTestData);
        var c = InputCase.Cases[caseName];
        if (InputSkips.Reason(c) is { } reason) Assert.Skip(reason);

        var protocol = c.Operation.Service.Metadata.Protocol;
        var parameters = c.Case["params"] is JsonObject p ? JsonNode.Parse(p.ToJsonString())!.AsObject() : null;
        var options = new RequestSerializerOptions { IdempotencyTokenFactory = () => InputSkips.FixedToken };
        var request = RequestSerializers.For(protocol, options).Serialize(c.Operation, parameters, c.Endpoint);
        var expected = c.Case["serialized"]!.AsObject();

        if (expected["body"] is { } bodyNode) AssertBody(protocol, (string)bodyNode!, request);
        AssertHeaders(c, protocol, expected, request);
        Assert.Equal((string?)expected["uri"] ?? "", request.PathAndQuery);
        if (expected["method"] is { } method) Assert.Equal((string)method!, request.Method);
        if (expected["host"] is { } host) Assert.Equal((string)host!, request.Host);
    }

    private static void AssertBody(string protocol, string expected, AwsHttpRequest request)
    {
        var body = request.BodyStream is { } s ? ReadAll(s) : request.Body;
        var actual = Encoding.UTF8.GetString(body);
        switch (protocol)
        {
            case "json" or "rest-json":
                Assert.True(BodyComparison.JsonEquals(actual, expected, protocol == "rest-json", out var detail),
                    $"JSON body differs{detail}.\nExpected: {expected}\nActual:   {actual}");
                break;
            case "rest-xml":
                var a = BodyComparison.CanonicalXml(actual);
                var e = BodyComparison.CanonicalXml(expected);
                if (a is null || e is null) Assert.Equal(expected, actual);
                else Assert.Equal(e, a);
                break;
            default:
                Assert.Equal(expected, actual);
                break;
        }
    }

    private static void AssertHeaders(InputCase c, string protocol, JsonObject expectedSerialized, AwsHttpRequest request)
    {
        var expected = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (expectedSerialized["headers"] is JsonObject h)
            foreach (var (name, value) in h) expected[name] = (string)value!;
        var actual = new HeaderList();
        foreach (var (name, value) in request.Headers) actual.Add(name, value);

        // Smithy joins list headers with ", ", botocore with ","; timestamps hold ", " themselves.
        if (c.Operation.Input is { IsStructure: true } input)
            foreach (var member in input.Members.Values)
            {
                if (member.Location != "header" || !member.IsList || member.LocationName is not { } headerName) continue;
                if (expected.TryGetValue(headerName, out var ev)) expected[headerName] = ev.Replace(", ", ",");
                if (member.Member.Type == "timestamp" && actual[headerName] is { } av) actual[headerName] = av.Replace(", ", ",");
            }

        switch (protocol)
        {
            case "query" or "ec2":
                // Upstream appends this even when the case names no Content-Type (then nothing could match);
                // we append it only to a Content-Type the case names.
                if (expected.TryGetValue("Content-Type", out var contentType) && !contentType.Contains("charset=utf-8"))
                    expected["Content-Type"] = contentType + "; charset=utf-8";
                break;
            case "rest-xml":
                expected.Remove("Content-Type");
                break;
            case "rest-json":
                if (expected.TryGetValue("Content-Type", out var ct) && ct != "application/json") expected.Remove("Content-Type");
                break;
        }

        foreach (var (name, value) in expected)
        {
            Assert.True(actual.Contains(name), $"Header {name} is missing.");
            Assert.Equal(value, actual[name]);
        }
        if (expectedSerialized["forbidHeaders"] is JsonArray forbidden)
            foreach (var name in forbidden)
                Assert.False(actual.Contains((string)name!), $"Header {name} must not be sent.");
    }

    private static byte[] ReadAll(Stream s)
    {
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }
}
