using Aws.Cli.Customizations.S3;

namespace Aws.Cli.Tests.S3;

public sealed class S3FormattingTests
{
    [Theory]
    [InlineData(0L, "0 Bytes")]
    [InlineData(1L, "1 Byte")]
    [InlineData(10L, "10 Bytes")]
    [InlineData(1023L, "1023 Bytes")]
    [InlineData(1024L, "1.0 KiB")]
    [InlineData(1536L, "1.5 KiB")]
    [InlineData(1048575L, "1.0 MiB")]
    [InlineData(1048576L, "1.0 MiB")]
    [InlineData(1073741824L, "1.0 GiB")]
    [InlineData(5497558138880L, "5.0 TiB")]
    [InlineData(123456789L, "117.7 MiB")]
    public void Human_readable_sizes_match_awscli(long bytes, string expected) =>
        Assert.Equal(expected, S3Paths.HumanReadableSize(bytes));

    [Theory]
    [InlineData("s3://bucket/a/b.txt", "bucket", "a/b.txt")]
    [InlineData("bucket", "bucket", "")]
    [InlineData("bucket/", "bucket", "")]
    [InlineData("s3://", "", "")]
    public void Bucket_and_key_are_split_at_the_first_slash(string path, string bucket, string key) =>
        Assert.Equal((bucket, key), S3Paths.SplitBucketKey(path));

    [Theory]
    [InlineData("/home/u/a.txt", "/home/u", "./a.txt")]
    [InlineData("/home/u/d/sub/b.json", "/home/u", "d/sub/b.json")]
    [InlineData("/tmp/x", "/home/u", "../../tmp/x")]
    public void Local_paths_are_shown_relative_to_the_working_folder(string file, string cwd, string expected) =>
        Assert.Equal(expected, S3Paths.RelativePath(file, cwd));

    [Fact]
    public void Listing_dates_are_local_time_with_seconds()
    {
        var utc = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero);
        Assert.Equal(utc.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
            S3Paths.LocalTime(S3Paths.ParseTimestamp("2024-01-02T03:04:05.000Z")));
    }

    [Theory]
    [InlineData("a.txt", "text/plain")]
    [InlineData("a.json", "application/json")]
    [InlineData("A.TXT", "text/plain")]
    [InlineData("x.tar.gz", "application/x-tar")]
    [InlineData("x.tgz", "application/x-tar")]
    [InlineData("x.gz", null)]
    [InlineData("noext", null)]
    [InlineData("/d/.hidden", null)]
    [InlineData("page.html", "text/html")]
    public void Content_type_is_guessed_like_python_mimetypes(string name, string? expected) =>
        Assert.Equal(expected, MimeTypes.Guess(name));

    [Fact]
    public void Presigned_query_is_sorted_with_the_signature_last() =>
        Assert.Equal("X-Amz-Algorithm=A&X-Amz-Credential=C&X-Amz-Date=D&X-Amz-Expires=60&X-Amz-SignedHeaders=host&X-Amz-Signature=S",
            BucketCommands.BotocoreQueryOrder("X-Amz-Algorithm=A&X-Amz-Credential=C&X-Amz-Date=D&X-Amz-SignedHeaders=host&X-Amz-Expires=60&X-Amz-Signature=S"));
}
