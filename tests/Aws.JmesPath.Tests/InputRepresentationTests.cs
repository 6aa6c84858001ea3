using System.Text.Json.Nodes;

namespace Aws.JmesPath.Tests;

/// <summary>Inputs built from CLR values as well as parsed JSON; results are owned by the caller.</summary>
public class InputRepresentationTests
{
    private static JsonNode? Eval(string expression, JsonNode? data) => JmesPathExpression.Compile(expression).Evaluate(data);

    private static JsonObject ClrNumbers() => new()
    {
        ["i"] = 1,
        ["l"] = 1L,
        ["d"] = 1.0,
        ["m"] = 1.0m,
        ["e"] = JsonNode.Parse("1.0"),
        ["list"] = new JsonArray(3, 1L, 2.5, JsonNode.Parse("0")),
    };

    [Theory]
    [InlineData("i == l")]
    [InlineData("i == d")]
    [InlineData("l == m")]
    [InlineData("d == e")]
    [InlineData("i == `1.0`")]
    [InlineData("e == `1`")]
    [InlineData("[i, l] == [d, e]")]
    public void Numbers_compare_by_value_whatever_their_CLR_type(string expression) =>
        Assert.True(Eval(expression, ClrNumbers())!.GetValue<bool>());

    [Fact]
    public void Mixed_CLR_number_types_sort_and_aggregate() =>
        Assert.Equal("[0,1,2.5,3]|3|6.5", string.Join("|",
            JsonAssert.Show(Eval("sort(list)", ClrNumbers())),
            JsonAssert.Show(Eval("max(list)", ClrNumbers())),
            JsonAssert.Show(Eval("sum(list)", ClrNumbers()))));

