using System.Text.Json;
using System.Text.Json.Nodes;
using Aws.Testing;

namespace Aws.JmesPath.Tests;

public class ComplianceTests
{
    public static TheoryData<string> Cases => ComplianceSuite.Ids();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compliance_case_behaves_as_the_suite_expects(string id)
    {
        if (id == ComplianceSuite.Missing) Assert.Skip(TestPaths.MissingTestData);
        Check(ComplianceSuite.Cases[id], ComplianceSuite.Cases[id].Given);
    }

    /// <summary>The same cases with the input built from CLR values (long, int, double, string, bool) instead of parsed JSON.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Compliance_case_passes_with_input_built_from_CLR_values(string id)
    {
        if (id == ComplianceSuite.Missing) Assert.Skip(TestPaths.MissingTestData);
        Check(ComplianceSuite.Cases[id], FromClr(ComplianceSuite.Cases[id].Given));
    }

    private static JsonNode? FromClr(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonObject o:
            {
                var copy = new JsonObject();
                foreach (var (key, value) in o) copy[key] = FromClr(value);
                return copy;
            }
            case JsonArray a:
            {
                var copy = new JsonArray();
                foreach (var item in a) copy.Add(FromClr(item));
                return copy;
            }
        }
        var element = node.GetValue<JsonElement>();
        return element.ValueKind switch
        {
            JsonValueKind.String => JsonValue.Create(element.GetString()),
            JsonValueKind.True or JsonValueKind.False => JsonValue.Create(element.GetBoolean()),
            // Alternate int and long so both CLR integer types are exercised.
            JsonValueKind.Number when element.TryGetInt32(out var i) && i % 2 == 0 => JsonValue.Create(i),
            JsonValueKind.Number when element.TryGetInt64(out var l) => JsonValue.Create(l),
            _ => JsonValue.Create(element.GetDouble()),
        };
    }

    private static void Check(ComplianceCase c, JsonNode? input)
    {
        var given = input?.ToJsonString();

        if (c.Error is { } kind)
        {
            var e = Assert.Throws<JmesPathException>(() => JmesPathExpression.Compile(c.Expression).Evaluate(input));
            Assert.Equal(kind, e.KindName);
            // The suite requires syntax errors from the parser, everything else from evaluation.
            if (kind == "syntax") Assert.Throws<JmesPathException>(() => JmesPathExpression.Compile(c.Expression));
            else JmesPathExpression.Compile(c.Expression);
        }
        else
        {
            var result = JmesPathExpression.Compile(c.Expression).Evaluate(input);
            if (c.HasResult) JsonAssert.Equal(c.Result, result, c.Expression);
        }
        // Evaluation never changes the input.
        Assert.Equal(given, input?.ToJsonString());
    }

    [Fact]
    public void Suite_has_all_908_cases()
    {
        if (ComplianceSuite.Cases.Count == 0) Assert.Skip(TestPaths.MissingTestData);
        Assert.Equal(908, ComplianceSuite.Cases.Count);
    }
}
