namespace ChannelConfig.Tests.Robustness;

/// <summary>
/// Linting ten times the input takes at most 40 times as long (best batches of alternate rounds, see
/// <c>Measure.AssertLinear</c>; linear time gives 3 to 18, quadratic about a hundred),
/// whatever the machine's speed. The last six shapes were
/// quadratic when issue 8 was opened (1 MB of invalid UTF-8 on one line took 386 s; 1.4 MB of
/// `a += [1]` took 77 s and allocated 102 GB).
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class LinearTimeTests
{
    private const int KB = 1000;

    [Fact]
    public void Open_brackets() => Measure.AssertLinear(n => Inputs.Repeat("[", n), 200 * KB);

    [Fact]
    public void Nested_brackets_in_a_value() => Measure.AssertLinear(n => Inputs.Concat("a = ", Inputs.Repeat("[", n)), 200 * KB);

    [Fact]
    public void One_long_string() => Measure.AssertLinear(n => Inputs.Concat("name = \"", Inputs.Repeat("x", n), "\"\n"), 1000 * KB);

    [Fact]
    public void Distinct_settings() => Measure.AssertLinear(n => Inputs.Lines(n, i => $"{Inputs.Name(i)} = {i}\n"), 200 * KB);

    [Fact]
    public void Settings_on_one_line() => Measure.AssertLinear(n => Inputs.Repeat("a=1;", n), 50 * KB);

    [Fact]
    public void Channels() => Measure.AssertLinear(n => Inputs.Channels(n / 60), 50 * KB);

    [Fact]
    public void Nul_bytes() => Measure.AssertLinear(n => new byte[n], 200 * KB);

    [Fact]
    public void Crlf_lines() => Measure.AssertLinear(n => Inputs.Repeat("a = 1\r\n", n), 50 * KB);

    [Fact]
    public void Lexical_errors() => Measure.AssertLinear(n => Inputs.Repeat("$ ", n), 100 * KB);

    [Fact]
    public void Invalid_utf8_words() => Measure.AssertLinear(n => Inputs.Repeat(Inputs.InvalidUtf8Words(), n), 100 * KB);

    [Fact]
    public void Invalid_utf8_on_one_line() => Measure.AssertLinear(n => Inputs.InvalidUtf8(n), 200 * KB);

    [Fact]
    public void Octal_escapes() => Measure.AssertLinear(n => Inputs.Concat("name = \"", Inputs.Repeat("\\0123", n), "\"\n"), 100 * KB);

    [Fact]
    public void Hex_escapes() => Measure.AssertLinear(n => Inputs.Concat("name = \"", Inputs.Repeat("\\x", n), "\"\n"), 200 * KB);

    [Fact]
    public void Appending_to_a_string() => Measure.AssertLinear(n => Inputs.Repeat("a += \"x\"\n", n), 100 * KB);

    [Fact]
    public void Appending_to_a_list() => Measure.AssertLinear(n => Inputs.Repeat("a += [1]\n", n), 100 * KB);

    [Fact]
    public void Fields_of_one_channel_item() => Measure.AssertLinear(n => Inputs.Concat("channel = [ \"", Inputs.Repeat("k=v,", n), "connection=pty,name=a\" ]\n"), 50 * KB);
}
