using System.Text;
using System.Text.Json.Nodes;
using Aws.Core.Http;
using Aws.Core.Model;
using Aws.Core.Protocols;
using Aws.Core.Protocols.Http;

namespace Aws.Core.Tests.Protocols.Output;

/// <summary>rest-xml and rest-json HTTP bindings and S3's error quirks, with the bundled models.</summary>
public class RestBindingParsingTests
{
    private static OperationModel Operation(string service, string name) =>
        new ServiceModel(service, ModelBundle.Embedded.Open(service)!).GetOperation(name)!;

    private static AwsHttpResponse Response(int status, string body, params (string, string)[] headers)
    {
        var r = new AwsHttpResponse { StatusCode = status, Body = Encoding.UTF8.GetBytes(body) };
        foreach (var (k, v) in headers) r.Headers.Add(k, v);
        return r;
    }

    private static ParsedResponse Parse(OperationModel op, AwsHttpResponse response) =>
        ResponseParsers.For(op.Service.Metadata.Protocol).Parse(op, response, ResultNormalizer.EpochSeconds);

    [Fact]
    public void S3_bodiless_head_404_uses_status_code_and_reason_phrase()
    {
        var parsed = Parse(Operation("s3api", "HeadObject"), Response(404, "", ("x-amz-request-id", "REQ1"), ("x-amz-id-2", "HOST")));
        var error = parsed.Error!;
        Assert.Equal("404", error.Code);
        Assert.Equal("Not Found", error.Message); // what /usr/bin/aws s3api head-object prints against moto
        Assert.Equal("REQ1", error.RequestId);
    }

    [Fact]
    public void S3_error_document_at_root_is_read_with_header_request_id()
    {
        const string body = """<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message><BucketName>nob</BucketName><RequestId>BODYREQ</RequestId></Error>""";
        var parsed = Parse(Operation("s3api", "GetObject"), Response(404, body, ("x-amz-request-id", "HDRREQ")));
        Assert.Equal("NoSuchBucket", parsed.Error!.Code);
        Assert.Equal("The specified bucket does not exist", parsed.Error.Message);
        Assert.Equal("HDRREQ", parsed.Error.RequestId);
    }

    [Fact]
    public void S3_200_with_error_body_is_an_error()
    {
        const string body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\n<Error><Code>InternalError</Code><Message>We encountered an internal error. Please try again.</Message></Error>";
        var parsed = Parse(Operation("s3api", "CompleteMultipartUpload"), Response(200, body));
        Assert.Null(parsed.Result);
        Assert.Equal("InternalError", parsed.Error!.Code);
    }

    [Fact]
    public void S3_GetObject_leaves_the_streaming_body_and_reads_headers()
    {
        var stream = new MemoryStream([1, 2, 3]);
        var response = Response(200, "", ("Content-Length", "3"), ("Last-Modified", "Tue, 29 Apr 2014 18:30:38 GMT"),
            ("ETag", "\"abc\""), ("x-amz-meta-Color", "blue"), ("x-amz-meta-size", "L"), ("x-amz-request-id", "R"));
        response.BodyStream = stream;
        var parsed = Parse(Operation("s3api", "GetObject"), response);

        Assert.Equal("Body", parsed.StreamingMember);
        Assert.Equal(0, stream.Position);
        var result = parsed.Result!;
        Assert.False(result.ContainsKey("Body"));
        Assert.Equal(3L, result["ContentLength"]!.GetValue<long>());
        Assert.Equal(1398796238m, result["LastModified"]!.GetValue<decimal>());
        Assert.Equal("\"abc\"", (string?)result["ETag"]);
        Assert.Equal("blue", (string?)result["Metadata"]!["Color"]);
        Assert.Equal("L", (string?)result["Metadata"]!["size"]);
        Assert.Equal("R", parsed.RequestId);
        // Model order: header members come in the order the output shape declares them.
        var keys = result.Select(p => p.Key).ToList();
        Assert.True(keys.IndexOf("LastModified") < keys.IndexOf("ContentLength"));
    }

