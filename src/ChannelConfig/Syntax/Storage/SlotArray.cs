namespace ChannelConfig.Syntax.Storage;

/// <summary>
/// The name table's slots: a zeroed array of a fixed length, kept in chunks of 64 KB so that a
/// large file's table, like its records (see <see cref="RecordBuffer{T}"/>), stays out of the
/// large object heap, whose fresh pages cost a fault each to write.
/// </summary>
internal readonly struct SlotArray
{
    private const int ChunkShift = 14;
    private const int ChunkLength = 1 << ChunkShift; // 16,384 slots of 4 bytes: 64 KB.

    private readonly uint[][] _chunks;

    /// <summary>Creates <paramref name="length"/> empty slots.</summary>
    public SlotArray(int length)
    {
        Length = length;
        _chunks = new uint[(length + ChunkLength - 1) >> ChunkShift][];
        for (int i = 0; i < _chunks.Length; i++)
        {
            _chunks[i] = new uint[Math.Min(ChunkLength, length - (i << ChunkShift))];
        }
    }

    /// <summary>How many slots there are.</summary>
    public int Length { get; }

    /// <summary>A slot, to read or write.</summary>
    public ref uint this[int index] => ref _chunks[index >> ChunkShift][index & (ChunkLength - 1)];
}
