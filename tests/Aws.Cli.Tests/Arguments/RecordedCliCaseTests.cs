using System.Text.Json;
using System.Text.Json.Nodes;
using Aws.Cli.Arguments;
using Aws.Core.Protocols;

namespace Aws.Cli.Tests.Arguments;

/// <summary>
/// Every case in TestData/recorded.json (made by TestData/record.py from the real AWS CLI v2): the same words
/// must give the same parameters, or the same stderr and exit code.
/// </summary>
public class RecordedCliCaseTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in Load()) data.Add(c.GetProperty("name").GetString()!);
        return data;
    }

    // Cases whose real-CLI outcome comes from outside argument processing.
    private static readonly Dictionary<string, string> KnownDifferences = new()
    {
        ["map-shorthand-list-value"] = "the real CLI fails later, in request serialization ('list' object has no attribute 'encode')",
    };

    private static List<JsonElement> Load() =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(TestModels.TestDataDir, "recorded.json"))).RootElement
            .EnumerateArray().ToList();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Real_cli_case_gives_the_same_result(string name) => Check(name, embedded: false);

    /// <summary>The same cases with the models bundled into aws-sharp (a newer API release than the CLI's).</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Real_cli_case_gives_the_same_result_with_bundled_models(string name) => Check(name, embedded: true);

    private static void Check(string name, bool embedded)
    {
        var c = Load().First(e => e.GetProperty("name").GetString() == name);
        if (KnownDifferences.TryGetValue(name, out var why)) { Assert.Skip(why); return; }
        var words = c.GetProperty("args").EnumerateArray().Select(a => a.GetString()!).ToList();
        var service = embedded ? TestModels.Embedded(words[0]) : TestModels.Botocore(words[0]);
        if (service is null) { Assert.Skip(TestModels.MissingBotocore); return; }
        var op = TestModels.Operation(service, words[1]);
        var rest = words.Skip(2).ToList();
        // The driver takes global options out before the operation sees its words.
        var binaryFormat = "base64";
        var g = rest.IndexOf("--cli-binary-format");
        if (g >= 0) { binaryFormat = rest[g + 1]; rest.RemoveRange(g, 2); }
        var paginate = !rest.Remove("--no-paginate");
        var options = new ArgumentOptions
        {
            ServiceName = words[0], BinaryFormat = binaryFormat, Paginate = paginate, CurrentDirectory = TestModels.TestDataDir,
            GetEnvironmentVariable = v => v == "HOME" ? "/tmp/argsrec-home" : null,
        };

        ParsedArguments? parsed = null;
        CliArgumentException? error = null;
        try { parsed = OperationArguments.Parse(op, rest, options); }
        catch (CliArgumentException e) { error = e; }

        if (c.TryGetProperty("params", out var expected))
        {
            Assert.Null(error?.Stderr);
            var actual = Normalize(parsed!.Parameters, parsed.Pagination, op);
            Assert.Equal(Canonical(expected), Canonical(actual, expected));
        }
        else if (c.GetProperty("rc").GetInt32() == 0)
        {
            Assert.Null(error?.Stderr);
            var stdout = c.GetProperty("stdout").GetString()!;
            if (parsed!.GenerateSkeleton is "yaml-input" && embedded)
                Assert.Skip("the bundled models carry no documentation or enums for the YAML skeleton's comments");
            if (parsed.GenerateSkeleton is { } kind) Assert.Equal(stdout, CliSkeleton.Render(op, kind));
            else Assert.True(parsed.HelpRequested);
        }
        else
        {
            Assert.NotNull(error);
            Assert.Equal(c.GetProperty("stderr").GetString(), error!.Stderr);
            Assert.Equal(c.GetProperty("rc").GetInt32(), error.ExitCode);
        }
    }

    // Bytes are recorded as {"$bytes": base64}; streaming bodies as {"$file": path}. The CLI applies
    // pagination to the first page's parameters, which the runtime (not this code) does here.
    private static JsonObject Normalize(JsonObject parameters, PaginationArguments paging, Aws.Core.Model.OperationModel op)
    {
        var copy = new JsonObject();
        foreach (var (k, v) in parameters) copy[k] = Encode(v);
        if (paging.Enabled && op.Service.Paginators.TryGetProperty(op.Name, out var p))
        {
            if (paging.StartingToken is { } token)
                copy[p.GetProperty("input_token").GetString()!] = token;
            if (paging.PageSize is { } size && p.TryGetProperty("limit_key", out var limit))
                copy[limit.GetString()!] = size.DeepClone();
        }
        return copy;
    }

    private static JsonNode? Encode(JsonNode? v) => v switch
    {
        null => null,
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Encode(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Encode).ToArray()),
        JsonValue jv when BlobValue.IsBytes(jv) => new JsonObject { ["$bytes"] = Convert.ToBase64String(BlobValue.GetBytes(jv)) },
        JsonValue jv when jv.TryGetValue<double>(out var d) && double.IsInfinity(d) => JsonValue.Create(d > 0 ? "Infinity" : "-Infinity"),
        _ => v.DeepClone(),
    };

    // Key order is not compared (Python dicts record the CLI's internal order); values are. The CLI fills
    // idempotency tokens later (botocore), so a recorded token we did not produce is ignored.
    private static string Canonical(JsonElement e) => Canonical(JsonNode.Parse(e.GetRawText()));

    private static string Canonical(JsonObject actual, JsonElement expected)
    {
        if (expected.TryGetProperty("ClientToken", out _) && !actual.ContainsKey("ClientToken"))
            actual["ClientToken"] = expected.GetProperty("ClientToken").GetString();
        if (expected.TryGetProperty("Body", out var body) && body.TryGetProperty("$file", out _) && actual["Body"] is JsonObject)
            actual["Body"] = JsonNode.Parse(body.GetRawText());
        return Canonical(actual);
    }

    private static string Canonical(JsonNode? node) => node switch
    {
        JsonObject o => "{" + string.Join(",", o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => JsonSerializer.Serialize(p.Key, JsonContext.Default.String) + ":" + Canonical(p.Value))) + "}",
        JsonArray a => "[" + string.Join(",", a.Select(Canonical)) + "]",
        JsonValue v when v.TryGetValue<JsonElement>(out var el) => el.ValueKind == JsonValueKind.Number && el.TryGetInt64(out var l)
            ? l.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : el.ValueKind == JsonValueKind.Number ? PyJson.FloatRepr(el.GetDouble()) : v.ToJsonString(),
        JsonValue v when v.GetValue<object>() is double d => PyJson.FloatRepr(d),
        null => "null",
        _ => node.ToJsonString(),
    };
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class JsonContext : System.Text.Json.Serialization.JsonSerializerContext;