    [Fact]
    public void S3_ListObjectsV2_reads_flattened_lists_from_the_root_element()
    {
        const string body = """
            <ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
              <Name>bucket</Name><KeyCount>2</KeyCount><IsTruncated>false</IsTruncated>
              <Contents><Key>a.txt</Key><Size>1</Size><LastModified>2014-04-29T18:30:38.000Z</LastModified></Contents>
              <Contents><Key>b.txt</Key><Size>22</Size></Contents>
              <CommonPrefixes><Prefix>p/</Prefix></CommonPrefixes>
            </ListBucketResult>
            """;
        var result = Parse(Operation("s3api", "ListObjectsV2"), Response(200, body)).Result!;
        Assert.Equal(["a.txt", "b.txt"], result["Contents"]!.AsArray().Select(c => (string?)c!["Key"]));
        Assert.Equal(22L, result["Contents"]![1]!["Size"]!.GetValue<long>());
        Assert.Equal(1398796238m, result["Contents"]![0]!["LastModified"]!.GetValue<decimal>());
        Assert.Equal("p/", (string?)result["CommonPrefixes"]![0]!["Prefix"]);
        Assert.False(result["IsTruncated"]!.GetValue<bool>());
    }

    [Fact]
    public void Lambda_Invoke_blob_payload_is_the_raw_body_in_base64_with_status_and_headers()
    {
        var response = Response(200, "{\"ok\":true}", ("X-Amz-Function-Error", "Unhandled"), ("X-Amz-Executed-Version", "$LATEST"));
        var result = Parse(Operation("lambda", "Invoke"), response).Result!;
        Assert.Equal(200L, result["StatusCode"]!.GetValue<long>());
        Assert.Equal("Unhandled", (string?)result["FunctionError"]);
        Assert.Equal("{\"ok\":true}", Encoding.UTF8.GetString(Convert.FromBase64String((string)result["Payload"]!)));
    }

    [Fact]
    public void Rest_json_error_code_comes_from_the_error_type_header()
    {
        var response = Response(404, "{\"Type\":\"User\",\"Message\":\"Function not found: x\"}",
            ("X-Amzn-ErrorType", "ResourceNotFoundException:http://internal.amazon.com/coral/"), ("x-amzn-RequestId", "L1"));
        var parsed = Parse(Operation("lambda", "GetFunction"), response);
        Assert.Equal("ResourceNotFoundException", parsed.Error!.Code);
        Assert.Equal("Function not found: x", parsed.Error.Message);
        Assert.Equal("L1", parsed.Error.RequestId);
    }

    [Fact]
    public void Html_5xx_from_a_proxy_is_a_generic_error()
    {
        var parsed = Parse(Operation("lambda", "GetFunction"), Response(503, "<html><body><b>Http/1.1 Service Unavailable</b></body></html>"));
        Assert.Equal("503", parsed.Error!.Code);
        Assert.Equal("Service Unavailable", parsed.Error.Message);
    }

    [Fact]
    public void Rest_output_lists_header_members_before_body_members_like_botocore()
    {
        const string body = """
            <CreateHostedZoneResponse xmlns="https://route53.amazonaws.com/doc/2013-04-01/">
              <HostedZone><Id>/hostedzone/Z1</Id><Name>example.com.</Name><CallerReference>x1</CallerReference></HostedZone>
              <ChangeInfo><Id>/change/C1</Id><Status>INSYNC</Status><SubmittedAt>2026-11-28T09:32:33.898645Z</SubmittedAt></ChangeInfo>
            </CreateHostedZoneResponse>
            """;
        var response = Response(201, body, ("Location", "https://route53.amazonaws.com/2013-04-01/hostedzone/Z1"));
        var result = Parse(Operation("route53", "CreateHostedZone"), response).Result!;
        // The model declares Location last; the CLI prints it first because botocore reads headers first.
        Assert.Equal(["Location", "HostedZone", "ChangeInfo"], result.Select(p => p.Key));
        Assert.Equal(1795858353.898645m, result["ChangeInfo"]!["SubmittedAt"]!.GetValue<decimal>());
    }

    [Theory]
    [InlineData("a, b,c", false, new[] { "a", "b", "c" })]
    [InlineData("\"b,c\", \"\\\"quoted\\\"\", d", false, new[] { "b,c", "\"quoted\"", "d" })]
    [InlineData("Mon, 16 Dec 2019 23:48:18 GMT, Tue, 17 Dec 2019 23:48:18 GMT", true, new[] { "Mon, 16 Dec 2019 23:48:18 GMT", "Tue, 17 Dec 2019 23:48:18 GMT" })]
    [InlineData("2019-12-16T23:48:18Z, 1576540098", true, new[] { "2019-12-16T23:48:18Z", "1576540098" })]
    public void List_headers_split_on_commas_outside_quotes_and_dates(string header, bool timestamps, string[] expected) =>
        Assert.Equal(expected, HeaderListSplitter.Split(header, timestamps));
}
