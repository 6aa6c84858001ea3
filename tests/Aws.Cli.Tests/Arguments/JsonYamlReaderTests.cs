using System.Text.Json;
using System.Text.Json.Nodes;
using Aws.Cli.Arguments;
using Aws.Core.Protocols;

namespace Aws.Cli.Tests.Arguments;

/// <summary>TestData/json-yaml.json: Python's json.loads and the CLI's YAML loader on the same inputs.</summary>
public class JsonYamlReaderTests
{
    private static JsonElement Load(string kind) =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(TestModels.TestDataDir, "json-yaml.json"))).RootElement.GetProperty(kind);

    public static TheoryData<int, string> JsonCases() => Cases("json");
    public static TheoryData<int, string> YamlCases() => Cases("yaml");

    private static TheoryData<int, string> Cases(string kind)
    {
        var data = new TheoryData<int, string>();
        var i = 0;
        foreach (var c in Load(kind).EnumerateArray()) data.Add(i++, c.GetProperty("input").GetString()!);
        return data;
    }

    [Theory]
    [MemberData(nameof(JsonCases))]
    public void Json_reads_and_fails_like_python(int index, string input)
    {
        var c = Load("json")[index];
        if (c.TryGetProperty("error", out var error))
            Assert.Equal(error.GetString(), Assert.Throws<PyJsonException>(() => PyJson.Parse(input)).Message);
        else
            Assert.Equal(Canonical(c.GetProperty("result")), Canonical(Encode(PyJson.Parse(input))));
    }

    [Theory]
    [MemberData(nameof(YamlCases))]
    public void Yaml_reads_like_the_cli(int index, string input)
    {
        var c = Load("yaml")[index];
        if (c.TryGetProperty("error", out _))
            Assert.Throws<YamlException>(() => YamlReader.Parse(input));
        else
            Assert.Equal(Canonical(c.GetProperty("result")), Canonical(Encode(YamlReader.Parse(input))));
    }

    // The recorder writes bytes as {"$bytes"}, NaN/inf as {"$float"}, dates as {"$date"} (we keep dates as text).
    private static JsonNode? Encode(JsonNode? v) => v switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Encode(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Encode).ToArray()),
        JsonValue b when BlobValue.IsBytes(b) => new JsonObject { ["$bytes"] = Convert.ToBase64String(BlobValue.GetBytes(b)) },
        JsonValue d when d.GetValue<object>() is double x && !double.IsFinite(x) =>
            new JsonObject { ["$float"] = double.IsNaN(x) ? "nan" : x > 0 ? "inf" : "-inf" },
        _ => v?.DeepClone(),
    };

    private static string Canonical(JsonElement e)
    {
        var node = JsonNode.Parse(e.GetRawText());
        return Canonical(Dates(node));
    }

    private static JsonNode? Dates(JsonNode? n) => n switch
    {
        JsonObject o when o.Count == 1 && o["$date"] is JsonValue d => JsonValue.Create(d.GetValue<string>()),
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Dates(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Dates).ToArray()),
        _ => n?.DeepClone(),
    };

    private static string Canonical(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject o => "{" + string.Join(",", o.Select(p => p.Key + ":" + Canonical(p.Value))) + "}",
        JsonArray a => "[" + string.Join(",", a.Select(Canonical)) + "]",
        JsonValue v when v.TryGetValue<JsonElement>(out var el) && el.ValueKind == JsonValueKind.Number =>
            el.TryGetInt64(out var l) ? l.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : el.TryGetDecimal(out var m) && !el.GetRawText().Contains('.') && !el.GetRawText().Contains('e') && !el.GetRawText().Contains('E')
                    ? m.ToString(System.Globalization.CultureInfo.InvariantCulture) : PyJson.FloatRepr(el.GetDouble()),
        JsonValue v when v.GetValue<object>() is double d => PyJson.FloatRepr(d),
        JsonValue v when v.GetValue<object>() is decimal m => m.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => node.ToJsonString(),
    };
}
