using Aws.Cli.Customizations.S3;

namespace Aws.Cli.Tests.S3;

public sealed class SyncComparatorTests
{
    private static readonly DateTimeOffset T0 = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static FileEntry F(string key, long size, int seconds, string operation = "upload") => new()
    {
        Src = "src/" + key, Dest = "dest/" + key, CompareKey = key, SrcIsS3 = false, DestIsS3 = true,
        Operation = operation, Size = size, LastModified = T0.AddSeconds(seconds),
    };

    [Fact]
    public void New_files_are_copied_and_extra_files_kept_without_delete()
    {
        var result = new SyncComparator(SyncMode.Default, delete: false)
            .Compare([F("a", 1, 0), F("c", 1, 0)], [F("b", 1, 0, "delete"), F("c", 1, 10, "delete")]).ToList();
        Assert.Equal(["a"], result.Select(f => f.CompareKey));
    }

    [Fact]
    public void Delete_removes_files_missing_at_the_source()
    {
        var result = new SyncComparator(SyncMode.Default, delete: true)
            .Compare([F("a", 1, 0)], [F("a", 1, 10, "delete"), F("b", 1, 0, "delete")]).ToList();
        Assert.Equal([("b", "delete")], result.Select(f => (f.CompareKey, f.Operation)));
    }

    [Theory]
    [InlineData("upload", 5, 10, false)]   // destination newer: same
    [InlineData("upload", 10, 5, true)]    // source newer: copy
    [InlineData("download", 10, 5, false)] // local older than the object: same
    [InlineData("download", 5, 10, true)]  // local newer than the object: copy back
    public void Default_comparison_uses_size_and_time_by_direction(string operation, int srcTime, int destTime, bool sync) =>
        Assert.Equal(sync, new SyncComparator(SyncMode.Default, false).ShouldSync(F("a", 1, srcTime, operation), F("a", 1, destTime, "delete")));

    [Fact]
    public void Different_sizes_always_sync() =>
        Assert.True(new SyncComparator(SyncMode.Default, false).ShouldSync(F("a", 1, 0), F("a", 2, 100)));

    [Fact]
    public void Size_only_ignores_time() =>
        Assert.False(new SyncComparator(SyncMode.SizeOnly, false).ShouldSync(F("a", 1, 100), F("a", 1, 0)));

    [Theory]
    [InlineData(10, 5, true)]
    [InlineData(5, 5, false)]
    public void Exact_timestamps_downloads_unless_times_are_equal(int srcTime, int destTime, bool sync) =>
        Assert.Equal(sync, new SyncComparator(SyncMode.ExactTimestamps, false).ShouldSync(F("a", 1, srcTime, "download"), F("a", 1, destTime, "delete")));
}
