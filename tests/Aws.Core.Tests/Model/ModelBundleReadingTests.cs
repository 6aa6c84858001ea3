using Aws.Core.Model;

namespace Aws.Core.Tests.Model;

/// <summary>The bundle reads its index up front and each service's bytes only when opened.</summary>
public class ModelBundleReadingTests
{
    [Fact]
    public void Unknown_service_opens_nothing()
    {
        Assert.Equal("s3", ModelBundle.Embedded.ServiceKey("s3api"));
        Assert.Null(ModelBundle.Embedded.Open("no-such-service"));
    }

    [Fact]
    public void Opens_only_what_it_is_asked_for_from_a_stream()
    {
        using var embedded = typeof(ModelBundle).Assembly.GetManifestResourceStream("models.bin")!;
        var counting = new CountingStream(embedded);
        var bundle = new ModelBundle(counting);
        var afterIndex = counting.BytesRead;

        var ec2 = new ServiceModel("ec2", bundle.Open("ec2")!);

        Assert.True(afterIndex < embedded.Length / 10, $"the index read {afterIndex} of {embedded.Length} bytes");
        Assert.True(ec2.OperationNames.Count > 100);
        Assert.True(counting.BytesRead < embedded.Length / 2, $"opening one service read {counting.BytesRead} of {embedded.Length} bytes");
    }

    [Fact]
    public void A_damaged_bundle_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => new ModelBundle("NOPE0000000000"u8.ToArray()));
        Assert.Throws<InvalidDataException>(() => new ModelBundle("AWSM"u8.ToArray()));
    }

    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => inner.Position = value; }
        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));
        public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));
        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
        public override void Flush() { }
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int n)
        {
            BytesRead += n;
            return n;
        }
    }
}
