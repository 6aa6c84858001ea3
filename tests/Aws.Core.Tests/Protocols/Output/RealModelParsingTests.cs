using System.Text;
using System.Text.Json.Nodes;
using Aws.Core.Http;
using Aws.Core.Model;
using Aws.Core.Protocols;

namespace Aws.Core.Tests.Protocols.Output;

/// <summary>Responses shaped like the real services' (bodies modeled on moto 5.2.1's), parsed with the bundled models.</summary>
public class RealModelParsingTests
{
    private static OperationModel Operation(string service, string name) =>
        new ServiceModel(service, ModelBundle.Embedded.Open(service)!).GetOperation(name)!;

    private static AwsHttpResponse Response(int status, string body, params (string, string)[] headers)
    {
        var r = new AwsHttpResponse { StatusCode = status, Body = Encoding.UTF8.GetBytes(body) };
        foreach (var (k, v) in headers) r.Headers.Add(k, v);
        return r;
    }

    private static ParsedResponse Parse(OperationModel op, AwsHttpResponse response, ParseOptions? options = null) =>
        ResponseParsers.For(op.Service.Metadata.Protocol).Parse(op, response, options ?? ParseOptions.Default);

    [Fact]
    public void Sts_GetCallerIdentity_unwraps_the_result_and_takes_the_request_id_from_metadata()
    {
        const string body = """
            <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <GetCallerIdentityResult>
                <Arn>arn:aws:sts::123456789012:user/moto</Arn>
                <UserId>AKIAIOSFODNN7EXAMPLE</UserId>
                <Account>123456789012</Account>
              </GetCallerIdentityResult>
              <ResponseMetadata><RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ResponseMetadata>
            </GetCallerIdentityResponse>
            """;
        var parsed = Parse(Operation("sts", "GetCallerIdentity"), Response(200, body));

        Assert.Null(parsed.Error);
        Assert.Equal("c6104cbe-af31-11e0-8154-cbc7ccf896c7", parsed.RequestId);
        // Model order (UserId, Account, Arn), not wire order; no ResponseMetadata in the result.
        var result = parsed.Result!;
        Assert.Equal(["UserId", "Account", "Arn"], result.Select(p => p.Key));
        Assert.Equal("123456789012", (string?)result["Account"]);
    }

    [Fact]
    public void Ec2_DescribeInstances_reads_item_lists_nested_structures_and_typed_scalars()
    {
        const string body = """
            <?xml version="1.0" encoding="UTF-8"?>
            <DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
              <requestId>fdcdcab1-ae5c-489e-9c33-4637c5dda355</requestId>
              <reservationSet>
                <item>
                  <reservationId>r-1234567890abcdef0</reservationId>
                  <ownerId>123456789012</ownerId>
                  <groupSet/>
                  <instancesSet>
                    <item>
                      <instanceId>i-1234567890abcdef0</instanceId>
                      <imageId>ami-12c6146b</imageId>
                      <instanceState><code>16</code><name>running</name></instanceState>
                      <amiLaunchIndex>0</amiLaunchIndex>
                      <launchTime>2026-11-28T09:30:00.000Z</launchTime>
                      <ebsOptimized>false</ebsOptimized>
                      <tagSet><item><key>Name</key><value>web</value></item></tagSet>
                    </item>
                  </instancesSet>
                </item>
              </reservationSet>
            </DescribeInstancesResponse>
            """;
        var options = new ParseOptions { ConvertTimestamp = (_, wire) => wire.DeepClone() };
        var parsed = Parse(Operation("ec2", "DescribeInstances"), Response(200, body), options);

        Assert.Equal("fdcdcab1-ae5c-489e-9c33-4637c5dda355", parsed.RequestId);
        var reservation = parsed.Result!["Reservations"]![0]!;
        Assert.Equal("r-1234567890abcdef0", (string?)reservation["ReservationId"]);
        Assert.Empty(reservation["Groups"]!.AsArray());
        var instance = reservation["Instances"]![0]!;
        Assert.Equal(16L, instance["State"]!["Code"]!.GetValue<long>());
        Assert.Equal("running", (string?)instance["State"]!["Name"]);
        Assert.False(instance["EbsOptimized"]!.GetValue<bool>());
        Assert.Equal("2026-11-28T09:30:00.000Z", (string?)instance["LaunchTime"]);
        Assert.Equal("web", (string?)instance["Tags"]![0]!["Value"]);
        Assert.False(parsed.Result!.ContainsKey("requestId"));
    }

