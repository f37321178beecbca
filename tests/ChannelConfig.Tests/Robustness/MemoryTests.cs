namespace ChannelConfig.Tests.Robustness;

/// <summary>
/// Memory stays within a few times the input: bytes allocated while linting and bytes the result
/// keeps alive (the input itself not counted).
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class MemoryTests
{
    private const int MB = 1_000_000;

    [Theory]
    [InlineData("long string")]
    [InlineData("long comment")]
    [InlineData("brackets")]
    [InlineData("invalid utf-8 string")]
    public void Value_heavy_inputs_use_a_few_times_their_size(string shape)
    {
        byte[] input = shape switch
        {
            "long string" => Inputs.Concat("name = \"", Inputs.Repeat("x", 10 * MB), "\"\n"),
            "long comment" => Inputs.Concat("# ", Inputs.Repeat("c", 10 * MB), "\n"),
            "brackets" => Inputs.Repeat("[", 10 * MB),
            _ => Inputs.Repeat(Inputs.Concat("name = \"", Inputs.InvalidUtf8(1000), "\"\n"), 10 * MB),
        };
        var (_, allocated, retained) = Measure.Memory(input);
        Assert.True(allocated <= 4L * input.Length, $"allocated {allocated / 1e6:F1} MB for {input.Length / 1e6:F1} MB");
        Assert.True(retained <= 2L * input.Length, $"retained {retained / 1e6:F1} MB for {input.Length / 1e6:F1} MB");
    }

    [Fact]
    public void Capped_diagnostics_keep_memory_bounded()
    {
        byte[] input = Inputs.Repeat("$ ", 10 * MB);
        var (_, _, retained) = Measure.Memory(input);
        Assert.True(retained <= input.Length, $"retained {retained / 1e6:F1} MB for {input.Length / 1e6:F1} MB");
    }

    [Fact]
    public void A_run_of_nul_bytes_allocates_a_few_times_its_size()
    {
        byte[] input = new byte[10 * MB];
        var (_, allocated, _) = Measure.Memory(input);
        Assert.True(allocated <= 4L * input.Length, $"allocated {allocated / 1e6:F1} MB for {input.Length / 1e6:F1} MB");
    }

    /// <summary>
    /// Each setting costs about 68 bytes of records (a 16-byte value, a 16-byte setting, a 28-byte
    /// name entry and its hash bucket), so settings of 14 bytes keep about 4.9 times their size
    /// (measured); settings of realistic length (the benchmarks' 1 MB file) keep 1.7 times.
    /// </summary>
    [Fact]
    public void Many_short_settings_keep_a_few_times_their_size()
    {
        byte[] input = Inputs.Lines(MB, i => $"{Inputs.Name(i)} = {i}\n");
        var (_, _, retained) = Measure.Memory(input);
        Assert.True(retained <= 5L * input.Length, $"retained {retained / 1e6:F1} MB for {input.Length / 1e6:F1} MB");
    }

    /// <summary>
    /// A channel keeps its item's record (four bytes: the list makes its items when asked for and
    /// keeps none) and one 96-byte <see cref="ChannelConfig.Channels.DeviceChannel"/>, which holds
    /// where its item and its name, path and backend lie in the file and decodes them when asked
    /// (its span and fields are made from the item when asked for, and its console and xl's copy
    /// on first use): about 108 bytes for a 75-byte item, 1.5 times (measured). It was 2.4 times
    /// while the list kept each item as an object, 4.7 times while each channel also kept its name
    /// and path as UTF-16 strings and its own span, and 17 times when every field was kept with
    /// its spans, beside xl's copy of each channel and its console.
    /// </summary>
    [Fact]
    public void Many_channels_keep_a_few_times_their_size()
    {
        byte[] input = Inputs.Channels(20_000);
        var (_, _, retained) = Measure.Memory(input);
        Assert.True(retained <= 2L * input.Length, $"retained {retained / 1e6:F1} MB for {input.Length / 1e6:F1} MB");
    }
}
