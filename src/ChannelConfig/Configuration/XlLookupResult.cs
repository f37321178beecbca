using ChannelConfig.Diagnostics;

namespace ChannelConfig.Configuration;

/// <summary>The outcome of a look-up, as libxlu's <c>xlu_cfg_get_*</c> returns it.</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Rc">libxlu's return code: 0, <c>ESRCH</c> (3) when the name is not set, <c>EINVAL</c> (22) or <c>ERANGE</c> (34).</param>
/// <param name="Value">The value when <paramref name="Rc"/> is 0.</param>
/// <param name="Diagnostic">The problem, with xl's warning text in <see cref="Diagnostic.XlMessage"/>; null when there is none (also when the name is simply not set).</param>
public sealed record XlLookupResult<T>(int Rc, T? Value, Diagnostic? Diagnostic)
{
    /// <summary><c>ESRCH</c>: the name is not set.</summary>
    public const int NotFound = 3;

    /// <summary><c>EINVAL</c>: the value has the wrong form.</summary>
    public const int Invalid = 22;

    /// <summary><c>ERANGE</c>: the number is out of range.</summary>
    public const int OutOfRange = 34;

    /// <summary>True when the look-up succeeded.</summary>
    public bool Ok => Rc == 0;

    /// <summary>True when the name is set (whatever its value).</summary>
    public bool Found => Rc != NotFound;
}
