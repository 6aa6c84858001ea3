using System.Text;
using System.Text.Json.Nodes;
using Aws.Core.Http;
using Aws.Core.Protocols;
using Aws.Core.Protocols.EventStreams;
using Aws.Testing;

namespace Aws.Core.Tests.Protocols.Output;

/// <summary>The botocore protocol output suites (Smithy-generated and legacy), one theory row per case.</summary>
public class OutputConformanceTests
{
    public static IEnumerable<TheoryDataRow<string>> Ec2() => OutputCases.Rows("output/ec2.json");
    public static IEnumerable<TheoryDataRow<string>> Json11() => OutputCases.Rows("output/json.json");
    public static IEnumerable<TheoryDataRow<string>> Json10() => OutputCases.Rows("output/json_1_0.json");
    public static IEnumerable<TheoryDataRow<string>> Json10QueryCompatible() => OutputCases.Rows("output/json_1_0-query-compatible.json");
    public static IEnumerable<TheoryDataRow<string>> Query() => OutputCases.Rows("output/query.json");
    public static IEnumerable<TheoryDataRow<string>> RestJson() => OutputCases.Rows("output/rest-json.json");
    public static IEnumerable<TheoryDataRow<string>> RestXml() => OutputCases.Rows("output/rest-xml.json");
    public static IEnumerable<TheoryDataRow<string>> LegacyEc2() => OutputCases.Rows("legacy/output/ec2.json");
    public static IEnumerable<TheoryDataRow<string>> LegacyJson() => OutputCases.Rows("legacy/output/json.json");
    public static IEnumerable<TheoryDataRow<string>> LegacyQuery() => OutputCases.Rows("legacy/output/query.json");
    public static IEnumerable<TheoryDataRow<string>> LegacyRestJson() => OutputCases.Rows("legacy/output/rest-json.json");
    public static IEnumerable<TheoryDataRow<string>> LegacyRestXml() => OutputCases.Rows("legacy/output/rest-xml.json");

    [Theory, MemberData(nameof(Ec2))] public void Ec2_output(string name) => Run(name);
    [Theory, MemberData(nameof(Json11))] public void Json11_output(string name) => Run(name);
    [Theory, MemberData(nameof(Json10))] public void Json10_output(string name) => Run(name);
    [Theory, MemberData(nameof(Json10QueryCompatible))] public void Json10_query_compatible_output(string name) => Run(name);
    [Theory, MemberData(nameof(Query))] public void Query_output(string name) => Run(name);
    [Theory, MemberData(nameof(RestJson))] public void RestJson_output(string name) => Run(name);
    [Theory, MemberData(nameof(RestXml))] public void RestXml_output(string name) => Run(name);
    [Theory, MemberData(nameof(LegacyEc2))] public void Legacy_ec2_output(string name) => Run(name);
    [Theory, MemberData(nameof(LegacyJson))] public void Legacy_json_output(string name) => Run(name);
    [Theory, MemberData(nameof(LegacyQuery))] public void Legacy_query_output(string name) => Run(name);
    [Theory, MemberData(nameof(LegacyRestJson))] public void Legacy_rest_json_output(string name) => Run(name);
    [Theory, MemberData(nameof(LegacyRestXml))] public void Legacy_rest_xml_output(string name) => Run(name);

    private static void Run(string name)
    {
        if (OutputCases.Root is null) Assert.Skip(TestPaths.MissingTestData);
        var c = OutputCases.Get(name) ?? throw new InvalidOperationException("No such case: " + name);
        if (OutputSkips.Reason(c) is { } reason) Assert.Skip(reason);

        var response = BuildResponse(c);
        var parsed = ResponseParsers.For(c.Protocol).Parse(c.Operation, response, ResultNormalizer.EpochSeconds);

        JsonNode expected, actual;
        if (c.Case["error"] is JsonObject expectedError)
        {
            Assert.True(parsed.Error is not null, "expected an error, got a result: " + parsed.Result?.ToJsonString());
            expected = new JsonObject
            {
                ["Error"] = new JsonObject { ["Code"] = (string?)c.Case["errorCode"] ?? "", ["Message"] = (string?)c.Case["errorMessage"] ?? "" },
            };
            foreach (var (k, v) in expectedError) expected[k] = v?.DeepClone();
            var errorShape = ResponseErrors.FindErrorShape(c.Operation, parsed.Error.Code);
            actual = ResultNormalizer.Normalize(errorShape, parsed.Error.Details)!;
            actual["Error"] = new JsonObject { ["Code"] = parsed.Error.Code, ["Message"] = parsed.Error.Message };
        }
        else
        {
            Assert.True(parsed.Error is null, $"unexpected error {parsed.Error?.Code}: {parsed.Error?.Message}");
            expected = c.Case["result"]!.DeepClone();
            actual = ResultNormalizer.Normalize(c.Operation.Output, parsed.Result) ?? new JsonObject();
            // A streaming payload is left for the caller; upstream reads it as the body text, or as its events.
            if (parsed.StreamingMember is { } streaming && c.Operation.Output!.Members[streaming].EventStream)
            {
                var events = new JsonArray();
                var stream = c.Operation.Output.Members[streaming];
                foreach (var e in EventStreamParser.ReadEvents(c.Operation, streaming, new MemoryStream(response.Body), ResultNormalizer.EpochSeconds,
                             initial => { foreach (var (k, v) in initial) actual[k] = ResultNormalizer.Normalize(c.Operation.Output.Members[k], v); }))
                    events.Add(ResultNormalizer.Normalize(stream, e));
                actual[streaming] = events;
            }
            else if (parsed.StreamingMember is { } payload)
            {
                actual[payload] = Encoding.UTF8.GetString(response.Body);
            }
        }
        Assert.True(ResultNormalizer.DeepEquals(expected, actual),
            $"expected {expected.ToJsonString()}\n  actual {actual.ToJsonString()}");
    }

    private static AwsHttpResponse BuildResponse(OutputCase c)
    {
        var r = c.Case["response"]!.AsObject();
        var response = new AwsHttpResponse { StatusCode = (int)r["status_code"]! };
        if (r["headers"] is JsonObject headers)
            foreach (var (k, v) in headers) response.Headers.Add(k, (string)v!);
        var body = (string?)r["body"] ?? (c.Protocol == "query" ? "<xml/>" : "");
        // Event-stream bodies are binary, given in base64.
        var eventStream = c.Operation.Output?.Members.Values.Any(m => m.EventStream) == true;
        response.Body = eventStream ? Convert.FromBase64String(body) : Encoding.UTF8.GetBytes(body);
        return response;
    }
}
