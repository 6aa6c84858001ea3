using System.Text.Json;
using System.Text.Json.Nodes;
using Aws.Core.Model;
using Aws.Core.Protocols;
using Aws.Core.Runtime.Validation;

namespace Aws.Core.Tests.Runtime.Validation;

public sealed class ParamValidatorTests
{
    public static TheoryData<RealCliValidationCases.Case> RealCases() => new(RealCliValidationCases.All);

    [Theory]
    [MemberData(nameof(RealCases))]
    public void Bundled_model_reports_what_the_real_cli_reports(RealCliValidationCases.Case c)
    {
        var model = new ServiceModel(c.Service, ModelBundle.Embedded.Open(c.Service)!);
        var report = ParamValidator.Validate(JsonNode.Parse(c.Input), model.GetOperation(c.Operation)!.Input);
        Assert.Equal(c.Expected, report.Errors);
        Assert.Equal(c.Expected.Length > 0, report.HasErrors);
    }

    [Fact]
    public void Message_is_botocores_param_validation_error()
    {
        var report = ParamValidator.Validate(JsonNode.Parse("""{"Path": 1}"""), Iam("CreateUser"));
        Assert.Equal("Parameter validation failed:\nMissing required parameter in input: \"UserName\"\n" +
                     "Invalid type for parameter Path, value: 1, type: <class 'int'>, valid types: <class 'str'>", report.Message);
    }

    [Fact]
    public void Argument_values_are_typed_like_python_values()
    {
        // What the argument parser builds: CLR longs, doubles, decimals for huge ints, bytes for blobs.
        var input = new JsonObject
        {
            ["Int"] = JsonValue.Create(12345678901234567890123m),
            ["Float"] = JsonValue.Create(2L),
            ["Str"] = JsonValue.Create(0.5),
            ["Blob"] = BlobValue.Create([1, 2]),
            ["Bool"] = JsonValue.Create(1L),
        };
        var report = ParamValidator.Validate(input, Synthetic("""{"type":"structure","members":{ "Int":{"shape":"I"},"Float":{"shape":"F"},"Str":{"shape":"S"},"Blob":{"shape":"B"},"Bool":{"shape":"Z"}}}"""));
        Assert.Equal(
        [
            "Invalid type for parameter Str, value: 0.5, type: <class 'float'>, valid types: <class 'str'>",
            "Invalid type for parameter Bool, value: 1, type: <class 'int'>, valid types: <class 'bool'>",
        ], report.Errors);
    }

    [Fact]
    public void Min_lengths_and_values_are_checked_when_the_model_has_them()
    {
        var input = JsonNode.Parse("""{"Str":"","List":[],"Int":0,"Float":0.25,"Map":{"":"v"},"Label":"","Ok":"é"}""");
        var report = ParamValidator.Validate(input, Synthetic("""{"type":"structure","members":{ "Str":{"shape":"Min1"},"List":{"shape":"L"},"Int":{"shape":"IMin"},"Float":{"shape":"FMin"},"Map":{"shape":"M"}, "Label":{"shape":"S","hostLabel":true},"Ok":{"shape":"Min1"}}}"""));
        Assert.Equal(
        [
            "Invalid length for parameter Str, value: 0, valid min length: 1",
            "Invalid length for parameter List, value: 0, valid min length: 1",
            "Invalid value for parameter Int, value: 0, valid min value: 1",
            "Invalid value for parameter Float, value: 0.25, valid min value: 0.5",
            "Invalid length for parameter Map (key: ), value: 0, valid min length: 1",
            "Invalid length for parameter Label, value: 0, valid min length: 1",
        ], report.Errors);
    }

    [Fact]
    public void Max_pattern_and_enum_are_not_checked_as_botocore_does_not()
    {
        var report = ParamValidator.Validate(JsonNode.Parse("""{"Str":"a b c d e f"}"""), Synthetic("""{"type":"structure","members":{ "Str":{"shape":"Strict"}}}"""));
        Assert.False(report.HasErrors);
    }

    [Fact]
    public void Missing_input_is_an_empty_structure()
    {
        var report = ParamValidator.Validate(null, Iam("CreateUser"));
        Assert.Equal(["Missing required parameter in input: \"UserName\""], report.Errors);
        Assert.False(ParamValidator.Validate(JsonNode.Parse("{}"), null).HasErrors);
    }

    [Fact]
    public void Missing_top_level_idempotency_token_is_generated_not_reported()
    {
        var report = ParamValidator.Validate(JsonNode.Parse("""{"Inner":{}}"""), Synthetic("""{"type":"structure","required":["Token","Inner"],"members":{"Token":{"shape":"S","idempotencyToken":true},"Inner":{"shape":"Nested"}}}"""));
        Assert.Equal(["Missing required parameter in Inner: \"Token\""], report.Errors);
    }

    private static Shape Iam(string operation) =>
        new ServiceModel("iam", ModelBundle.Embedded.Open("iam")!).GetOperation(operation)!.Input!;

    private static Shape Synthetic(string inputShape)
    {
        // Single quotes keep the model readable; they become JSON's double quotes.
        var json = ("{'metadata':{'protocol':'json','apiVersion':'2020-01-01','endpointPrefix':'svc','signatureVersion':'v4'}," +
            "'operations':{'Op':{'name':'Op','http':{'method':'POST','requestUri':'/'},'input':{'shape':'Input'}}}," +
            "'shapes':{'Input':" + inputShape.Replace('"', '\'') + "," +
            "'S':{'type':'string'},'Min1':{'type':'string','min':1},'Strict':{'type':'string','max':2,'pattern':'^x$','enum':['x']}," +
            "'L':{'type':'list','member':{'shape':'S'},'min':1},'I':{'type':'integer'},'IMin':{'type':'integer','min':1}," +
            "'F':{'type':'double'},'FMin':{'type':'double','min':0.5},'B':{'type':'blob'},'Z':{'type':'boolean'}," +
            "'M':{'type':'map','key':{'shape':'Min1'},'value':{'shape':'S'}}," +
            "'Nested':{'type':'structure','required':['Token'],'members':{'Token':{'shape':'S','idempotencyToken':true}}}}}").Replace('\'', '"');
        return new ServiceModel("svc", new DocumentModelSource(JsonDocument.Parse(json).RootElement)).GetOperation("Op")!.Input!;
    }
}
