using ChannelConfig.Cli;
using ChannelConfig.Cli.Files;

namespace ChannelConfig.Tests.Robustness;

/// <summary>
/// Issue 22, item 11: an input is read whole up to the 256 MiB limit holding little more than it
/// has read. A buffer that doubled held twice the limit to refuse an input just past it:
/// <c>/dev/zero</c> on standard input peaked at 590 MB.
/// </summary>
public sealed class BoundedReadTests
{
    public static TheoryData<int> Sizes => new() { 0, 1, 65_535, 65_536, 65_537, 131_072, 3_000_017 };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void A_pipe_is_read_whole(int size)
    {
        byte[] input = Bytes(size);
        using var pipe = new TrickleStream(input, seekable: false);
        Assert.True(InputFile.TryReadAll(pipe, out byte[] read));
        Assert.Equal(input, read);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void A_file_of_known_size_is_read_into_one_array_of_that_size(int size)
    {
        byte[] input = Bytes(size);
        using var file = new TrickleStream(input, seekable: true);
        long before = GC.GetAllocatedBytesForCurrentThread();
        Assert.True(InputFile.TryReadAll(file, out byte[] read));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(input, read);

        // The array itself and the small chunk that finds the end.
        Assert.True(allocated <= size + (80 * 1024), $"allocated {allocated} bytes to read {size}");
    }

    [Fact]
    public void A_file_that_grows_or_shrinks_while_read_is_read_as_it_is()
    {
        byte[] grown = Bytes(200_000);
        Assert.True(BoundedRead.TryReadAll(Reader(grown), sizeHint: 100_000, limit: 1_000_000, out byte[] read));
        Assert.Equal(grown, read);

        byte[] shrunk = Bytes(50_000);
        Assert.True(BoundedRead.TryReadAll(Reader(shrunk), sizeHint: 100_000, limit: 1_000_000, out read));
        Assert.Equal(shrunk, read);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(65_536)]
    [InlineData(1_000_000)]
    public void An_input_at_the_limit_is_read_and_one_byte_more_is_refused(int limit)
    {
        byte[] atLimit = Bytes(limit);
        Assert.True(BoundedRead.TryReadAll(Reader(atLimit), 0, limit, out byte[] read));
        Assert.Equal(atLimit, read);
        Assert.True(BoundedRead.TryReadAll(Reader(atLimit), limit, limit, out read));
        Assert.Equal(atLimit, read);

        byte[] over = Bytes(limit + 1);
        Assert.False(BoundedRead.TryReadAll(Reader(over), 0, limit, out read));
        Assert.Empty(read);
        Assert.False(BoundedRead.TryReadAll(Reader(over), limit + 1, limit, out read));
        Assert.False(BoundedRead.TryReadAll(Reader(over), limit, limit, out read), "a file that grew past the limit");
    }

    /// <summary>
    /// Refusing an endless input costs about the limit, not twice it (a doubling buffer of 8 MB
    /// held 16 MB when the 8 MB + 1st byte came, after 16 MB of smaller buffers).
    /// </summary>
    [Fact]
    public void Refusing_an_endless_input_allocates_about_the_limit()
    {
        const int Limit = 8 * 1024 * 1024;
        var endless = new EndlessStream();
        long before = GC.GetAllocatedBytesForCurrentThread();
        Assert.False(BoundedRead.TryReadAll((buffer, _) => endless.Read(buffer), 0, Limit, out _));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated <= Limit + (Limit / 10), $"allocated {allocated / 1e6:F1} MB to refuse an input past {Limit / 1e6:F1} MB");
    }

    private static byte[] Bytes(int size)
    {
        byte[] bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        return bytes;
    }

    /// <summary>Reads <paramref name="content"/> at the offsets asked for, a few bytes less than asked each time (as a pipe may).</summary>
    private static BoundedRead.Reader Reader(byte[] content) => (buffer, offset) =>
    {
        int n = (int)Math.Min(Math.Max(1, buffer.Length - 7), content.Length - offset);
        content.AsSpan((int)offset, n).CopyTo(buffer);
        return n;
    };

    /// <summary>A stream that gives at most 4,099 bytes a read, seekable (with a length) or not.</summary>
    private sealed class TrickleStream(byte[] content, bool seekable) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => seekable;

        public override bool CanWrite => false;

        public override long Length => seekable ? content.Length : throw new NotSupportedException();

        public override long Position
        {
            get => seekable ? _position : throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int n = Math.Min(Math.Min(buffer.Length, 4_099), content.Length - _position);
            content.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
