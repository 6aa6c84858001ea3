using Aws.Cli.Customizations.S3;

namespace Aws.Cli.Tests.S3;

public sealed class TransferPlanningTests
{
    [Fact]
    public void Recursive_destinations_keep_the_relative_path()
    {
        var paths = TransferPaths.Create("/home/u/d", "s3://bucket/p", dirOp: true, "/home/u");
        Assert.Equal(("bucket/p/sub/b.json", "sub/b.json"), paths.DestinationFor("/home/u/d/sub/b.json"));
    }

    [Fact]
    public void A_single_file_to_a_prefix_takes_its_own_name()
    {
        var paths = TransferPaths.Create("/home/u/a.txt", "s3://bucket/p/", dirOp: false, "/home/u");
        Assert.Equal(("bucket/p/a.txt", "a.txt"), paths.DestinationFor("/home/u/a.txt"));
        var renamed = TransferPaths.Create("/home/u/a.txt", "s3://bucket/new.txt", dirOp: false, "/home/u");
        Assert.Equal("bucket/new.txt", renamed.DestinationFor("/home/u/a.txt").Dest);
    }

    [Theory]
    [InlineData(8L * 1024 * 1024, 100L * 1024 * 1024, 8L * 1024 * 1024)]
    [InlineData(1L * 1024 * 1024, 100L * 1024 * 1024, 5L * 1024 * 1024)]
    [InlineData(8L * 1024 * 1024, 100_000L * 1024 * 1024, 16L * 1024 * 1024)]
    public void Part_sizes_respect_the_s3_limits(long configured, long objectSize, long expected) =>
        Assert.Equal(expected, new TransferConfig { MultipartChunkSize = configured }.PartSize(objectSize));

    [Fact]
    public void Filters_keep_command_line_order_and_optional_values_take_constants()
    {
        var parsed = S3Arguments.Parse(["a", "--exclude", "*", "--include=*.txt", "b", "--sse", "--quiet"],
            TransferOptions.For("cp"), 2, 2, "paths", RequestPayer.Constant);
        Assert.Equal(["a", "b"], parsed.Positionals);
        Assert.Equal([(false, "*"), (true, "*.txt")], parsed.Filters);
        Assert.Equal("AES256", parsed.Get("sse"));
        Assert.True(parsed.Has("quiet"));
    }

    [Fact]
    public void Unknown_options_are_a_usage_error()
    {
        var e = Assert.Throws<Aws.Cli.Errors.CliException>(() => S3Arguments.Parse(["--nope"], LsCommand.Options, 0, 1, "paths"));
        Assert.Equal(252, e.ExitCode);
        Assert.Equal("Unknown options: --nope", e.Message);
    }

    [Fact]
    public void Metadata_accepts_shorthand_and_json()
    {
        Assert.Equal("{\"a\":\"1\",\"b\":\"2\"}", RequestParams.ParseMap("a=1,b=2").ToJsonString());
        Assert.Equal("{\"a\":\"1\"}", RequestParams.ParseMap("{\"a\": \"1\"}").ToJsonString());
    }
}
