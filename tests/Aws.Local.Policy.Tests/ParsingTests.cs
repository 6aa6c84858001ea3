using Aws.Local.Policy.Documents;
using Aws.Local.Policy.Validation;

namespace Aws.Local.Policy.Tests;

public class ParsingTests
{
    [Fact]
    public void Statement_object_and_string_elements()
    {
        var doc = PolicyDocument.Parse("""{"Version":"2012-10-17","Statement":{"Sid":"S1","Effect":"Allow","Action":"s3:GetObject","Resource":"*"}}""");
        var s = Assert.Single(doc.Statements);
        Assert.Equal("S1", s.Sid);
        Assert.Equal(PolicyEffect.Allow, s.Effect);
        Assert.Equal(["s3:GetObject"], s.Action);
        Assert.Null(s.NotAction);
        Assert.Equal(["*"], s.Resource);
        Assert.True(doc.SupportsVariables);
    }

    [Fact]
    public void Statement_array_with_lists_and_not_elements()
    {
        var doc = PolicyDocument.Parse("""
            {"Version":"2008-10-17","Id":"P","Statement":[
              {"Effect":"Deny","NotAction":["iam:*","sts:*"],"NotResource":["arn:aws:s3:::a","arn:aws:s3:::b"]},
              {"Effect":"Allow","Action":"*","Resource":"*"}]}
            """);
        Assert.Equal("P", doc.Id);
        Assert.Equal(2, doc.Statements.Count);
        Assert.Equal(PolicyEffect.Deny, doc.Statements[0].Effect);
        Assert.Equal(["iam:*", "sts:*"], doc.Statements[0].NotAction);
        Assert.Equal(["arn:aws:s3:::a", "arn:aws:s3:::b"], doc.Statements[0].NotResource);
        Assert.Equal(1, doc.Statements[1].Index);
        Assert.False(doc.SupportsVariables);
    }

    [Fact]
    public void Principal_forms()
    {
        var doc = PolicyDocument.Parse("""
            {"Version":"2012-10-17","Statement":[
              {"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"},
              {"Effect":"Allow","Principal":{"AWS":["111122223333","arn:aws:iam::444455556666:root","arn:aws:iam::111122223333:user/bob"],
                "Service":"ec2.amazonaws.com","Federated":"cognito-identity.amazonaws.com"},"Action":"sts:AssumeRole"},
              {"Effect":"Deny","NotPrincipal":{"AWS":"arn:aws:iam::111122223333:role/Admin"},"Action":"*","Resource":"*"}]}
            """);
        Assert.True(doc.Statements[0].Principal!.IsWildcard);
        var p = doc.Statements[1].Principal!;
        Assert.False(p.IsWildcard);
        Assert.Equal(3, p.Get("AWS").Count);
        Assert.Equal(["ec2.amazonaws.com"], p.Get("Service"));
        Assert.Equal(["cognito-identity.amazonaws.com"], p.Get("Federated"));
        Assert.Empty(p.Get("CanonicalUser"));
        Assert.Null(doc.Statements[1].Resource);
        Assert.Equal(["arn:aws:iam::111122223333:role/Admin"], doc.Statements[2].NotPrincipal!.Get("AWS"));
    }

    [Fact]
    public void Condition_values_keep_json_scalars_as_text()
    {
        var doc = PolicyDocument.Parse("""
            {"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*","Condition":{
              "Bool":{"aws:SecureTransport":true},"NumericLessThan":{"s3:max-keys":[10,"20"]},
              "ForAnyValue:StringLikeIfExists":{"aws:TagKeys":"a*"}}}}
            """);
        var c = doc.Statements[0].Conditions;
        Assert.Equal(3, c.Count);
        Assert.Equal(["true"], c[0].Values);
        Assert.Equal(["10", "20"], c[1].Values);
        Assert.Equal("StringLike", c[2].Operator.BaseName);
        Assert.True(c[2].Operator.IfExists);
        Assert.Equal(Conditions.SetQualifier.ForAnyValue, c[2].Operator.Set);
    }

    [Fact]
    public void Effect_is_case_insensitive_when_parsing() =>
        Assert.Equal(PolicyEffect.Deny, PolicyDocument.Parse("""{"Version":"2012-10-17","Statement":{"Effect":"deny","Action":"*","Resource":"*"}}""").Statements[0].Effect);

