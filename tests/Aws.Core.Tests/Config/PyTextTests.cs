using Aws.Core.Config;

namespace Aws.Core.Tests.Config;

public sealed class PyTextTests
{
    [Theory]
    [InlineData("profile foo", new[] { "profile", "foo" })]
    [InlineData("profile \"my profile\"", new[] { "profile", "my profile" })]
    [InlineData("profile 'a b'  c", new[] { "profile", "a b", "c" })]
    [InlineData("profile a\\ b", new[] { "profile", "a b" })]
    [InlineData("profile \"a\\\"b\"", new[] { "profile", "a\"b" })]
    [InlineData("profile \"\"", new[] { "profile", "" })]
    [InlineData("profile\tx", new[] { "profile", "x" })]
    public void Shlex_split_matches_python(string text, string[] expected) => Assert.Equal(expected, PyText.ShlexSplit(text));

    [Theory]
    [InlineData("profile \"open")]
    [InlineData("profile 'open")]
    [InlineData("profile x\\")]
    public void Shlex_split_fails_on_unbalanced_quotes(string text) => Assert.Null(PyText.ShlexSplit(text));

    [Theory]
    [InlineData("my dev", "'my dev'")]
    [InlineData("dev", "dev")]
    [InlineData("it's", "'it'\"'\"'s'")]
    public void Shlex_quote_matches_python(string text, string expected) => Assert.Equal(expected, PyText.ShlexQuote(text));

    [Fact]
    public void Universal_newlines_split_cr_crlf_and_lf()
    {
        Assert.Equal(["a\n", "b\n", "c\n", "d"], PyText.ReadLinesUniversal("a\r\nb\rc\nd"));
        Assert.Equal(["a", "", "b"], PyText.SplitLines("a\n\vb\n"));
    }

    [Fact]
    public void Strip_uses_python_whitespace() => Assert.Equal("x", PyText.Strip("\x1c\u00a0 x\t\x1f"));

    [Theory]
    [InlineData("~/.aws/config", "/home/u/.aws/config")]
    [InlineData("~", "/home/u")]
    [InlineData("~other/x", "~other/x")]
    [InlineData("$HOME/x", "/home/u/x")]
    [InlineData("${NOPE}/x", "${NOPE}/x")]
    public void Paths_expand_like_python(string path, string expected) =>
        Assert.Equal(expected, PyText.ExpandUser(PyText.ExpandVars(path, k => k == "HOME" ? "/home/u" : null), "/home/u/"));
}
