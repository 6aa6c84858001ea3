using System.Text.Json.Nodes;
using Aws.Cli.Arguments;
using Aws.Core.Protocols;

namespace Aws.Cli.Tests.Arguments;

/// <summary>Focused behaviours, mostly on small inline models (the recorded cases cover real operations).</summary>
public class OperationArgumentsTests
{
    private const string Shapes = """
        {
          "Input": {"type": "structure", "required": ["Name"], "members": {
            "Name": {"shape": "Str"},
            "Count": {"shape": "Int"},
            "Ratio": {"shape": "Dbl"},
            "Enabled": {"shape": "Bool"},
            "Data": {"shape": "Blob"},
            "Doc": {"shape": "Doc"},
            "Labels": {"shape": "StrList"},
            "Header": {"shape": "Str", "location": "header", "locationName": "x-h", "jsonvalue": true},
            "Token": {"shape": "Str", "idempotencyToken": true},
            "Setting": {"shape": "ValueStr"},
            "NextToken": {"shape": "Str"},
            "MaxResults": {"shape": "Int"}
          }},
          "Str": {"type": "string"}, "Int": {"type": "integer"}, "Dbl": {"type": "double"},
          "Bool": {"type": "boolean"}, "Blob": {"type": "blob"},
          "Doc": {"type": "structure", "members": {}, "document": true},
          "StrList": {"type": "list", "member": {"shape": "Str"}},
          "ValueStr": {"type": "structure", "members": {"Value": {"shape": "Str"}}}
        }
        """;

    private const string Paginators = """
        {"pagination": {"DoThing": {"input_token": "NextToken", "output_token": "NextToken",
          "limit_key": "MaxResults", "result_key": "Items"}}}
        """;

    private static ParsedArguments Parse(params string[] words) =>
        OperationArguments.Parse(TestModels.Inline(Shapes, paginators: Paginators), words, Options());

    private static ArgumentOptions Options(string format = "base64", bool paginate = true) => new()
    {
        ServiceName = "test", BinaryFormat = format, Paginate = paginate, CurrentDirectory = TestModels.TestDataDir,
        GetEnvironmentVariable = v => v switch { "HOME" => TestModels.TestDataDir, "SUB" => "files", _ => null },
    };

    [Fact]
    public void Table_lists_options_with_member_type_required_and_flags()
    {
        var table = ArgumentTable.Build(TestModels.Inline(Shapes, paginators: Paginators), "test");
        var names = table.Arguments.Select(a => a.CliName).ToList();
        Assert.Equal(
            ["--name", "--count", "--ratio", "--enabled", "--no-enabled", "--data", "--doc", "--labels", "--header",
             "--token", "--setting", "--next-token", "--max-results", "--cli-input-json", "--cli-input-yaml",
             "--starting-token", "--page-size", "--max-items", "--generate-cli-skeleton"], names);
        Assert.True(table.Find("name")!.Required);
        Assert.False(table.Find("token")!.Required); // idempotency tokens are filled in, never required
        Assert.Equal("Name", table.Find("name")!.MemberName);
        Assert.Equal("list", table.Find("labels")!.TypeName);
        Assert.True(table.Find("next-token")!.Hidden);
        Assert.True(table.Find("max-results")!.Hidden);
        Assert.Equal(CliArgumentKind.NegatedFlag, table.Find("no-enabled")!.Kind);
        Assert.Equal(["input", "output", "yaml-input"], table.Find("generate-cli-skeleton")!.Choices);
    }

    [Fact]
    public void Values_are_typed_by_the_model()
    {
        var p = Parse("--name", "n", "--count", "7", "--ratio", "2.5", "--enabled", "--labels", "a", "b").Parameters;
        Assert.Equal("""{"Name":"n","Count":7,"Ratio":2.5,"Enabled":true,"Labels":["a","b"]}""", p.ToJsonString());
    }

    [Fact]
    public void Double_rejects_text_with_argparse_message()
    {
        var e = Assert.Throws<CliArgumentException>(() => Parse("--name", "n", "--ratio", "x"));
        Assert.Equal("aws: error: argument --ratio: invalid float value: 'x'", e.Message);
        Assert.Equal(252, e.ExitCode);
        Assert.True(e.ShowsUsage);
    }

