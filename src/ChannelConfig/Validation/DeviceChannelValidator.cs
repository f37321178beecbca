using System.Text;
using ChannelConfig.Channels;
using ChannelConfig.Diagnostics;
using ChannelConfig.Text;
using FluentValidation;

namespace ChannelConfig.Validation;

/// <summary>
/// The rules for one channel: what libxl refuses (no name, unknown backend) and what works badly
/// later (socket paths QEMU cannot bind, names the guest cannot use, ignored fields).
/// Each rule's error code is a catalogue code and its custom state a <see cref="FailureState"/>.
/// </summary>
internal sealed class DeviceChannelValidator : AbstractValidator<ChannelValidationContext>
{
    /// <summary>The highest domain id a real domain can have (<c>DOMID_FIRST_RESERVED</c> - 1).</summary>
    public const uint MaxDomid = 0x7FF0 - 1;

    /// <summary>The highest domain id a real xenstored accepts.</summary>
    private const uint MaxXenstoreDomid = 65535;

    /// <summary>The longest socket path Linux accepts (<c>sizeof(sun_path) - 1</c>).</summary>
    public const int MaxSocketPathBytes = 107;

    /// <summary>Creates the validator.</summary>
    /// <remarks>
    /// The rules are grouped by the property they read: one FluentValidation rule per property,
    /// with one component (its own code, message and state) per check, in the order the checks
    /// are reported. Conditions are set on each rule rather than with a shared <c>When</c>, which
    /// would cache each result under a string key built per check and per channel. Messages are
    /// exact (<see cref="RuleBuilderExtensions.WithExactMessage{T, TProperty}(IRuleBuilderOptions{T, TProperty}, Func{T, string})"/>):
    /// they quote names and paths that may hold text such as <c>{PropertyName}</c>.
    /// </remarks>
    public DeviceChannelValidator()
    {
        RuleFor(c => c.Name)
            .NotNull()
            .As(DiagnosticCatalog.MissingChannelName)
            .WithExactMessage(c => DiagnosticCatalog.MissingChannelNameMessage(LibxlNumber(c)))
            .WithState(c => new FailureState(c.Channel.Span, c.LibxlMessage))

            // The checks of a name that is there.
            .NotEmpty()
            .When(HasName, ApplyConditionTo.CurrentValidator)
            .As(DiagnosticCatalog.EmptyChannelName)
            .WithExactMessage(DiagnosticCatalog.EmptyChannelNameMessage)
            .WithState(NameState)

            .Must(name => !HasControlCharacter(name!))
            .When(HasName, ApplyConditionTo.CurrentValidator)
            .As(DiagnosticCatalog.ChannelControlCharacter)
            .WithExactMessage(c => DiagnosticCatalog.ChannelNameControlCharacterMessage(DescribeControl(c.Name!)))
            .WithState(NameState)

            .Must(name => !WellKnownChannels.Names.ContainsKey(name!))
            .When(HasName, ApplyConditionTo.CurrentValidator)
            .As(DiagnosticCatalog.WellKnownChannelName)
            .WithExactMessage(c => DiagnosticCatalog.WellKnownChannelNameMessage(c.Name!, WellKnownChannels.Names[c.Name!]))
            .WithState(NameState)

            .Must(name => name!.Length == 0 || WellKnownChannels.Names.ContainsKey(name) || IsReverseDomainName(name))
            .When(HasName, ApplyConditionTo.CurrentValidator)
            .As(DiagnosticCatalog.ChannelNameStyle)
            .WithExactMessage(c => DiagnosticCatalog.ChannelNameStyleMessage(c.Name!, Sanitise(c.Name!)))
            .WithState(NameState);

        RuleFor(c => c.BackendDomname!)
            .NotEmpty()
            .As(DiagnosticCatalog.EmptyBackend)
            .WithExactMessage(DiagnosticCatalog.EmptyBackendMessage)
            .WithState(c => new FailureState(c.Channel.BackendField?.Span ?? c.Channel.Span))
            .When(HasBackend);

        // On the whole context: the check needs the options as well as the backend's name.
        RuleFor(c => c)
            .Must(c => c.Options.Domains.TryResolve(c.BackendDomname!, out _))
            .As(DiagnosticCatalog.UnknownBackendDomain)
            .WithExactMessage(c => DiagnosticCatalog.UnknownBackendDomainMessage(c.BackendDomname!, c.Options.Domains.Domains.Keys.Order(StringComparer.Ordinal)))
            .WithState(c => new FailureState(ValueSpan(c.Channel.BackendField, c.Channel.Span), c.LibxlMessage))
            .When(HasBackend);

        RuleFor(c => c)
            .Must(c => !c.Options.Domains.TryResolve(c.BackendDomname!, out uint domid) || domid <= MaxDomid)
            .As(DiagnosticCatalog.ImpossibleBackendDomid)
            .WithExactMessage(c => DiagnosticCatalog.ImpossibleBackendDomidMessage(
                c.BackendDomname!, c.Options.Domains.TryResolve(c.BackendDomname!, out uint domid) ? domid : 0, MaxDomid, MaxXenstoreDomid))
            .WithState(c => new FailureState(ValueSpan(c.Channel.BackendField, c.Channel.Span)))
            .When(HasBackend);

        RuleFor(c => c.Path!)
            .Must(path => path.StartsWith('/'))
            .As(DiagnosticCatalog.RelativeSocketPath)
            .WithExactMessage(c => DiagnosticCatalog.RelativeSocketPathMessage(c.Path!, Sanitise(c.Name ?? "channel")))
            .WithState(PathState)

            .Must(path => Encoding.UTF8.GetByteCount(path) <= MaxSocketPathBytes)
            .As(DiagnosticCatalog.SocketPathTooLong)
            .WithExactMessage(c => DiagnosticCatalog.SocketPathTooLongMessage(Encoding.UTF8.GetByteCount(c.Path!), MaxSocketPathBytes))
            .WithState(PathState)

            .Must(path => !path.EndsWith('/'))
            .As(DiagnosticCatalog.SocketPathIsDirectory)
            .WithExactMessage(DiagnosticCatalog.SocketPathIsDirectoryMessage)
            .WithState(PathState)

            .Must(path => !HasControlCharacter(path))
            .As(DiagnosticCatalog.ChannelControlCharacter)
            .WithExactMessage(c => DiagnosticCatalog.SocketPathControlCharacterMessage(DescribeControl(c.Path!)))
            .WithState(PathState)
            .When(c => c.Channel.Connection == ChannelConnection.Socket && c.Path is not null);

        RuleFor(c => c.Channel.PathField)
            .Null()
            .As(DiagnosticCatalog.PathOnPtyChannel)
            .WithExactMessage(c => DiagnosticCatalog.PathOnPtyChannelMessage(c.Channel.PathField!.Value))
            .WithState(c => new FailureState(c.Channel.PathField!.Span))
            .When(c => c.Channel.Connection == ChannelConnection.Pty && c.Channel.PathField is not null);
    }

