using System.Text;
using System.Text.Json.Nodes;
using Aws.Core.Http;
using Aws.Core.Model;
using Aws.Core.Protocols;

namespace Aws.Core.Tests.Protocols.Input;

/// <summary>
/// Requests for real bundled models. Expected bytes were captured from the real AWS CLI v2 (/usr/bin/aws
/// 2.9.19) sending the same parameters to a local HTTP listener (signing and User-Agent headers left out).
/// </summary>
public class RealModelSerializationTests
{
    private static readonly Uri Endpoint = new("http://127.0.0.1:18777");

    private static AwsHttpRequest Serialize(string service, string operation, string parameters)
    {
        var model = new ServiceModel(service, ModelBundle.Embedded.Open(service)!);
        var op = model.GetOperation(operation)!;
        return RequestSerializers.For(model.Metadata.Protocol).Serialize(op, JsonNode.Parse(parameters)!.AsObject(), Endpoint);
    }

    private static string Body(AwsHttpRequest request) => Encoding.UTF8.GetString(request.Body);

    [Fact]
    public void Ec2_DescribeInstances_sends_filters_as_flattened_capitalized_lists()
    {
        var request = Serialize("ec2", "DescribeInstances", """
            {"Filters": [{"Name": "instance-state-name", "Values": ["running", "stopped"]},
                         {"Name": "tag:Name", "Values": ["a b~*"]}],
             "MaxResults": 5}
            """);
        Assert.Equal("POST", request.Method);
        Assert.Equal("http://127.0.0.1:18777/", request.Url.ToString());
        Assert.Equal("application/x-www-form-urlencoded; charset=utf-8", request.Headers["Content-Type"]);
        Assert.Equal(
            "Action=DescribeInstances&Version=2016-11-15&Filter.1.Name=instance-state-name&Filter.1.Value.1=running"
            + "&Filter.1.Value.2=stopped&Filter.2.Name=tag%3AName&Filter.2.Value.1=a+b~%2A&MaxResults=5",
            Body(request));
    }

    [Fact]
    public void Sts_AssumeRole_is_a_form_encoded_query_request()
    {
        var request = Serialize("sts", "AssumeRole", """
            {"RoleArn": "arn:aws:iam::123456789012:role/R", "RoleSessionName": "s1", "DurationSeconds": 900}
            """);
        Assert.Equal(
            "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2FR"
            + "&RoleSessionName=s1&DurationSeconds=900",
            Body(request));
    }

    [Fact]
    public void S3_PutObject_puts_metadata_in_prefixed_headers_and_the_body_raw()
    {
        var model = new ServiceModel("s3api", ModelBundle.Embedded.Open("s3api")!);
        var parameters = JsonNode.Parse("""
            {"Bucket": "mybucket", "Key": "dir/a b+c.txt", "ContentType": "text/plain",
             "Metadata": {"owner": "me", "Project": "x"}, "Tagging": "k=v"}
            """)!.AsObject();
        parameters["Body"] = BlobValue.Create("hello\n"u8.ToArray());
        var request = RequestSerializers.For("rest-xml").Serialize(model.GetOperation("PutObject")!, parameters, Endpoint);

        Assert.Equal("PUT", request.Method);
        Assert.Equal("/mybucket/dir/a%20b%2Bc.txt", request.PathAndQuery);
        Assert.Equal("text/plain", request.Headers["Content-Type"]);
        Assert.Equal("me", request.Headers["x-amz-meta-owner"]);
        Assert.Equal("x", request.Headers["x-amz-meta-Project"]);
        Assert.Equal("k=v", request.Headers["x-amz-tagging"]);
        Assert.Equal("hello\n", Body(request));
    }

