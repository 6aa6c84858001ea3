using System.Text.Json.Nodes;
using Aws.Core.Http;
using Aws.Core.Model;
using Aws.Core.Protocols;
using Aws.Core.Protocols.Query;

namespace Aws.Core.Tests.Protocols.Server;

/// <summary>
/// The server side of the query protocol against the client side, for every STS and IAM operation: the client
/// serializer's request parses back to the input, and the server's response parses back to the output.
/// </summary>
public class QueryServerRoundTripTests
{
    private static readonly Dictionary<string, ServiceModel> Models = new()
    {
        ["sts"] = new ServiceModel("sts", ModelBundle.Embedded.Open("sts")!),
        ["iam"] = new ServiceModel("iam", ModelBundle.Embedded.Open("iam")!),
    };

    public static TheoryData<string, string> Operations()
    {
        var data = new TheoryData<string, string>();
        foreach (var (service, model) in Models)
            foreach (var name in model.OperationNames) data.Add(service, name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void Client_request_parses_back_to_the_input(string service, string operation)
    {
        var op = Models[service].GetOperation(operation)!;
        var input = op.Input is { } shape ? SampleValues.For(shape) : new JsonObject();
        var request = RequestSerializers.For("query").Serialize(op, (JsonObject)input.DeepClone(), new Uri("https://example.com"));

        var fields = QueryServerRequestParser.ReadFields(request);
        Assert.Equal(operation, fields["Action"]);
        var parsed = new QueryServerRequestParser().Parse(op, fields);

        Assert.Equal(Text(input), Text(parsed));
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void Server_response_parses_back_to_the_output(string service, string operation)
    {
        var op = Models[service].GetOperation(operation)!;
        var output = op.Output is { } shape ? SampleValues.For(shape) : new JsonObject();

        var response = QueryServerResponseSerializer.Success(op, output, "req-1");
        var parsed = ResponseParsers.For("query").Parse(op, response, ParseOptions.Default);

        Assert.Null(parsed.Error);
        Assert.Equal("req-1", parsed.RequestId);
        Assert.Equal(Text(output), Text(parsed.Result!));
    }

    private static string Text(JsonNode node) => node.ToJsonString();

    [Fact]
    public void Error_response_parses_back_to_code_message_type_and_request_id()
    {
        var op = Models["iam"].GetOperation("GetUser")!;
        var response = QueryServerResponseSerializer.Error(op.Service, 404, "NoSuchEntity", "The user with name x cannot be found.", "req-2");

        var parsed = ResponseParsers.For("query").Parse(op, response, ParseOptions.Default);

        Assert.Equal(404, response.StatusCode);
        Assert.Equal("NoSuchEntity", parsed.Error!.Code);
        Assert.Equal("The user with name x cannot be found.", parsed.Error.Message);
        Assert.Equal("Sender", parsed.Error.Type);
        Assert.Equal("req-2", parsed.Error.RequestId);
    }

    [Fact]
    public void Success_response_has_the_query_envelope_and_namespace()
    {
        var op = Models["sts"].GetOperation("GetCallerIdentity")!;
        var body = System.Text.Encoding.UTF8.GetString(QueryServerResponseSerializer.Success(op,
            new JsonObject { ["UserId"] = "u", ["Account"] = "1", ["Arn"] = "a" }, "r").Body);

        Assert.Equal("<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult>"
            + "<UserId>u</UserId><Account>1</Account><Arn>a</Arn></GetCallerIdentityResult>"
            + "<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>", body);
    }

    [Fact]
    public void Empty_list_is_sent_and_parsed_as_an_empty_list()
    {
        var op = Models["iam"].GetOperation("UntagUser")!;
        var request = RequestSerializers.For("query").Serialize(op,
            new JsonObject { ["UserName"] = "u", ["TagKeys"] = new JsonArray() }, new Uri("https://example.com"));

        var parsed = new QueryServerRequestParser().Parse(op, QueryServerRequestParser.ReadFields(request));

        Assert.Equal("""{"UserName":"u","TagKeys":[]}""", parsed.ToJsonString());
    }

    [Fact]
    public void Fields_are_read_from_the_query_string_of_a_get_request()
    {
        var op = Models["iam"].GetOperation("GetUser")!;
        var request = new AwsHttpRequest { Method = "GET", QueryString = "Action=GetUser&Version=2010-05-08&UserName=a%2Bb+c" };

        var parsed = new QueryServerRequestParser().Parse(op, QueryServerRequestParser.ReadFields(request));

        Assert.Equal("a+b c", parsed["UserName"]!.GetValue<string>());
    }
}
