using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aws.Core.Model;
using Aws.Core.Protocols;
using Aws.Core.Protocols.Http;

namespace Aws.Core.Tests.Protocols.Input;

/// <summary>The steps around the protocol bodies: tokens, host prefixes, compression, checksums, errors.</summary>
public class SerializerPipelineTests
{
    private static readonly Uri Endpoint = new("https://example.com");

    /// <summary>A one-operation model in botocore's service-2.json layout.</summary>
    private static OperationModel Operation(string protocol, string operation, string shapes)
    {
        var json = $$"""
            {"metadata": {"protocol": "{{protocol}}", "apiVersion": "2020-01-01", "jsonVersion": "1.1", "targetPrefix": "Svc"},
             "operations": {"Op": {{operation}}},
             "shapes": {{shapes}}}
            """;
        return new ServiceModel("svc", new DocumentModelSource(JsonDocument.Parse(json).RootElement)).GetOperation("Op")!;
    }

    private const string TokenShapes = """
        {"In": {"type": "structure", "members": {"Name": {"shape": "S"}, "Token": {"shape": "S", "idempotencyToken": true}}},
         "S": {"type": "string"}}
        """;

    [Fact]
    public void Missing_idempotency_token_is_filled_with_a_uuid_v4()
    {
        var op = Operation("json", """{"name": "Op", "input": {"shape": "In"}}""", TokenShapes);
        var parameters = new JsonObject { ["Name"] = "n" };
        var request = RequestSerializers.For("json").Serialize(op, parameters, Endpoint);
        var body = JsonNode.Parse(request.Body)!;
        Assert.True(Guid.TryParse((string?)body["Token"], out var token));
        Assert.Equal(4, token.Version);
        Assert.False(parameters.ContainsKey("Token"));
    }

    [Fact]
    public void Given_idempotency_token_is_kept()
    {
        var op = Operation("query", """{"name": "Op", "input": {"shape": "In"}}""", TokenShapes);
        var request = RequestSerializers.For("query").Serialize(op, new JsonObject { ["Token"] = "mine" }, Endpoint);
        Assert.Equal("Action=Op&Version=2020-01-01&Token=mine", Encoding.UTF8.GetString(request.Body));
    }

    [Fact]
    public void Host_prefix_labels_must_be_host_safe()
    {
        var op = Operation("json", """{"name": "Op", "input": {"shape": "In"}, "endpoint": {"hostPrefix": "{Name}."}}""",
            """{"In": {"type": "structure", "members": {"Name": {"shape": "S", "hostLabel": true}}}, "S": {"type": "string"}}""");
        var ok = RequestSerializers.For("json").Serialize(op, new JsonObject { ["Name"] = "a-1.b" }, Endpoint);
        Assert.Equal("a-1.b.example.com", ok.Host);
        Assert.Throws<ArgumentException>(() =>
            RequestSerializers.For("json").Serialize(op, new JsonObject { ["Name"] = "bad/label" }, Endpoint));
        var off = RequestSerializers.For("json", new RequestSerializerOptions { InjectHostPrefix = false })
            .Serialize(op, new JsonObject { ["Name"] = "a" }, Endpoint);
        Assert.Equal("example.com", off.Host);
    }

    [Fact]
    public void Unknown_parameters_are_refused()
    {
        var op = Operation("rest-json", """{"name": "Op", "http": {"method": "POST", "requestUri": "/"}, "input": {"shape": "In"}}""", TokenShapes);
        var e = Assert.Throws<ArgumentException>(() =>
            RequestSerializers.For("rest-json").Serialize(op, new JsonObject { ["Nope"] = 1, ["Token"] = "t" }, Endpoint));
        Assert.Contains("Nope", e.Message);
    }

    [Fact]
    public void Missing_uri_label_is_refused()
    {
        var op = Operation("rest-xml", """{"name": "Op", "http": {"method": "GET", "requestUri": "/{Id}"}, "input": {"shape": "In"}}""",
            """{"In": {"type": "structure", "members": {"Id": {"shape": "S", "location": "uri", "locationName": "Id"}}}, "S": {"type": "string"}}""");
        Assert.Throws<ArgumentException>(() => RequestSerializers.For("rest-xml").Serialize(op, null, Endpoint));
    }

    private const string CompressionShapes = """
        {"In": {"type": "structure", "members": {"Data": {"shape": "S"}, "Encoding": {"shape": "S", "location": "header", "locationName": "Content-Encoding"}}},
         "S": {"type": "string"}}
        """;

    private static OperationModel CompressedOperation() => Operation("rest-json",
        """{"name": "Op", "http": {"method": "POST", "requestUri": "/"}, "input": {"shape": "In"}, "requestcompression": {"encodings": ["gzip"]}}""",
        CompressionShapes);