    [Fact]
    public void Iam_error_response_gives_code_message_type_and_request_id()
    {
        const string body = """
            <ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
              <Error>
                <Type>Sender</Type>
                <Code>NoSuchEntity</Code>
                <Message>The user with name nobody cannot be found.</Message>
              </Error>
              <RequestId>4f2c7e0d-1a2b-4c3d-9e8f-001122334455</RequestId>
            </ErrorResponse>
            """;
        var parsed = Parse(Operation("iam", "GetUser"), Response(404, body));

        Assert.Null(parsed.Result);
        var error = parsed.Error!;
        Assert.Equal("NoSuchEntity", error.Code);
        Assert.Equal("The user with name nobody cannot be found.", error.Message);
        Assert.Equal("Sender", error.Type);
        Assert.Equal(404, error.StatusCode);
        Assert.Equal("4f2c7e0d-1a2b-4c3d-9e8f-001122334455", error.RequestId);
        Assert.Equal(error.RequestId, parsed.RequestId);
    }

    [Fact]
    public void Dynamodb_error_strips_the_type_namespace()
    {
        const string body = """{"__type": "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException", "message": "Requested resource not found: Table: nope not found"}""";
        var parsed = Parse(Operation("dynamodb", "DescribeTable"), Response(400, body, ("x-amzn-RequestId", "ABCDEF")));

        var error = parsed.Error!;
        Assert.Equal("ResourceNotFoundException", error.Code);
        Assert.Equal("Requested resource not found: Table: nope not found", error.Message);
        Assert.Equal("ABCDEF", error.RequestId);
        Assert.Equal(400, error.StatusCode);
    }

    [Fact]
    public void Dynamodb_output_keeps_attribute_values_and_converts_epoch_timestamps()
    {
        const string body = """{"Table": {"TableName": "t", "ItemCount": 3, "CreationDateTime": 1764322200.5, "TableStatus": "ACTIVE"}}""";
        var seen = new List<JsonNode>();
        var options = new ParseOptions { ConvertTimestamp = (instant, wire) => { seen.Add(wire.DeepClone()); return JsonValue.Create(instant.ToString("O")); } };
        var parsed = Parse(Operation("dynamodb", "DescribeTable"), Response(200, body), options);

        var table = parsed.Result!["Table"]!;
        Assert.Equal(3L, table["ItemCount"]!.GetValue<long>());
        Assert.Equal("2025-11-28T09:30:00.5000000+00:00", (string?)table["CreationDateTime"]);
        Assert.Equal(1764322200.5m, seen.Single().GetValue<decimal>());
    }

    [Fact]
    public void Malformed_body_is_an_InvalidDataException()
    {
        var e = Assert.Throws<InvalidDataException>(() => Parse(Operation("sts", "GetCallerIdentity"), Response(200, "<GetCallerIdentityResponse><oops>")));
        Assert.Contains("Unable to parse response", e.Message);
    }

    [Fact]
    public void Json_protocol_doubles_keep_their_wire_form_as_botocore_passes_them_through()
    {
        const string body = """{"ConsumedCapacity": {"TableName": "t", "CapacityUnits": 5, "ReadCapacityUnits": 5.0}}""";
        var result = Parse(Operation("dynamodb", "GetItem"), Response(200, body)).Result!;
        var point = result["ConsumedCapacity"]!;
        Assert.Equal("5", point["CapacityUnits"]!.ToJsonString());
        Assert.Equal("5.0", point["ReadCapacityUnits"]!.ToJsonString());
        Assert.Equal(5.0, point["ReadCapacityUnits"]!.GetValue<double>());
    }
}