    [Fact]
    public void DateTimeOffset_is_an_ISO_string()
    {
        var data = new JsonObject
        {
            ["items"] = new JsonArray(
                new JsonObject { ["n"] = "late", ["t"] = new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero) },
                new JsonObject { ["n"] = "early", ["t"] = new DateTimeOffset(2020, 1, 2, 3, 4, 5, 123, TimeSpan.FromHours(2)) }),
        };
        Assert.Equal("\"string\"", JsonAssert.Show(Eval("type(items[0].t)", data)));
        Assert.Equal("""["early","late"]""", JsonAssert.Show(Eval("sort_by(items, &t)[].n", data)));
        Assert.Equal("\"2024-05-01T12:00:00+00:00\"", JsonAssert.Show(Eval("to_string(items[0].t)", data)));
        Assert.Equal("\"[\\\"2020-01-02T03:04:05.123000+02:00\\\"]\"", JsonAssert.Show(Eval("to_string([items[1].t])", data)));
        Assert.Equal("""["late"]""", JsonAssert.Show(Eval("items[?t > '2021'].n", data)));
    }

    [Fact]
    public void Results_can_join_new_parents_and_the_input_is_untouched()
    {
        var data = JsonNode.Parse("""{"a": {"b": [1, {"c": 2}]}, "d": [{"e": 1}, {"e": 2}]}""")!;
        var before = data.ToJsonString();
        var sub = Eval("a.b", data)!;
        var projected = Eval("d[*]", data)!;
        var whole = Eval("@", data)!;
        var holder = new JsonArray(sub, projected, whole);
        sub.AsArray().Add(99);
        Assert.Equal(3, holder.Count);
        Assert.Equal(before, data.ToJsonString());
        Assert.Same(data, data["a"]!.Parent);
        Assert.NotSame(data, whole);
    }

    [Fact]
    public void Object_key_order_is_preserved()
    {
        var data = JsonNode.Parse("""{"z": 1, "a": 2, "m": {"y": 1, "b": 2}}""")!;
        Assert.Equal("""{"z":1,"a":2,"m":{"y":1,"b":2}}""", JsonAssert.Show(Eval("@", data)));
        Assert.Equal("""["z","a","m"]""", JsonAssert.Show(Eval("keys(@)", data)));
        Assert.Equal("""{"y":1,"b":3,"z":1}""", JsonAssert.Show(Eval("merge(m, `{\"b\": 3, \"z\": 1}`)", data)));
        Assert.Equal("""{"q":2,"c":1}""", JsonAssert.Show(Eval("{q: a, c: z}", data)));
    }

    [Theory]
    [InlineData("avg(`[1, 2]`)", "1.5")]
    [InlineData("avg(`[1, 3]`)", "2.0")]
    [InlineData("to_number('2.0')", "2.0")]
    [InlineData("to_number('1e3')", "1000.0")]
    [InlineData("to_number(' 12 ')", "12")]
    [InlineData("floor(`1.5`)", "1")]
    [InlineData("sum(`[1, 2]`)", "3")]
    [InlineData("sum(`[1, 2.0]`)", "3.0")]
    [InlineData("abs(`-2`)", "2")]
    [InlineData("`1.0`", "1.0")]
    public void Numbers_keep_Python_int_or_float_form_as_the_CLI_prints_them(string expression, string expected) =>
        Assert.Equal(expected, JsonAssert.Show(Eval(expression, null)));

    [Theory]
    [InlineData("to_string(`[1e30, 0.1, 1e-7]`)", "\"[1e+30,0.1,1e-07]\"")]
    [InlineData("to_string(`1.0`)", "\"1.0\"")]
    [InlineData("to_string(`{\"a\": [1, \"x\", null, true]}`)", "\"{\\\"a\\\":[1,\\\"x\\\",null,true]}\"")]
    public void To_string_is_compact_json_dumps(string expression, string expected) =>
        Assert.Equal(expected, JsonAssert.Show(Eval(expression, null)));

    [Fact]
    public void To_string_escapes_non_ASCII_like_the_CLI()
    {
        // Real CLI: to_string([Account, `"é😀"`]) printed "[\"123456789012\",\"\\u00e9\\ud83d\\ude00\"]".
        var result = Eval("to_string(['123456789012', `\"é😀\"`])", new JsonObject())!.GetValue<string>();
        Assert.Equal("[\"123456789012\",\"\\u00e9\\ud83d\\ude00\"]", result);
    }

    [Fact]
    public void Length_and_reverse_work_on_code_points()
    {
        Assert.Equal(3, Eval("length(@)", JsonValue.Create("a😀b"))!.GetValue<long>());
        Assert.Equal("b😀a", Eval("reverse(@)", JsonValue.Create("a😀b"))!.GetValue<string>());
    }

    [Fact]
    public void Sort_by_is_stable()
    {
        var data = JsonNode.Parse("""[{"k": 1, "v": "a"}, {"k": 0, "v": "b"}, {"k": 1, "v": "c"}, {"k": 0, "v": "d"}, {"k": 1.0, "v": "e"}]""");
        Assert.Equal("""["b","d","a","c","e"]""", JsonAssert.Show(Eval("sort_by(@, &k)[].v", data)));
    }

    [Fact]
    public void Max_by_and_min_by_accept_string_keys()
    {
        var data = JsonNode.Parse("""[{"n": "b"}, {"n": "c"}, {"n": "a"}]""");
        Assert.Equal("""{"n":"c"}""", JsonAssert.Show(Eval("max_by(@, &n)", data)));
        Assert.Equal("""{"n":"a"}""", JsonAssert.Show(Eval("min_by(@, &n)", data)));
    }

    [Fact]
    public void Compiled_expression_is_cached_and_safe_to_share_between_threads()
    {
        Assert.Same(JmesPathExpression.Compile("a[?b > `1`].c"), JmesPathExpression.Compile("a[?b > `1`].c"));
        var query = JmesPathExpression.Compile("sort_by(a, &b)[].c");
        var data = JsonNode.Parse("""{"a": [{"b": 3, "c": "x"}, {"b": 1, "c": "y"}, {"b": 2, "c": "z"}]}""");
        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = JsonAssert.Show(query.Evaluate(data)));
        Assert.All(results, r => Assert.Equal("""["y","z","x"]""", r));
    }
}
