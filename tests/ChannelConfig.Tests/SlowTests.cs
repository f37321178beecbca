namespace ChannelConfig.Tests;

/// <summary>
/// The trait of the tests that take seconds each: they build, pack or install xlchan, boot a
/// guest, run the real Xen, QEMU and libvirt programs, or measure memory with capped processes.
/// The inner loop leaves them out with <c>dotnet test --filter "Speed!=Slow"</c>; CI and the
/// README's <c>dotnet test</c> run everything.
/// </summary>
internal static class SlowTests
{
    /// <summary>The trait's name.</summary>
    public const string Trait = "Speed";

    /// <summary>Its value on the slow tests.</summary>
    public const string Slow = "Slow";
}
