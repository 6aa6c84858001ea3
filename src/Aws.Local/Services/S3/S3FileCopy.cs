namespace Aws.Local.Services.S3;

/// <summary>Appends the data region of a stored file (a multipart part) to an open file, in large blocks.</summary>
internal static class S3FileCopy
{
    public static async Task AppendAsync(string sourcePath, long length, FileStream target, CancellationToken cancellation)
    {
        await using var source = new FileStream(sourcePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
        await new RangeStream(source, 0, length).CopyToAsync(target, 1 << 20, cancellation);
    }
}
