using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace ChannelConfig.Syntax.Storage;

/// <summary>
/// The storage's processor intrinsics and unsafe code, kept apart from the data structures that
/// use them (as System.Text.Json keeps its in <c>JsonReaderHelper</c>). Each is a hint or has a
/// portable fallback, so results never depend on the processor.
/// </summary>
internal static class StorageIntrinsics
{
    /// <summary>
    /// Asks the processor to bring the cache line holding <paramref name="location"/> into every
    /// level of its cache (SSE's <c>prefetcht0</c>); on a processor without SSE, nothing.
    /// </summary>
    /// <remarks>
    /// The address is taken without pinning: should the collector move the array in between, the
    /// processor merely fetches a line nobody reads. A prefetch never faults.
    /// </remarks>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="location">An element about to be read or written.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Prefetch<T>(ref T location)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref location));
        }
    }
}