    [Fact]
    public void Integer_rejects_text_with_python_message_and_exit_255()
    {
        var e = Assert.Throws<CliArgumentException>(() => Parse("--name", "n", "--count", "seven"));
        Assert.Equal("invalid literal for int() with base 10: 'seven'", e.Message);
        Assert.Equal(255, e.ExitCode);
        Assert.Equal("\ninvalid literal for int() with base 10: 'seven'\n", e.Stderr);
    }

    [Fact]
    public void Blob_is_base64_decoded_by_default_and_kept_raw_otherwise()
    {
        var op = TestModels.Inline(Shapes);
        var b64 = OperationArguments.Parse(op, ["--name", "n", "--data", "aGk="], Options()).Parameters["Data"];
        Assert.Equal("hi"u8.ToArray(), BlobValue.GetBytes(b64!));
        var raw = OperationArguments.Parse(op, ["--name", "n", "--data", "aGk="], Options("raw-in-base64-out")).Parameters["Data"];
        Assert.Equal("aGk=", raw!.GetValue<string>());
    }

    [Theory]
    [InlineData("aGVsbG8=", "hello")]
    [InlineData("aGVs bG8=", "hello")]
    [InlineData("aGVsbG8==", "hello")]
    [InlineData("ab==cd", "i")]
    [InlineData("aGk=garbage", "hi")]
    [InlineData("!!!!", "")]
    [InlineData("====", "")]
    public void Base64_is_as_lenient_as_python(string text, string expected) =>
        Assert.Equal(expected, System.Text.Encoding.Latin1.GetString(BlobDecoder.Decode(text)));

    [Theory]
    [InlineData("aGVsbG8")]
    [InlineData("a")]
    [InlineData("ab=c")]
    public void Base64_padding_errors_are_reported(string text)
    {
        var e = Assert.Throws<CliArgumentException>(() => BlobDecoder.Decode(text));
        Assert.Equal($"Invalid base64: \"{text}\"", e.Message);
    }

    [Fact]
    public void Fileb_gives_raw_bytes_whatever_the_binary_format()
    {
        var data = Parse("--name", "n", "--data", "fileb://files/bytes.bin").Parameters["Data"];
        Assert.Equal(new byte[] { 0, 1, 2, 0xff }, BlobValue.GetBytes(data!));
    }

    [Fact]
    public void Paramfile_paths_expand_home_and_variables()
    {
        Assert.Equal("bob-from-file", Parse("--name", "file://~/files/name.txt").Parameters["Name"]!.GetValue<string>());
        Assert.Equal("bob-from-file", Parse("--name", "file://$SUB/name.txt").Parameters["Name"]!.GetValue<string>());
        Assert.Equal("bob-from-file", Parse("--name", "file://${SUB}/name.txt").Parameters["Name"]!.GetValue<string>());
    }

    [Fact]
    public void Document_member_takes_json()
    {
        var p = Parse("--name", "n", "--doc", """{"a": [1, null, {"b": true}]}""").Parameters;
        Assert.Equal("""{"a":[1,null,{"b":true}]}""", p["Doc"]!.ToJsonString());
    }

    [Fact]
    public void Document_member_rejects_non_json_with_python_message()
    {
        var e = Assert.Throws<CliArgumentException>(() => Parse("--name", "n", "--doc", "a=b"));
        Assert.Equal("Error parsing parameter '--doc': Invalid JSON: Expecting value: line 1 column 1 (char 0)\nJSON received: a=b", e.Message);
    }

    [Fact]
    public void Json_value_header_takes_json()
    {
        var p = Parse("--name", "n", "--header", """{"k": "v"}""").Parameters;
        Assert.Equal("""{"k":"v"}""", p["Header"]!.ToJsonString());
    }

    [Fact]
    public void Single_value_structure_takes_a_bare_word()
    {
        Assert.Equal("""{"Value":"x"}""", Parse("--name", "n", "--setting", "x").Parameters["Setting"]!.ToJsonString());
        Assert.Equal("""{"Value":"y"}""", Parse("--name", "n", "--setting", "Value=y").Parameters["Setting"]!.ToJsonString());
    }

    [Fact]
    public void Pagination_options_are_returned_apart_from_parameters()
    {
        var parsed = Parse("--name", "n", "--starting-token", "t", "--page-size", "5", "--max-items", "10");
        Assert.True(parsed.Pagination.Enabled);
        Assert.Equal("t", parsed.Pagination.StartingToken);
        Assert.Equal(5, parsed.Pagination.PageSize!.GetValue<long>());
        Assert.Equal(10, parsed.Pagination.MaxItems!.GetValue<long>());
        Assert.Equal("""{"Name":"n"}""", parsed.Parameters.ToJsonString());
    }

