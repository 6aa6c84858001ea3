using System.Text;
using System.Text.Json.Nodes;
using Aws.Core.Protocols.Formats;
using Aws.Core.Protocols.Http;

namespace Aws.Core.Tests.Protocols.Input;

/// <summary>The value formats serializers share. Expected values were produced with botocore's own functions.</summary>
public class FormatsTests
{
    public static TheoryData<string, string, string, string> TimestampInputs => new()
    {
        // JSON parameter text, iso8601, unixtimestamp, rfc822 (botocore _convert_timestamp_to_str)
        { "1422172800", "2015-01-25T08:00:00Z", "1422172800", "Sun, 25 Jan 2015 08:00:00 GMT" },
        { "1422172800.5", "2015-01-25T08:00:00.500000Z", "1422172800", "Sun, 25 Jan 2015 08:00:00 GMT" },
        { "\"1422172800\"", "2015-01-25T08:00:00Z", "1422172800", "Sun, 25 Jan 2015 08:00:00 GMT" },
        { "\"1422172800.5\"", "2015-01-25T08:00:00.500000Z", "1422172800", "Sun, 25 Jan 2015 08:00:00 GMT" },
        { "\"2015-01-25T10:00:00+02:00\"", "2015-01-25T08:00:00Z", "1422172800", "Sun, 25 Jan 2015 08:00:00 GMT" },
        { "\"2015-01-25T08:00:00\"", "2015-01-25T08:00:00Z", "1422172800", "Sun, 25 Jan 2015 08:00:00 GMT" },
        { "\"2015-01-25\"", "2015-01-25T00:00:00Z", "1422144000", "Sun, 25 Jan 2015 00:00:00 GMT" },
        { "\"Sun, 25 Jan 2015 08:00:00 GMT\"", "2015-01-25T08:00:00Z", "1422172800", "Sun, 25 Jan 2015 08:00:00 GMT" },
        { "\"2015-01-25T08:00:00.123456789Z\"", "2015-01-25T08:00:00.123456Z", "1422172800", "Sun, 25 Jan 2015 08:00:00 GMT" },
    };

    [Theory]
    [MemberData(nameof(TimestampInputs))]
    public void Timestamp_inputs_format_like_botocore(string json, string iso, string epoch, string httpDate)
    {
        var instant = InputTimestamp.Parse(JsonNode.Parse(json));
        Assert.Equal(iso, TimestampFormatter.Format(instant, TimestampFormatter.Iso8601));
        Assert.Equal(epoch, TimestampFormatter.Format(instant, TimestampFormatter.UnixTimestamp));
        Assert.Equal(httpDate, TimestampFormatter.Format(instant, TimestampFormatter.Rfc822));
    }

    [Fact]
    public void Timestamp_accepts_DateTimeOffset_values()
    {
        var value = JsonValue.Create(new DateTimeOffset(2015, 1, 25, 10, 0, 0, TimeSpan.FromHours(2)));
        Assert.Equal(1422172800, InputTimestamp.Parse(value).ToUnixTimeSeconds());
    }

    [Fact]
    public void Timestamp_rejects_text_that_is_no_date()
    {
        Assert.False(InputTimestamp.TryParse(JsonValue.Create("yesterday-ish"), out _));
        Assert.Throws<FormatException>(() => InputTimestamp.Parse(JsonValue.Create(true)));
    }

    [Fact]
    public void Timestamp_format_names_are_case_insensitive_with_a_default()
    {
        Assert.Equal("unixtimestamp", TimestampFormatter.Normalize("unixTimestamp", "iso8601"));
        Assert.Equal("iso8601", TimestampFormatter.Normalize(null, "iso8601"));
    }

    [Theory]
    [InlineData(" %:/?#[]@!$&'()*+,;=😹", "", "%20%25%3A%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D%F0%9F%98%B9")]
    [InlineData("dir/a b~c", "/", "dir/a%20b~c")]
    [InlineData("A-Z_a.z~0", "", "A-Z_a.z~0")]
    public void Percent_encoding_keeps_only_unreserved_characters(string value, string extraSafe, string expected) =>
        Assert.Equal(expected, PercentEncoding.Encode(value, extraSafe));

    [Fact]
    public void Form_encoding_writes_spaces_as_plus_like_python_urlencode() =>
        Assert.Equal("a+b~%2A%3D%C3%A9", PercentEncoding.EncodeForm("a b~*=é"));

    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(10.8, "10.8")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(-2.5e-7, "-2.5e-07")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Doubles_print_like_python_repr(double value, string expected) =>
        Assert.Equal(expected, ScalarText.Double(value));

    [Fact]
    public void Numbers_keep_the_spelling_they_were_given_in()
    {
        var node = JsonNode.Parse("""{"a": 1.10, "b": 10, "c": true, "d": "x"}""")!;
        Assert.Equal("1.10", ScalarText.ToText(node["a"]));
        Assert.Equal("10", ScalarText.ToText(node["b"]));
        Assert.Equal("true", ScalarText.Boolean(node["c"]));
        Assert.Equal("x", ScalarText.ToText(node["d"]));
    }

    [Fact]
    public void Json_is_written_like_python_json_dumps()
    {
        var node = JsonNode.Parse("""{"s": "é\"\\\n\u0001/<", "n": [1, 2.50, null], "o": {}, "t": true}""");
        Assert.Equal("""{"s": "\u00e9\"\\\n\u0001/<", "n": [1, 2.50, null], "o": {}, "t": true}""", PythonJson.Dumps(node));
        Assert.Equal("""{"s":"\u00e9\"\\\n\u0001/<","n":[1,2.50,null],"o":{},"t":true}""", PythonJson.Dumps(node, compact: true));
        Assert.Equal("\"\\ud83d\\ude39\"", PythonJson.Dumps(JsonValue.Create("😹")));
    }

    [Fact]
    public void Xml_is_written_like_element_tree()
    {
        var root = new XmlBodyElement("Root");
        root.SetAttribute("xmlns", "http://example.com/");
        root.SetAttribute("a", "q\"<&\n");
        root.Add("Text").Text = "x<>&\"'";
        root.Add("Empty");
        root.Add("EmptyText").Text = "";
        Assert.Equal(
            "<Root xmlns=\"http://example.com/\" a=\"q&quot;&lt;&amp;&#10;\"><Text>x&lt;&gt;&amp;\"'</Text><Empty /><EmptyText /></Root>",
            Encoding.UTF8.GetString(root.ToUtf8()));
    }

    [Theory]
    [InlineData("123456789", 0xCBF43926u, 0xE3069283u)]
    [InlineData("", 0u, 0u)]
    public void Crc32_variants_match_their_check_values(string data, uint ieee, uint castagnoli)
    {
        Assert.Equal(ieee, Crc32.Ieee.Compute(Encoding.ASCII.GetBytes(data)));
        Assert.Equal(castagnoli, Crc32.Castagnoli.Compute(Encoding.ASCII.GetBytes(data)));
    }
}