    private static bool HasName(ChannelValidationContext c) => c.Name is not null;

    private static bool HasBackend(ChannelValidationContext c) => c.BackendDomname is not null;

    private static FailureState NameState(ChannelValidationContext c) => new(ValueSpan(c.Channel.NameField, c.Channel.Span));

    private static FailureState PathState(ChannelValidationContext c) => new(ValueSpan(c.Channel.PathField, c.Channel.Span));

    /// <summary>The number libxl gives the channel in its messages: its devid once assigned, else the one it would get.</summary>
    private static int LibxlNumber(ChannelValidationContext c) =>
        c.Channel.Devid >= 0 ? c.Channel.Devid : c.Options.Version.NumbersChannelsFromZero ? c.Channel.Index : c.Channel.Index + 1;

    private static SourceSpan ValueSpan(ChannelField? field, SourceSpan fallback) => field?.ValueSpan ?? fallback;

    /// <summary>True when the text holds a C0 control character or DEL.</summary>
    /// <summary>Any character the printable-text rule calls unsafe: C0 and C1 controls, DEL, U+2028/9, bidirectional controls.</summary>
    private static bool HasControlCharacter(string text) => PrintableText.ContainsUnsafe(text);

    private static string DescribeControl(string text) => PrintableText.DescribeFirstUnsafe(text);

    /// <summary>At least three dot-separated labels of letters, digits, <c>-</c> and <c>_</c>, the first starting with a letter.</summary>
    private static bool IsReverseDomainName(string name)
    {
        if (name.Length == 0 || !char.IsAsciiLetter(name[0]))
        {
            return false;
        }

        int labels = 1;
        int labelLength = 0;
        foreach (char c in name)
        {
            if (c == '.')
            {
                if (labelLength == 0)
                {
                    return false;
                }

                labels++;
                labelLength = 0;
            }
            else if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            {
                labelLength++;
            }
            else
            {
                return false;
            }
        }

        return labels >= 3 && labelLength > 0;
    }

    private static string Sanitise(string name)
    {
        var sb = new StringBuilder();
        foreach (char c in name)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        return sb.Length == 0 ? "agent" : sb.ToString().Trim('-');
    }
}
