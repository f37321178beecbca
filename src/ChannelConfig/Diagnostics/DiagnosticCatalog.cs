using System.Collections.Frozen;

namespace ChannelConfig.Diagnostics;

/// <summary>
/// Every rule the library reports, with its documentation. This is the one place rule texts live:
/// <c>xlchan explain</c>, SARIF output and docs/xl-channel.md are all checked against it.
/// </summary>
/// <remarks>
/// So are the messages of the findings: beside each rule, an internal factory builds its
/// diagnostic (<c>…At(span, …)</c>), or its message where a validation rule needs only the text
/// (<c>…Message(…)</c>). Code that reports a finding passes the facts, never the words.
/// <para>Its descriptors are immutable and it holds no other state: safe to use from any thread.</para>
/// </remarks>
public static partial class DiagnosticCatalog
{
    /// <summary>All rules, ordered by code.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => Index.All;

    /// <summary>Finds a rule by its code (case-insensitive).</summary>
    /// <param name="id">A code such as <c>XLC0001</c>.</param>
    /// <param name="descriptor">The rule, when found.</param>
    /// <returns>True when the code exists.</returns>
    public static bool TryFind(string id, out DiagnosticDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Index.ById.TryGetValue(id.ToUpperInvariant(), out descriptor!);
    }

    private static DiagnosticDescriptor[] CreateAll()
    {
        DiagnosticDescriptor[] all =
        [
            UnexpectedCharacter, CarriageReturn, ByteOrderMark, InvalidName, UppercaseHex,
            UnterminatedString, PythonSyntax, CommentAtEndWithoutNewline, NulByte, NulInString,
            HexEscape, InvalidOctalEscape, UnknownEscape, ControlCharacter, NonAsciiOutsideString, NumberWithSuffix,
            ExpectedStatement, ExpectedAssignment, ExpectedValue, ExpectedListEnd, ExpectedEndOfStatement,
            EmptyListItem, MissingComma, UnclosedList, ParserStackExhausted, NestingTooDeep,
            AppendTypeMismatch, TooManyDiagnostics,
            OctalEscapeVanishes, DuplicateSetting, IgnoredLastByte, InvalidUtf8, AppendWithoutValue,
            ListInsteadOfValue, ValueInsteadOfList, NotANumber, NumberOutOfRange, AppendToNumber, NumberOutOfBounds,
            ChannelNotAList, ChannelNestedList, EmptyChannelItem, ChannelFieldWithoutValue, UnknownChannelKey,
            ChannelTypeSpelling, InvalidConnection, ConnectionCase, MissingConnection, SocketWithoutPath,
            RepeatedChannelKey, MissingChannelName, UnknownBackendDomain, FirstChannelLost, RelativeSocketPath,
            SocketPathTooLong, ChannelControlCharacter, DuplicateChannelName, DuplicateSocketPath, PathOnPtyChannel,
            ChannelNameStyle, WellKnownChannelName, EmptyChannelName, EmptyBackend, SocketPathIsDirectory, ImpossibleBackendDomid,
            LibvirtXmlUnreadable, LibvirtNotXenDomain, LibvirtNonXenChannel, LibvirtUnsupportedChannelSource,
            LibvirtSocketWithoutPath, LibvirtSocketPathFilledIn, LibvirtConnectModeSocket, LibvirtChannelWithoutName,
            LibvirtValueWithComma, LibvirtValueWithEquals, LibvirtValueWithQuote, LibvirtValueTrimmed,
            LibvirtControlCharacter, LibvirtBackendDropped, LibvirtChannelNotExported, LibvirtNoXenChannels, LibvirtXmlTooComplex, KvmTooManyChannels,
            UnusedSuppression, UnknownSuppressionCode, InvalidSuppression, NotAnXlConfig, RejectedWhileSilenced,
        ];
        Array.Sort(all, (a, b) => string.CompareOrdinal(a.Id, b.Id));
        return all;
    }

    /// <summary>
    /// Built on first use, after every rule field of the (partial) catalogue is initialised:
    /// field initialisers of different partial files run in no guaranteed order.
    /// </summary>
    private static class Index
    {
        public static readonly DiagnosticDescriptor[] All = CreateAll();

        public static readonly FrozenDictionary<string, DiagnosticDescriptor> ById =
            All.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);
    }
}