    [Fact]
    public void Manual_paging_token_turns_pagination_off()
    {
        Assert.False(Parse("--name", "n", "--next-token", "x").Pagination.Enabled);
        Assert.False(Parse("--cli-input-json", """{"Name":"n","NextToken":"x"}""").Pagination.Enabled);
        Assert.False(OperationArguments.Parse(TestModels.Inline(Shapes, paginators: Paginators), ["--name", "n"], Options(paginate: false)).Pagination.Enabled);
    }

    [Fact]
    public void Cli_input_json_fills_what_options_did_not_give()
    {
        var p = Parse("--cli-input-json", """{"Name":"j","Count":3,"Labels":["x"]}""", "--count", "4").Parameters;
        Assert.Equal("""{"Count":4,"Name":"j","Labels":["x"]}""", p.ToJsonString());
    }

    [Fact]
    public void Cli_input_yaml_reads_the_yaml_skeleton_format()
    {
        var p = Parse("--cli-input-yaml", "Name: y # [REQUIRED]\nLabels:\n- a\n- b\nData: !!binary aGk=\n").Parameters;
        Assert.Equal("y", p["Name"]!.GetValue<string>());
        Assert.Equal("""["a","b"]""", p["Labels"]!.ToJsonString());
        Assert.Equal("hi"u8.ToArray(), BlobValue.GetBytes(p["Data"]!));
    }

    [Fact]
    public void Help_word_alone_asks_for_help()
    {
        Assert.True(Parse("help").HelpRequested);
        Assert.True(Parse("--name", "n", "help").HelpRequested);
    }

    [Fact]
    public void Unknown_options_and_stray_words_are_listed_in_argparse_order()
    {
        var e = Assert.Throws<CliArgumentException>(() => Parse("--name", "n", "--bogus", "v", "w"));
        Assert.Equal("Unknown options: --bogus, w, v", e.Message);
        Assert.Equal(CliErrorKind.UnknownOptions, e.Kind);
    }

    [Fact]
    public void Streaming_output_operations_take_an_outfile_and_no_cli_input()
    {
        var s3 = TestModels.Embedded("s3api");
        var op = TestModels.Operation(s3, "get-object");
        var table = ArgumentTable.Build(op, "s3api");
        Assert.Null(table.Find("cli-input-json"));
        Assert.Null(table.Find("generate-cli-skeleton"));
        Assert.True(table.Find("outfile")!.IsPositional);
        var parsed = OperationArguments.Parse(table, ["--bucket", "b", "--key", "k", "out.bin"], ArgumentOptions.For("s3api"));
        Assert.Equal("out.bin", parsed.OutFile);
        Assert.Equal("""{"Bucket":"b","Key":"k"}""", parsed.Parameters.ToJsonString());
    }

    [Fact]
    public void Old_list_case_takes_bare_values()
    {
        var elb = TestModels.Embedded("elb");
        var op = TestModels.Operation(elb, "register-instances-with-load-balancer");
        var p = OperationArguments.Parse(op, ["--load-balancer-name", "lb", "--instances", "i-1", "i-2"], ArgumentOptions.For("elb")).Parameters;
        Assert.Equal("""[{"InstanceId":"i-1"},{"InstanceId":"i-2"}]""", p["Instances"]!.ToJsonString());
    }

    [Fact]
    public void Renamed_options_use_the_new_name()
    {
        var ec2 = TestModels.Embedded("ec2");
        var table = ArgumentTable.Build(TestModels.Operation(ec2, "run-instances"), "ec2");
        Assert.NotNull(table.Find("enable-api-termination"));
        Assert.Null(table.Find("no-disable-api-termination"));
        Assert.NotNull(table.Find("count"));
        Assert.Null(table.Find("min-count"));
    }

    [Fact]
    public void Shorthand_coercion_wraps_single_values_into_lists_and_converts_numbers()
    {
        var ec2 = TestModels.Embedded("ec2");
        var op = TestModels.Operation(ec2, "describe-instances");
        var p = OperationArguments.Parse(op, ["--filters", "Name=a,Values=x"], ArgumentOptions.For("ec2")).Parameters;
        Assert.Equal("""[{"Name":"a","Values":["x"]}]""", p["Filters"]!.ToJsonString());
    }
}
