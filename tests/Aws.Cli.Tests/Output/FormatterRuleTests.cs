using System.Text.Json.Nodes;
using Aws.Cli.Output;

namespace Aws.Cli.Tests.Output;

/// <summary>Rules checked against Python by hand (values the JSON vectors cannot carry, and helpers).</summary>
public sealed class FormatterRuleTests
{
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(1e-05, "1e-05")]
    [InlineData(1e20, "1e+20")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(-2.5e-7, "-2.5e-07")]
    [InlineData(123456789.123, "123456789.123")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(1152921504606846976.0, "1.152921504606847e+18")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(double.NaN, "nan")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NegativeInfinity, "-inf")]
    public void Floats_print_as_python_repr(double value, string expected) => Assert.Equal(expected, PyFloat.Repr(value));

    [Fact]
    public void Non_finite_floats_are_Infinity_and_NaN_in_json_and_dot_forms_in_yaml()
    {
        var response = new JsonObject
        {
            ["a"] = double.PositiveInfinity, ["b"] = double.NegativeInfinity, ["c"] = double.NaN,
        };
        Assert.Equal("{\n    \"a\": Infinity,\n    \"b\": -Infinity,\n    \"c\": NaN\n}\n", Render("json", response));
        Assert.Equal("a: .inf\nb: -.inf\nc: .nan\n", Render("yaml", response));
        Assert.Equal("inf\t-inf\tnan\n", Render("text", response));
    }

    [Fact]
    public void Values_built_in_code_keep_their_python_types()
    {
        var response = new JsonObject { ["i"] = 3, ["l"] = 4L, ["d"] = 2.0, ["b"] = true, ["s"] = "x", ["n"] = null };
        Assert.Equal("{\n    \"i\": 3,\n    \"l\": 4,\n    \"d\": 2.0,\n    \"b\": true,\n    \"s\": \"x\",\n    \"n\": null\n}\n",
            Render("json", response));
        Assert.Equal("True\t2.0\t3\t4\tNone\tx\n", Render("text", response));
    }

    [Fact]
    public void Timestamps_that_are_still_DateTimeOffset_print_in_iso_8601()
    {
        var t = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(1230);
        var response = new JsonObject { ["T"] = t };
        Assert.Equal("{\n    \"T\": \"2024-01-02T03:04:05.000123+00:00\"\n}\n", Render("json", response));
        Assert.Equal("2024-01-02 03:04:05.000123+00:00\n", Render("text", response));
    }

    [Theory]
    [InlineData("a", 1)]
    [InlineData("日本", 4)]
    [InlineData("café", 5)] // é is East Asian Ambiguous, which the CLI counts as wide
    [InlineData("ｱ", 1)] // halfwidth katakana
    [InlineData("😀", 2)]
    public void Table_cells_are_measured_by_east_asian_width(string text, int width) => Assert.Equal(width, TextWidth.Of(text));

    [Fact]
    public void Keys_sort_by_code_point_not_utf16_unit()
    {
        var keys = new List<string> { "\uFF21", "\U0001F600", "a" };
        keys.Sort(TextWidth.CodePointOrder);
        Assert.Equal(["a", "\uFF21", "\U0001F600"], keys);
    }

    [Fact]
    public void Text_prints_the_resume_token_after_the_pages()
    {
        var text = OutputFormatters.Create("text", new OutputOptions());
        var output = new StringWriter();
        text.WritePage("ListUsers", JsonNode.Parse("""{"Users": [{"UserName": "a"}]}"""), output);
        text.WritePage("ListUsers", JsonNode.Parse("""{"Users": [{"UserName": "b"}]}"""), output);
        text.Finish("ListUsers", "tok", output);
        Assert.Equal("USERS\ta\nUSERS\tb\nNEXTTOKEN\ttok\n", output.ToString());
    }

    [Fact]
    public void Yaml_stream_pages_read_as_one_list()
    {
        var stream = OutputFormatters.Create("yaml-stream", new OutputOptions());
        var output = new StringWriter();
        stream.WritePage("ListUsers", JsonNode.Parse("""{"Users": ["a"]}"""), output);
        stream.WritePage("ListUsers", JsonNode.Parse("""{"Users": []}"""), output);
        stream.Finish("ListUsers", "tok", output);
        Assert.Equal("- Users:\n  - a\n- Users: []\n", output.ToString());
    }

    [Fact]
    public void Empty_response_prints_nothing_in_every_format()
    {
        foreach (var format in OutputFormatters.Names)
            Assert.Equal("", Render(format, new JsonObject()));
    }

    [Fact]
    public void Tables_wider_than_the_terminal_turn_single_rows_vertical()
    {
        var response = JsonNode.Parse("""{"Row": {"A": "aaaaaaaaaa", "B": "bbbbbbbbbb"}}""");
        Assert.Equal(
            "-----------------------\n|         Op          |\n+---------------------+\n||        Row        ||\n" +
            "|+----+--------------+|\n||  A |  aaaaaaaaaa  ||\n||  B |  bbbbbbbbbb  ||\n|+----+--------------+|\n",
            Render("table", response, new OutputOptions(TerminalWidth: 20)));
        Assert.Equal(
            "--------------------------------\n|              Op              |\n+------------------------------+\n" +
            "||             Row            ||\n|+-------------+--------------+|\n||      A      |      B       ||\n" +
            "|+-------------+--------------+|\n||  aaaaaaaaaa |  bbbbbbbbbb  ||\n|+-------------+--------------+|\n",
            Render("table", response, new OutputOptions(TerminalWidth: 80)));
    }

    [Theory]
    [InlineData("json", PageMode.Merged)]
    [InlineData("table", PageMode.Merged)]
    [InlineData("yaml", PageMode.Merged)]
    [InlineData("text", PageMode.ResultKeysPerPage)]
    [InlineData("yaml-stream", PageMode.WholePagePerPage)]
    public void Formats_say_how_they_take_pages(string format, PageMode mode) =>
        Assert.Equal(mode, OutputFormatters.Create(format, new OutputOptions()).PageMode);

    [Fact]
    public void Unknown_format_fails_with_the_cli_message()
    {
        var e = Assert.Throws<ArgumentException>(() => OutputFormatters.Create("bogus", new OutputOptions()));
        Assert.Equal("Unknown output type: bogus", e.Message);
    }

    private static string Render(string format, JsonNode? response, OutputOptions? options = null)
    {
        var output = new StringWriter();
        OutputFormatters.Create(format, options ?? new OutputOptions()).Write("Op", response, output);
        return output.ToString();
    }
}