    [Fact]
    public void Bodies_at_the_minimum_size_are_gzipped_after_any_given_encoding()
    {
        var data = new string('x', 10240);
        var request = RequestSerializers.For("rest-json").Serialize(CompressedOperation(),
            new JsonObject { ["Data"] = data, ["Encoding"] = "custom" }, Endpoint);
        Assert.Equal("custom,gzip", request.Headers["Content-Encoding"]);
        using var gzip = new GZipStream(new MemoryStream(request.Body), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        Assert.Equal($$"""{"Data": "{{data}}"}""", reader.ReadToEnd());
    }

    [Fact]
    public void Small_bodies_and_disabled_compression_are_sent_as_they_are()
    {
        var small = RequestSerializers.For("rest-json").Serialize(CompressedOperation(), new JsonObject { ["Data"] = "x" }, Endpoint);
        Assert.Null(small.Headers["Content-Encoding"]);
        var options = new RequestSerializerOptions { DisableRequestCompression = true };
        var big = RequestSerializers.For("rest-json", options)
            .Serialize(CompressedOperation(), new JsonObject { ["Data"] = new string('x', 20000) }, Endpoint);
        Assert.Null(big.Headers["Content-Encoding"]);
        var lowered = RequestSerializers.For("rest-json", new RequestSerializerOptions { RequestMinCompressionSizeBytes = 1 })
            .Serialize(CompressedOperation(), new JsonObject { ["Data"] = "x" }, Endpoint);
        Assert.Equal("gzip", lowered.Headers["Content-Encoding"]);
    }

    private const string ChecksumShapes = """
        {"In": {"type": "structure", "members": {
            "Body": {"shape": "B"},
            "Algorithm": {"shape": "S", "location": "header", "locationName": "x-amz-sdk-checksum-algorithm"}},
          "payload": "Body"},
         "B": {"type": "blob"}, "S": {"type": "string"}}
        """;

    private static OperationModel ChecksumOperation(string trait) => Operation("rest-xml",
        $$"""{"name": "Op", "http": {"method": "PUT", "requestUri": "/"}, "input": {"shape": "In"}, {{trait}}}""", ChecksumShapes);

    [Fact]
    public void Required_checksum_is_content_md5_of_the_body()
    {
        var op = ChecksumOperation(""" "httpChecksumRequired": true """);
        var request = RequestSerializers.For("rest-xml").Serialize(op, new JsonObject { ["Body"] = "hello\n" }, Endpoint);
        Assert.Equal("sZRqySSS0jR8YjW00mERhA==", request.Headers["Content-MD5"]);
    }

    [Theory]
    [InlineData("CRC32", "x-amz-checksum-crc32", "NjowIA==")]
    [InlineData("sha256", "x-amz-checksum-sha256", "WJG1tSLV3whtD/CxEPvZ0hu0/HFjrzTQgoai6Eb2vgM=")]
    public void Chosen_checksum_algorithm_gets_its_own_header(string algorithm, string header, string expected)
    {
        var op = ChecksumOperation(""" "httpChecksum": {"requestAlgorithmMember": "Algorithm", "requestChecksumRequired": true} """);
        var request = RequestSerializers.For("rest-xml").Serialize(op, new JsonObject { ["Body"] = "hello\n", ["Algorithm"] = algorithm }, Endpoint);
        Assert.Equal(expected, request.Headers[header]);
        Assert.Equal(algorithm, request.Headers["x-amz-sdk-checksum-algorithm"]);
        Assert.Null(request.Headers["Content-MD5"]);
    }

    [Fact]
    public void Checksum_of_a_seekable_stream_leaves_it_at_its_start()
    {
        var op = ChecksumOperation(""" "httpChecksum": {"requestChecksumRequired": true} """);
        using var stream = new MemoryStream("hello\n"u8.ToArray());
        var request = RequestSerializers.For("rest-xml").Serialize(op, new JsonObject { ["Body"] = StreamValue.Create(stream) }, Endpoint);
        Assert.Equal("sZRqySSS0jR8YjW00mERhA==", request.Headers["Content-MD5"]);
        Assert.Equal(0, stream.Position);
        Assert.Same(stream, request.BodyStream);
    }

    [Fact]
    public void Endpoint_base_path_and_port_are_kept()
    {
        var op = Operation("rest-json", """{"name": "Op", "http": {"method": "GET", "requestUri": "/things/{Id}?list"}, "input": {"shape": "In"}}""",
            """{"In": {"type": "structure", "members": {"Id": {"shape": "S", "location": "uri", "locationName": "Id"}, "Q": {"shape": "S", "location": "querystring", "locationName": "q"}}}, "S": {"type": "string"}}""");
        var request = RequestSerializers.For("rest-json").Serialize(op, new JsonObject { ["Id"] = "a/b", ["Q"] = "x y" }, new Uri("http://localhost:4566/base/"));
        Assert.Equal("http://localhost:4566/base/things/a%2Fb?list&q=x%20y", $"{request.Scheme}://{request.Host}{request.PathAndQuery}");
    }

    [Fact]
    public void Unknown_protocol_is_refused() =>
        Assert.Throws<NotSupportedException>(() => RequestSerializers.For("smithy-rpc-v2-cbor"));
}
