using System.Collections.Concurrent;

namespace Aws.Cli.Customizations.S3;

/// <summary>
/// Reuses part-sized buffers across a multipart upload, so memory stays near max_concurrent_requests parts
/// instead of growing with the file (part bodies must be exact-length arrays, which ArrayPool does not give).
/// </summary>
public sealed class PartBuffers
{
    private readonly ConcurrentDictionary<int, ConcurrentBag<byte[]>> _free = new();

    public byte[] Rent(int length) =>
        _free.TryGetValue(length, out var bag) && bag.TryTake(out var buffer) ? buffer : new byte[length];

    public void Return(byte[] buffer) => _free.GetOrAdd(buffer.Length, _ => []).Add(buffer);
}
