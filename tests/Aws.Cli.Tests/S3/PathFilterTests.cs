using Aws.Cli.Customizations.S3;

namespace Aws.Cli.Tests.S3;

public sealed class PathFilterTests
{
    [Theory]
    [InlineData("/r/*.txt", "/r/a.txt", true)]
    [InlineData("/r/*.txt", "/r/sub/a.txt", true)]
    [InlineData("/r/?.txt", "/r/ab.txt", false)]
    [InlineData("/r/[ab].txt", "/r/b.txt", true)]
    [InlineData("/r/[!ab].txt", "/r/b.txt", false)]
    [InlineData("/r/[!ab].txt", "/r/c.txt", true)]
    [InlineData("/r/a[", "/r/a[", true)]
    [InlineData("b/p/*", "b/p/x/y", true)]
    [InlineData("/r/a.txt", "/r/a.txt\n", false)]
    public void Patterns_follow_fnmatch(string pattern, string path, bool matches) =>
        Assert.Equal(matches, PathFilter.Translate(pattern).IsMatch(path));

    [Fact]
    public void Later_rules_win()
    {
        var filter = new PathFilter([(false, "*"), (true, "*.txt")], "/root", "bucket/p");
        Assert.True(filter.Includes("/root/a.txt"));
        Assert.False(filter.Includes("/root/a.json"));
        var reversed = new PathFilter([(true, "*.txt"), (false, "*")], "/root", "bucket/p");
        Assert.False(reversed.Includes("/root/a.txt"));
    }

    [Fact]
    public void Patterns_are_relative_to_the_source_root()
    {
        var filter = new PathFilter([(false, "sub/*")], "/root", "bucket/p");
        Assert.False(filter.Includes("/root/sub/x"));
        Assert.True(filter.Includes("/root/other/sub/x"));
    }

    [Fact]
    public void Destination_root_patterns_also_apply_for_sync_delete()
    {
        var filter = new PathFilter([(false, "*.log")], "/root", "bucket/p");
        Assert.False(filter.Includes("bucket/p/x.log"));
        Assert.True(filter.Includes("bucket/p/x.txt"));
    }

    [Theory]
    [InlineData("s3://bucket/p/", true, "bucket/p/")]
    [InlineData("s3://bucket/p/key.txt", false, "bucket/p")]
    [InlineData("s3://bucket/", true, "bucket/")]
    [InlineData("/home/u/dir", true, "/home/u/dir")]
    [InlineData("/home/u/dir/file.txt", false, "/home/u/dir")]
    public void Roots_follow_the_cli(string location, bool dirOp, string expected) =>
        Assert.Equal(expected, PathFilter.Root(location, dirOp, "/home/u"));
}
