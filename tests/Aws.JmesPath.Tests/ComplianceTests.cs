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
        var c = ComplianceSuite.Cases[id];
        var given = c.Given?.ToJsonString();

        if (c.Error is { } kind)
        {
            var e = Assert.Throws<JmesPathException>(() => JmesPathExpression.Compile(c.Expression).Evaluate(c.Given));
            Assert.Equal(kind, e.KindName);
            // The suite requires syntax errors from the parser, everything else from evaluation.
            if (kind == "syntax") Assert.Throws<JmesPathException>(() => JmesPathExpression.Compile(c.Expression));
            else JmesPathExpression.Compile(c.Expression);
        }
        else
        {
            var result = JmesPathExpression.Compile(c.Expression).Evaluate(c.Given);
            if (c.HasResult) JsonAssert.Equal(c.Result, result, c.Expression);
        }
        // Evaluation never changes the input.
        Assert.Equal(given, c.Given?.ToJsonString());
    }

    [Fact]
    public void Suite_has_all_908_cases()
    {
        if (ComplianceSuite.Cases.Count == 0) Assert.Skip(TestPaths.MissingTestData);
        Assert.Equal(908, ComplianceSuite.Cases.Count);
    }
}
