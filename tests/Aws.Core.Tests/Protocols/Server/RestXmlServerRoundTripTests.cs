using System.Text;
using System.Text.Json.Nodes;
using Aws.Core.Http;
using Aws.Core.Model;
using Aws.Core.Protocols;
using Aws.Core.Protocols.RestXml;

namespace Aws.Core.Tests.Protocols.Server;

/// <summary>
/// The server side of rest-xml against the client side, on the S3 model: the client serializer's request is routed
/// to the same operation and parses back to the input; the server's response parses back to the output.
/// </summary>
public class RestXmlServerRoundTripTests
{
    private static readonly ServiceModel S3 = new("s3", ModelBundle.Embedded.Open("s3api")!);
    private static readonly RestXmlServerRequestParser Parser = new(S3);

    public static TheoryData<string, string> Inputs() => new()
    {
        { "ListBuckets", "{}" },
        { "CreateBucket", """{"Bucket":"b1","CreateBucketConfiguration":{"LocationConstraint":"eu-west-1"},"ACL":"private"}""" },
        { "DeleteBucket", """{"Bucket":"b1"}""" },
        { "HeadBucket", """{"Bucket":"b1"}""" },
        { "GetBucketLocation", """{"Bucket":"b1"}""" },
        { "ListObjects", """{"Bucket":"b1","Delimiter":"/","Marker":"m","MaxKeys":10,"Prefix":"a b/"}""" },
        { "ListObjectsV2", """{"Bucket":"b1","Delimiter":"/","EncodingType":"url","MaxKeys":5,"Prefix":"p","ContinuationToken":"t==","StartAfter":"s"}""" },
        { "PutObject", """{"Bucket":"b1","Key":"dir/a b+c%d.txt","ContentType":"text/plain","Metadata":{"color":"blue","x-y":"1"},"StorageClass":"STANDARD_IA","ServerSideEncryption":"AES256","CacheControl":"no-cache"}""" },
        { "GetObject", """{"Bucket":"b1","Key":"k/","Range":"bytes=0-9","IfNoneMatch":"\"abc\"","ResponseContentType":"text/html","PartNumber":2}""" },
        { "HeadObject", """{"Bucket":"b1","Key":"ü/ñ"}""" },
        { "DeleteObject", """{"Bucket":"b1","Key":"k"}""" },
        { "DeleteObjects", """{"Bucket":"b1","Delete":{"Objects":[{"Key":"a"},{"Key":"b<&>"}],"Quiet":true}}""" },
        { "CopyObject", """{"Bucket":"b1","Key":"k2","CopySource":"src/k1","MetadataDirective":"REPLACE","Metadata":{"m":"v"}}""" },
        { "CreateMultipartUpload", """{"Bucket":"b1","Key":"big","ContentType":"application/zip"}""" },
        { "UploadPart", """{"Bucket":"b1","Key":"big","PartNumber":3,"UploadId":"u-1"}""" },
        { "UploadPartCopy", """{"Bucket":"b1","Key":"big","PartNumber":1,"UploadId":"u-1","CopySource":"b1/src","CopySourceRange":"bytes=0-99"}""" },
        { "CompleteMultipartUpload", """{"Bucket":"b1","Key":"big","UploadId":"u-1","MultipartUpload":{"Parts":[{"ETag":"\"e1\"","PartNumber":1},{"ETag":"\"e2\"","PartNumber":2}]}}""" },
        { "AbortMultipartUpload", """{"Bucket":"b1","Key":"big","UploadId":"u-1"}""" },
        { "ListParts", """{"Bucket":"b1","Key":"big","UploadId":"u-1","MaxParts":2,"PartNumberMarker":"1"}""" },
        { "ListMultipartUploads", """{"Bucket":"b1","Prefix":"p"}""" },
        { "PutBucketPolicy", """{"Bucket":"b1","Policy":"{\"Version\":\"2012-10-17\"}"}""" },
        { "GetBucketPolicy", """{"Bucket":"b1"}""" },
        { "DeleteBucketPolicy", """{"Bucket":"b1"}""" },
        { "PutBucketWebsite", """{"Bucket":"b1","WebsiteConfiguration":{"ErrorDocument":{"Key":"err.html"},"IndexDocument":{"Suffix":"index.html"}}}""" },
        { "GetBucketWebsite", """{"Bucket":"b1"}""" },
        { "DeleteBucketWebsite", """{"Bucket":"b1"}""" },
        { "PutBucketTagging", """{"Bucket":"b1","Tagging":{"TagSet":[{"Key":"k","Value":"v"}]}}""" },
        { "GetObjectTagging", """{"Bucket":"b1","Key":"k"}""" },
        { "PutObjectTagging", """{"Bucket":"b1","Key":"k","Tagging":{"TagSet":[{"Key":"k","Value":"v"}]}}""" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Client_request_routes_and_parses_back_to_the_input(string operation, string inputJson)
    {
        var op = S3.GetOperation(operation)!;
        var input = (JsonObject)JsonNode.Parse(inputJson)!;
        var request = RequestSerializers.For("rest-xml").Serialize(op, (JsonObject)input.DeepClone(), new Uri("http://127.0.0.1:4566"));

        var match = Parser.Match(request.Method, request.Path, request.QueryString, request.Headers);
        Assert.NotNull(match);
        Assert.Equal(operation, match.Operation.Name);
        var parsed = Parser.Parse(match, request);
        foreach (var (name, value) in input)
            Assert.Equal(Normalize(value), Normalize(parsed[name]));
    }

    [Fact]
    public void Virtual_hosted_requests_route_like_path_style()
    {
        Assert.Equal("my.bucket", S3VirtualHost.BucketFromHost("my.bucket.s3.amazonaws.com"));
        Assert.Equal("b1", S3VirtualHost.BucketFromHost("b1.s3.us-west-2.amazonaws.com"));
        Assert.Equal("b1", S3VirtualHost.BucketFromHost("b1.localhost:4566"));
        Assert.Equal("b1", S3VirtualHost.BucketFromHost("b1.s3.localhost.localstack.cloud:4566"));
        Assert.Null(S3VirtualHost.BucketFromHost("127.0.0.1:4566"));
        Assert.Null(S3VirtualHost.BucketFromHost("localhost:4566"));
        Assert.Null(S3VirtualHost.BucketFromHost("s3.amazonaws.com"));

        var headers = new HeaderList();
        var list = Parser.Match("GET", S3VirtualHost.PathStylePath("b1", "/"), "list-type=2&prefix=a", headers)!;
        Assert.Equal("ListObjectsV2", list.Operation.Name);
        Assert.Equal("b1", list.Labels["Bucket"]);
        var get = Parser.Match("GET", S3VirtualHost.PathStylePath("b1", "/a/b%2Fc"), "", headers)!;
        Assert.Equal("GetObject", get.Operation.Name);
        Assert.Equal("a/b/c", get.Labels["Key"]);
    }

    [Theory]
    [InlineData("GET", "/", "", "ListBuckets")]
    [InlineData("GET", "/b", "", "ListObjects")]
    [InlineData("GET", "/b/", "", "ListObjects")]
    [InlineData("GET", "/b", "uploads", "ListMultipartUploads")]
    [InlineData("GET", "/b", "location", "GetBucketLocation")]
    [InlineData("GET", "/b", "lifecycle", "GetBucketLifecycleConfiguration")]
    [InlineData("GET", "/b/k", "uploadId=u", "ListParts")]
    [InlineData("GET", "/b/dir/", "", "GetObject")]
    [InlineData("POST", "/b", "delete", "DeleteObjects")]
    [InlineData("POST", "/b/k", "uploads", "CreateMultipartUpload")]
    [InlineData("POST", "/b/k", "uploadId=u", "CompleteMultipartUpload")]
    [InlineData("DELETE", "/b/k", "uploadId=u", "AbortMultipartUpload")]
    [InlineData("DELETE", "/b/k", "", "DeleteObject")]
    [InlineData("PUT", "/b/k", "partNumber=1&uploadId=u", "UploadPart")]
    [InlineData("PUT", "/b/k", "tagging", "PutObjectTagging")]
    [InlineData("PUT", "/b", "policy", "PutBucketPolicy")]
    public void Routes_by_method_path_and_query(string method, string path, string query, string operation) =>
        Assert.Equal(operation, Parser.Match(method, path, query, new HeaderList())?.Operation.Name);

    [Fact]
    public void Copy_source_header_selects_the_copy_operations()
    {
        var headers = new HeaderList { { "x-amz-copy-source", "b/k" } };
        Assert.Equal("CopyObject", Parser.Match("PUT", "/b/k2", "", headers)!.Operation.Name);
        Assert.Equal("UploadPartCopy", Parser.Match("PUT", "/b/k2", "partNumber=1&uploadId=u", headers)!.Operation.Name);
        Assert.Null(Parser.Match("PATCH", "/b/k", "", headers));
    }

    public static TheoryData<string, string> Outputs() => new()
    {
        { "ListBuckets", """{"Buckets":[{"Name":"a","CreationDate":"2024-05-06T07:08:09Z"},{"Name":"b","CreationDate":"2024-05-06T07:08:09Z"}],"Owner":{"DisplayName":"me","ID":"abc"}}""" },
        { "ListObjectsV2", """{"IsTruncated":true,"Contents":[{"Key":"a<&>","LastModified":"2024-05-06T07:08:09Z","ETag":"\"e\"","Size":3,"StorageClass":"STANDARD"}],"Name":"b1","Prefix":"","Delimiter":"/","MaxKeys":1,"CommonPrefixes":[{"Prefix":"d/"}],"KeyCount":2,"NextContinuationToken":"n"}""" },
        { "GetObject", """{"AcceptRanges":"bytes","LastModified":"2024-05-06T07:08:09Z","ContentLength":3,"ETag":"\"e\"","ContentRange":"bytes 0-2/10","ContentType":"text/plain","Metadata":{"color":"blue"}}""" },
        { "HeadObject", """{"ContentLength":10,"ETag":"\"e\"","StorageClass":"GLACIER","Metadata":{"a":"1"}}""" },
        { "PutObject", """{"ETag":"\"e\"","ServerSideEncryption":"AES256"}""" },
        { "CopyObject", """{"CopyObjectResult":{"ETag":"\"e\"","LastModified":"2024-05-06T07:08:09Z"}}""" },
        { "CreateMultipartUpload", """{"Bucket":"b1","Key":"k","UploadId":"u"}""" },
        { "CompleteMultipartUpload", """{"Location":"http://x/","Bucket":"b1","Key":"k","ETag":"\"e-2\""}""" },
        { "DeleteObjects", """{"Deleted":[{"Key":"a"}],"Errors":[{"Key":"b","Code":"AccessDenied","Message":"Access Denied"}]}""" },
        { "ListParts", """{"Bucket":"b1","Key":"k","UploadId":"u","MaxParts":2,"IsTruncated":false,"Parts":[{"PartNumber":1,"LastModified":"2024-05-06T07:08:09Z","ETag":"\"e\"","Size":5}]}""" },
        { "GetBucketPolicy", """{"Policy":"{\"Version\":\"2012-10-17\"}"}""" },
        { "GetBucketWebsite", """{"IndexDocument":{"Suffix":"index.html"},"ErrorDocument":{"Key":"e.html"}}""" },
        { "GetObjectTagging", """{"TagSet":[{"Key":"k","Value":"v"}]}""" },
        { "HeadBucket", """{"BucketRegion":"eu-west-1"}""" },
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Server_response_parses_back_to_the_output(string operation, string outputJson)
    {
        var op = S3.GetOperation(operation)!;
        var output = (JsonObject)JsonNode.Parse(outputJson)!;
        var response = RestXmlServerResponseSerializer.Success(op, (JsonObject)output.DeepClone(), "Root", RestXmlServerResponseSerializer.S3Namespace);
        var parsed = ResponseParsers.For("rest-xml").Parse(op, response, new ParseOptions { ConvertTimestamp = (t, _) => JsonValue.Create(t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)) });

        Assert.Null(parsed.Error);
        foreach (var (name, value) in output)
            Assert.Equal(Normalize(value), Normalize(parsed.Result![name]));
    }

    [Fact]
    public void Xml_body_carries_the_s3_namespace_and_root()
    {
        var op = S3.GetOperation("ListObjectsV2")!;
        var response = RestXmlServerResponseSerializer.Success(op, new JsonObject { ["Name"] = "b", ["KeyCount"] = 0 }, "ListBucketResult", RestXmlServerResponseSerializer.S3Namespace);
        var text = Encoding.UTF8.GetString(response.Body);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">", text, StringComparison.Ordinal);
        Assert.Equal("application/xml", response.Headers["Content-Type"]);
    }

    [Fact]
    public void Errors_parse_as_s3_errors_and_head_errors_have_no_body()
    {
        var op = S3.GetOperation("GetObject")!;
        var error = RestXmlServerResponseSerializer.Error(404, "NoSuchKey", "The specified key does not exist.", "REQ1", [new("Key", "k")]);
        error.Headers["x-amz-request-id"] = "REQ1";
        var parsed = ResponseParsers.For("rest-xml").Parse(op, error, ParseOptions.Default);
        Assert.Equal("NoSuchKey", parsed.Error!.Code);
        Assert.Equal("The specified key does not exist.", parsed.Error.Message);
        Assert.Equal("REQ1", parsed.Error.RequestId);
        Assert.Contains("<Key>k</Key>", Encoding.UTF8.GetString(error.Body), StringComparison.Ordinal);

        var head = RestXmlServerResponseSerializer.Error(404, "NoSuchKey", "x", "REQ2", withBody: false);
        Assert.Empty(head.Body);
        Assert.Equal("404", ResponseParsers.For("rest-xml").Parse(S3.GetOperation("HeadObject")!, head, ParseOptions.Default).Error!.Code);
    }

    // Values compared as text: numbers parsed from strings and strings typed by the model compare alike.
    private static string Normalize(JsonNode? node) => node switch
    {
        null => "null",
        JsonValue v when v.TryGetValue<DateTimeOffset>(out var t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
        JsonValue v => v.ToString(),
        JsonArray a => "[" + string.Join(",", a.Select(Normalize)) + "]",
        JsonObject o => "{" + string.Join(",", o.Select(p => p.Key + ":" + Normalize(p.Value))) + "}",
        _ => node.ToJsonString(),
    };
}
