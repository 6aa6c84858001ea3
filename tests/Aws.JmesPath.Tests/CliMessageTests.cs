using System.Text.Json.Nodes;

namespace Aws.JmesPath.Tests;

/// <summary>
/// The texts the real AWS CLI v2 (2.9.19, jmespath.py 1.0.1) prints for a bad --query, captured with
/// /usr/bin/aws sts get-caller-identity against moto. The CLI writes "\n" + message + "\n" to stderr and exits
/// with 252 when the expression does not compile, 255 when it fails during evaluation.
/// </summary>
public class CliMessageTests
{
    private const string StsResponse =
        """{"UserId":"AKIAIOSFODNN7EXAMPLE","Account":"123456789012","Arn":"arn:aws:sts::123456789012:user/moto"}""";

    public static TheoryData<string, string> SyntaxErrors => new()
    {
        { "a[", "Bad value for --query a[: Invalid jmespath expression: Incomplete expression:\n\"a[\"\n   ^" },
        { "[?a", "Bad value for --query [?a: Invalid jmespath expression: Incomplete expression:\n\"[?a\"\n    ^" },
        { "foo(", "Bad value for --query foo(: Invalid jmespath expression: Incomplete expression:\n\"foo(\"\n     ^" },
        { "foo]", "Bad value for --query foo]: Unexpected token: ]: Parse error at column 3, token \"]\" (RBRACKET), for expression:\n\"foo]\"\n    ^" },
        { "a.'b'", "Bad value for --query a.'b': Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: literal: Parse error at column 2, token \"b\" (LITERAL), for expression:\n\"a.'b'\"\n   ^" },
        { "a.", "Bad value for --query a.: Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: eof: Parse error at column 2, token \"\" (EOF), for expression:\n\"a.\"\n   ^" },
        { "a[1:2:3:4]", "Bad value for --query a[1:2:3:4]: syntax error: Parse error at column 7, token \":\" (COLON), for expression:\n\"a[1:2:3:4]\"\n        ^" },
        { "\"a\"(@)", "Bad value for --query \"a\"(@): Quoted identifier not allowed for function names.: Parse error at column 0, token \"(\" (LPAREN), for expression:\n\"\"a\"(@)\"\n ^" },
        { "a = b", "Bad value for --query a = b: Bad jmespath expression: Unknown token '=':\na = b\n  ^" },
        { "length(@) #", "Bad value for --query length(@) #: Bad jmespath expression: Unknown token #:\nlength(@) #\n          ^" },
        { "`foo", "Bad value for --query `foo: Bad jmespath expression: Unclosed ` delimiter:\n`foo\n^" },
        { "", "Bad value for --query : Invalid JMESPath expression: cannot be empty." },
        // Columns count code points, not UTF-16 units.
        { "Account.\"é😀\".'x'", "Bad value for --query Account.\"é😀\".'x': Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: literal: Parse error at column 13, token \"x\" (LITERAL), for expression:\n\"Account.\"é😀\".'x'\"\n              ^" },
    };

    public static TheoryData<string, string> RuntimeErrors => new()
    {
        { "abs('x')", "In function abs(), invalid type for value: x, expected one of: ['number'], received: \"string\"" },
        { "foo(@)", "Unknown function: foo()" },
        { "abs(@, @)", "Expected 1 argument for function abs(), received 2" },
        { "abs()", "Expected 1 argument for function abs(), received 0" },
        { "merge()", "Expected at least 1 argument for function merge(), received 0" },
        { "length(`1`)", "In function length(), invalid type for value: 1, expected one of: ['string', 'array', 'object'], received: \"number\"" },
        { "sort_by(@, &Foo)", "In function sort_by(), invalid type for value: {'UserId': 'AKIAIOSFODNN7EXAMPLE', 'Account': '123456789012', 'Arn': 'arn:aws:sts::123456789012:user/moto'}, expected one of: ['array'], received: \"object\"" },
        { "sort(`[1,\"a\"]`)", "In function sort(), invalid type for value: a, expected one of: ['array-string', 'array-number'], received: \"str\"" },
        { "max_by(`[{\"a\":1},{\"a\":\"x\"}]`, &a)", "'>' not supported between instances of 'str' and 'int'" },
        { "Arn < `1`", "'<' not supported between instances of 'str' and 'int'" },
        { "contains(Arn, `1`)", "'in <string>' requires string as left operand, not int" },
        { "`[1]`[::0]", "slice step cannot be zero" },
    };

    [Theory]
    [MemberData(nameof(SyntaxErrors))]
    public void Invalid_query_gives_the_CLI_parameter_error_and_exit_code_252(string expression, string expected)
    {
        var e = Assert.Throws<JmesPathException>(() => JmesPathExpression.Compile(expression));
        Assert.Equal(JmesPathErrorKind.Syntax, e.Kind);
        Assert.NotNull(e.Position);
        Assert.Equal(expected, JmesPathCli.CliMessage(e, expression));
        Assert.Equal(252, JmesPathCli.ExitCode(e));
    }

    [Theory]
    [MemberData(nameof(RuntimeErrors))]
    public void Query_failing_at_run_time_gives_the_CLI_message_and_exit_code_255(string expression, string expected)
    {
        var query = JmesPathExpression.Compile(expression);
        var e = Assert.Throws<JmesPathException>(() => query.Evaluate(JsonNode.Parse(StsResponse)));
        Assert.NotEqual(JmesPathErrorKind.Syntax, e.Kind);
        Assert.Equal(expected, JmesPathCli.CliMessage(e, expression));
        Assert.Equal(255, JmesPathCli.ExitCode(e));
    }

    [Theory]
    [InlineData("a😀", "Bad jmespath expression: Unknown token 😀:\na😀\n ^")]
    public void Unknown_characters_are_reported_whole(string expression, string expected) =>
        Assert.Equal(expected, Assert.Throws<JmesPathException>(() => JmesPathExpression.Compile(expression)).Message);

    [Fact]
    public void A_lone_surrogate_is_an_unknown_token()
    {
        var expression = "a" + (char)0xD800;
        var e = Assert.Throws<JmesPathException>(() => JmesPathExpression.Compile(expression));
        Assert.Equal($"Bad jmespath expression: Unknown token {(char)0xD800}:\n{expression}\n ^", e.Message);
    }

    [Fact]
    public void Syntax_error_position_is_the_offending_token()
    {
        var e = Assert.Throws<JmesPathException>(() => JmesPathExpression.Compile("foo]"));
        Assert.Equal(3, e.Position);
        Assert.Equal("syntax", e.KindName);
    }
}