    [Fact]
    public void S3_PutObject_streams_a_stream_body_unread()
    {
        var model = new ServiceModel("s3api", ModelBundle.Embedded.Open("s3api")!);
        using var stream = new MemoryStream("streamed"u8.ToArray());
        var parameters = new JsonObject { ["Bucket"] = "b", ["Key"] = "k", ["Body"] = StreamValue.Create(stream) };
        var request = RequestSerializers.For("rest-xml").Serialize(model.GetOperation("PutObject")!, parameters, Endpoint);
        Assert.Same(stream, request.BodyStream);
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void S3_PutBucketTagging_sends_namespaced_xml_with_content_md5()
    {
        var request = Serialize("s3api", "PutBucketTagging", """
            {"Bucket": "mybucket", "Tagging": {"TagSet": [{"Key": "k1", "Value": "v1"}, {"Key": "k2", "Value": "v<2>"}]}}
            """);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("/mybucket?tagging", request.PathAndQuery);
        Assert.Equal(
            """<Tagging xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><TagSet><Tag><Key>k1</Key><Value>v1</Value></Tag>"""
            + """<Tag><Key>k2</Key><Value>v&lt;2&gt;</Value></Tag></TagSet></Tagging>""",
            Body(request));
        Assert.Equal("1VyU7YqXfr2BJz6Oc7IiWA==", request.Headers["Content-MD5"]);
        Assert.Null(request.Headers["Content-Type"]);
    }

    [Fact]
    public void DynamoDb_PutItem_sends_python_style_json_with_ascii_escapes()
    {
        var model = new ServiceModel("dynamodb", ModelBundle.Embedded.Open("dynamodb")!);
        var parameters = JsonNode.Parse("""{"TableName": "Tbl", "Item": {"id": {"S": "é1"}, "n": {"N": "5"}}}""")!.AsObject();
        parameters["Item"]!["b"] = new JsonObject { ["B"] = BlobValue.Create("hi"u8.ToArray()) };
        var request = RequestSerializers.For("json").Serialize(model.GetOperation("PutItem")!, parameters, Endpoint);

        Assert.Equal("DynamoDB_20120810.PutItem", request.Headers["X-Amz-Target"]);
        Assert.Equal("application/x-amz-json-1.0", request.Headers["Content-Type"]);
        Assert.Equal("""{"TableName": "Tbl", "Item": {"id": {"S": "\u00e91"}, "n": {"N": "5"}, "b": {"B": "aGk="}}}""", Body(request));
    }

    [Fact]
    public void Sqs_uses_the_json_protocol_with_the_query_mode_header()
    {
        var request = Serialize("sqs", "SendMessage", """
            {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q", "MessageBody": "hi",
             "MessageAttributes": {"n": {"DataType": "Number", "StringValue": "1"}}}
            """);
        Assert.Equal("AmazonSQS.SendMessage", request.Headers["X-Amz-Target"]);
        Assert.Equal("application/x-amz-json-1.0", request.Headers["Content-Type"]);
        Assert.Equal("true", request.Headers["x-amzn-query-mode"]);
        Assert.Equal(
            """{"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q", "MessageBody": "hi", """
            + "\"MessageAttributes\": {\"n\": {\"DataType\": \"Number\", \"StringValue\": \"1\"}}}",
            Body(request));
    }
    [Fact]
    public void CloudWatch_GetMetricStatistics_sends_timestamps_in_utc_iso8601()
    {
        var request = Serialize("cloudwatch", "GetMetricStatistics", """
            {"Namespace": "N", "MetricName": "M", "StartTime": "2015-01-25T10:00:00+02:00", "EndTime": 1422180000,
             "Period": 60, "Statistics": ["Average", "Sum"]}
            """);
        Assert.Equal(
            "Action=GetMetricStatistics&Version=2010-08-01&Namespace=N&MetricName=M&StartTime=2015-01-25T08%3A00%3A00Z"
            + "&EndTime=2015-01-25T10%3A00%3A00Z&Period=60&Statistics.member.1=Average&Statistics.member.2=Sum",
            Body(request));
    }

    [Fact]
    public void Lambda_TagResource_encodes_the_arn_label_and_sends_a_json_body()
    {
        var request = Serialize("lambda", "TagResource", """
            {"Resource": "arn:aws:lambda:us-east-1:123456789012:function:f", "Tags": {"a": "b", "c": "d"}}
            """);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/2017-03-31/tags/arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3Af", request.PathAndQuery);
        Assert.Equal("application/json", request.Headers["Content-Type"]);
        Assert.Equal("""{"Tags": {"a": "b", "c": "d"}}""", Body(request));
    }

    [Fact]
    public void S3_ListObjectsV2_appends_members_to_the_static_query()
    {
        var request = Serialize("s3api", "ListObjectsV2", """
            {"Bucket": "b", "MaxKeys": 5, "Prefix": "dir/x y", "EncodingType": "url"}
            """);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/b?list-type=2&max-keys=5&prefix=dir%2Fx%20y&encoding-type=url", request.PathAndQuery);
        Assert.Empty(request.Body);
        Assert.Null(request.Headers["Content-Type"]);
    }

    [Fact]
    public void Route53_ChangeTagsForResource_roots_the_xml_at_the_input_location_name()
    {
        var request = Serialize("route53", "ChangeTagsForResource", """
            {"ResourceType": "hostedzone", "ResourceId": "Z1", "AddTags": [{"Key": "a", "Value": "b"}]}
            """);
        Assert.Equal("/2013-04-01/tags/hostedzone/Z1", request.PathAndQuery);
        Assert.Equal(
            """<ChangeTagsForResourceRequest xmlns="https://route53.amazonaws.com/doc/2013-04-01/"><AddTags><Tag><Key>a</Key>"""
            + """<Value>b</Value></Tag></AddTags></ChangeTagsForResourceRequest>""",
            Body(request));
    }
    [Fact]
    public void S3_PutBucketAcl_writes_namespaced_xml_attributes()
    {
        var request = Serialize("s3api", "PutBucketAcl", """
            {"Bucket": "b", "AccessControlPolicy": {"Grants": [{"Grantee": {"Type": "CanonicalUser", "ID": "abc"}, "Permission": "READ"}],
                                                   "Owner": {"ID": "abc"}}}
            """);
        Assert.Equal("/b?acl", request.PathAndQuery);
        Assert.Equal(
            """<AccessControlPolicy xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><AccessControlList><Grant>"""
            + """<Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser"><ID>abc</ID></Grantee>"""
            + """<Permission>READ</Permission></Grant></AccessControlList><Owner><ID>abc</ID></Owner></AccessControlPolicy>""",
            Body(request));
        Assert.Equal("pkTR1gFilylu+eTplfGbew==", request.Headers["Content-MD5"]);
    }

    [Fact]
    public void S3_PutBucketLifecycleConfiguration_writes_flattened_rules_and_iso_dates()
    {
        var request = Serialize("s3api", "PutBucketLifecycleConfiguration", """
            {"Bucket": "b", "LifecycleConfiguration": {"Rules": [{"ID": "r", "Status": "Enabled", "Filter": {"Prefix": "p/"},
                                                                 "Expiration": {"Date": "2030-01-01T00:00:00Z"}}]}}
            """);
        Assert.Equal(
            """<LifecycleConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Rule><ID>r</ID><Status>Enabled</Status>"""
            + """<Filter><Prefix>p/</Prefix></Filter><Expiration><Date>2030-01-01T00:00:00Z</Date></Expiration></Rule></LifecycleConfiguration>""",
            Body(request));
        Assert.Equal("8Fn2N8nEHd0d0zrtOl4hMA==", request.Headers["Content-MD5"]);
    }
}