    [Fact]
    public void Nulls_inside_lists_are_ignored() =>
        Assert.Equal(["s3:GetObject"], PolicyDocument.Parse("""{"Statement":{"Effect":"Allow","Action":["s3:GetObject",null],"Resource":"*"}}""").Statements[0].Action);

    [Fact]
    public void Statement_positions_match_the_simulator_example()
    {
        // From the AWS CLI simulate-custom-policy example: StartPosition {1, 38}, EndPosition {1, 167}.
        var doc = PolicyDocument.Parse("""{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"dynamodb:*","Resource":"*","Condition":{"DateGreaterThan":{"aws:CurrentTime":"2018-08-16T12:00:00Z"}}}}""");
        Assert.Equal(new TextPosition(1, 38), doc.Statements[0].StartPosition);
        Assert.Equal(new TextPosition(1, 167), doc.Statements[0].EndPosition);
    }

    [Fact]
    public void Statement_positions_on_multiple_lines()
    {
        var json = "{\n   \"Version\": \"2012-10-17\",\n   \"Statement\": [{\n      \"Effect\": \"Allow\",\n      \"Action\": \"codecommit:ListRepositories\",\n      \"Resource\": \"*\"\n   },\n   {\"Effect\": \"Deny\", \"Action\": \"é:*\", \"Resource\": \"*\"}\n   ]\n}";
        var doc = PolicyDocument.Parse(json);
        Assert.Equal(new TextPosition(3, 19), doc.Statements[0].StartPosition);
        Assert.Equal(new TextPosition(7, 5), doc.Statements[0].EndPosition);
        Assert.Equal(new TextPosition(8, 5), doc.Statements[1].StartPosition);
        // Columns count characters, not UTF-8 bytes.
        Assert.Equal(new TextPosition(8, 56), doc.Statements[1].EndPosition);
    }

    public static TheoryData<string, string> SyntaxErrorCases => new()
    {
        { "invalid JSON", """{"Version":"2012-10-17","Statement":{""" },
        { "not an object", """["Statement"]""" },
        { "unknown top-level element", """{"Version":"2012-10-17","Statment":{"Effect":"Allow","Action":"*","Resource":"*"}}""" },
        { "unknown version", """{"Version":"2012-10-18","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}""" },
        { "no Statement", """{"Version":"2012-10-17"}""" },
        { "empty Statement array", """{"Version":"2012-10-17","Statement":[]}""" },
        { "Statement is a string", """{"Version":"2012-10-17","Statement":"Allow"}""" },
        { "missing Effect", """{"Version":"2012-10-17","Statement":{"Action":"*","Resource":"*"}}""" },
        { "bad Effect value", """{"Version":"2012-10-17","Statement":{"Effect":"Permit","Action":"*","Resource":"*"}}""" },
        { "Effect not a string", """{"Version":"2012-10-17","Statement":{"Effect":true,"Action":"*","Resource":"*"}}""" },
        { "both Action and NotAction", """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","NotAction":"s3:*","Resource":"*"}}""" },
        { "both Resource and NotResource", """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*","NotResource":"*"}}""" },
        { "unknown statement element", """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Actions":"*","Resource":"*"}}""" },
        { "Action is a number", """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":5,"Resource":"*"}}""" },
        { "Condition is a list", """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*","Condition":[]}}""" },
        { "Condition operator is not an object", """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"Bool":true}}}""" },
        { "Principal string other than *", """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":"arn:aws:iam::1:root","Action":"*"}}""" },
        { "Sid not a string", """{"Version":"2012-10-17","Statement":{"Sid":1,"Effect":"Allow","Action":"*","Resource":"*"}}""" },
    };

    [Theory]
    [MemberData(nameof(SyntaxErrorCases))]
    public void Structural_errors_are_syntax_errors(string name, string json)
    {
        Assert.False(PolicyDocument.TryParse(json, out _, out var error), name);
        Assert.Equal("Syntax errors in policy.", error);
        Assert.Throws<MalformedPolicyDocumentException>(() => PolicyDocument.Parse(json));
    }
}
