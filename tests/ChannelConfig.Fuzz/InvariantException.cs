namespace ChannelConfig.Fuzz;

/// <summary>The linter or an emitter returned something that breaks one of the fuzzer's invariants.</summary>
internal sealed class InvariantException : Exception
{
    public InvariantException()
    {
    }

    public InvariantException(string message)
        : base(message)
    {
    }

    public InvariantException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
