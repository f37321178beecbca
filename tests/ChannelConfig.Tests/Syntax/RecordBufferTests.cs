using ChannelConfig.Syntax.Storage;

namespace ChannelConfig.Tests.Syntax;

/// <summary>
/// The reader's chunked record arrays: records keep their index and value across the growth of
/// the first chunk, across chunk boundaries, after truncation (a list that was a syntax error)
/// and after sealing.
/// </summary>
public sealed class RecordBufferTests
{
    /// <summary>Records written past several chunk boundaries read back in place, before and after sealing.</summary>
    [Theory]
    [InlineData(1, 10)]
    [InlineData(16, 16_384)]
    [InlineData(100, 16_385)]
    [InlineData(5, 100_000)]
    public void Records_keep_their_place_across_chunks(int capacity, int count)
    {
        var buffer = new RecordBuffer<int>(capacity);
        for (int i = 0; i < count; i++)
        {
            Assert.Equal(i, buffer.Add(i * 7));
        }

        buffer[count / 2] = -1;
        buffer.Seal();
        Assert.Equal(count, buffer.Count);
        for (int i = 0; i < count; i++)
        {
            Assert.Equal(i == count / 2 ? -1 : i * 7, buffer[i]);
        }
    }

    /// <summary>Truncating to before, at and after a chunk boundary, then writing again, leaves exactly the records kept and the new ones.</summary>
    [Theory]
    [InlineData(16_383)]
    [InlineData(16_384)]
    [InlineData(16_385)]
    [InlineData(3)]
    [InlineData(0)]
    public void Truncation_across_a_chunk_boundary_then_writing_again(int keep)
    {
        var buffer = new RecordBuffer<long>(4);
        for (int i = 0; i < 40_000; i++)
        {
            buffer.Add(i);
        }

        buffer.Truncate(keep);
        Assert.Equal(keep, buffer.Count);
        for (int i = 0; i < 20_000; i++)
        {
            Assert.Equal(keep + i, buffer.Add(-i));
        }

        buffer.Seal();
        Assert.Equal(keep + 20_000, buffer.Count);
        for (int i = 0; i < keep; i++)
        {
            Assert.Equal(i, buffer[i]);
        }

        for (int i = 0; i < 20_000; i++)
        {
            Assert.Equal(-i, buffer[keep + i]);
        }
    }

    /// <summary>The name table's slots: every slot of a table spanning several chunks is its own, and starts empty.</summary>
    [Theory]
    [InlineData(16)]
    [InlineData(16_384)]
    [InlineData(40_001)]
    public void Slots_spanning_chunks_are_distinct_and_start_empty(int length)
    {
        var slots = new SlotArray(length);
        Assert.Equal(length, slots.Length);
        for (int i = 0; i < length; i++)
        {
            Assert.Equal(0u, slots[i]);
            slots[i] = (uint)i + 1;
        }

        for (int i = 0; i < length; i++)
        {
            Assert.Equal((uint)i + 1, slots[i]);
        }
    }
}
