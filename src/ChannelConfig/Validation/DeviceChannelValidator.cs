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
        RuleFor(c => c.Channel.Name)
            .NotNull()
            .As(DiagnosticCatalog.MissingChannelName)
            .WithExactMessage(c => $"this channel has no `name=`: libxl refuses it (`channel {LibxlNumber(c)} has no name`) and the domain is not created; add name= with a reverse-domain name such as org.example.agent.0")
            .WithState(c => new FailureState(c.Channel.Span, c.LibxlMessage))

            // The checks of a name that is there.
            .NotEmpty()
            .When(HasName, ApplyConditionTo.CurrentValidator)
            .As(DiagnosticCatalog.EmptyChannelName)
            .WithExactMessage("the channel's name is empty: the guest cannot find a channel without a name; give it one")
            .WithState(NameState)

            .Must(name => !HasControlCharacter(name!))
            .When(HasName, ApplyConditionTo.CurrentValidator)
            .As(DiagnosticCatalog.ChannelControlCharacter)
            .WithExactMessage(c => $"the channel name contains {DescribeControl(c.Channel.Name!)}, which breaks xenstore listings, udev rules and scripts; remove it")
            .WithState(NameState)

            .Must(name => !WellKnownChannels.Names.ContainsKey(name!))
            .When(HasName, ApplyConditionTo.CurrentValidator)
            .As(DiagnosticCatalog.WellKnownChannelName)
            .WithExactMessage(c => $"`{c.Channel.Name}` is the channel of {WellKnownChannels.Names[c.Channel.Name!]}")
            .WithState(NameState)

            .Must(name => name!.Length == 0 || WellKnownChannels.Names.ContainsKey(name) || IsReverseDomainName(name))
            .When(HasName, ApplyConditionTo.CurrentValidator)
            .As(DiagnosticCatalog.ChannelNameStyle)
            .WithExactMessage(c => $"`{c.Channel.Name}` does not look globally unique: xen-pv-channel(7) asks for reverse-domain names with a version, such as com.example.{Sanitise(c.Channel.Name!)}.0")
            .WithState(NameState);

        RuleFor(c => c.Channel.BackendDomname!)
            .NotEmpty()
            .As(DiagnosticCatalog.EmptyBackend)
            .WithExactMessage("`backend=` is empty, which libxl reads as domain id 0 (the toolstack domain); remove it, or name the backend domain")
            .WithState(c => new FailureState(c.Channel.BackendField?.Span ?? c.Channel.Span))
            .When(HasBackend);

        // On the whole context: the check needs the options as well as the backend's name.
        RuleFor(c => c)
            .Must(c => c.Options.Domains.TryResolve(c.Channel.BackendDomname!, out _))
            .As(DiagnosticCatalog.UnknownBackendDomain)
            .WithExactMessage(c => $"backend domain `{c.Channel.BackendDomname}` is not known: libxl fails to create the domain; use a running domain's exact name or its id (known here: {string.Join(", ", c.Options.Domains.Domains.Keys.Order(StringComparer.Ordinal))}; add others with --domain NAME=ID)")
            .WithState(c => new FailureState(ValueSpan(c.Channel.BackendField, c.Channel.Span), c.LibxlMessage))
            .When(HasBackend);

        RuleFor(c => c)
            .Must(c => !c.Options.Domains.TryResolve(c.Channel.BackendDomname!, out uint domid) || domid <= MaxDomid)
            .As(DiagnosticCatalog.ImpossibleBackendDomid)
            .WithExactMessage(c => ImpossibleBackendDomidMessage(c.Channel.BackendDomname!, c.Options.Domains.TryResolve(c.Channel.BackendDomname!, out uint domid) ? domid : 0))
            .WithState(c => new FailureState(ValueSpan(c.Channel.BackendField, c.Channel.Span)))
            .When(HasBackend);

        RuleFor(c => c.Channel.Path!)
            .Must(path => path.StartsWith('/'))
            .As(DiagnosticCatalog.RelativeSocketPath)
            .WithExactMessage(c => $"socket path `{c.Channel.Path}` is relative: QEMU creates it relative to its own working directory; use an absolute path such as /run/xen/{Sanitise(c.Channel.Name ?? "channel")}.sock")
            .WithState(PathState)

            .Must(path => Encoding.UTF8.GetByteCount(path) <= MaxSocketPathBytes)
            .As(DiagnosticCatalog.SocketPathTooLong)
            .WithExactMessage(c => SocketPathTooLongMessage(Encoding.UTF8.GetByteCount(c.Channel.Path!)))
            .WithState(PathState)

            .Must(path => !path.EndsWith('/'))
            .As(DiagnosticCatalog.SocketPathIsDirectory)
            .WithExactMessage("socket path ends with `/`, which names a directory where no socket can be created; add the socket's file name")
            .WithState(PathState)

            .Must(path => !HasControlCharacter(path))
            .As(DiagnosticCatalog.ChannelControlCharacter)
            .WithExactMessage(c => $"the socket path contains {DescribeControl(c.Channel.Path!)}, which breaks QEMU's options and host scripts; remove it")
            .WithState(PathState)
            .When(c => c.Channel.Connection == ChannelConnection.Socket && c.Channel.Path is not null);

        RuleFor(c => c.Channel.PathField)
            .Null()
            .As(DiagnosticCatalog.PathOnPtyChannel)
            .WithExactMessage(c => $"`path={c.Channel.PathField!.Value}` is ignored for a pty channel; remove it, or use connection=socket if a socket was meant")
            .WithState(c => new FailureState(c.Channel.PathField!.Span))
            .When(c => c.Channel.Connection == ChannelConnection.Pty && c.Channel.PathField is not null);
    }

    /// <summary>
    /// What a socket path longer than <see cref="MaxSocketPathBytes"/> breaks: at 108 bytes (all of
    /// <c>sun_path</c>, no NUL) QEMU binds it but clients cannot connect; from 109 QEMU refuses to start.
    /// </summary>
    private static string SocketPathTooLongMessage(int bytes) =>
        bytes <= MaxSocketPathBytes + 1
            ? $"socket path is {bytes} bytes long, all of sun_path with no room for its NUL: QEMU starts and binds it, but clients cannot connect to it (`AF_UNIX path too long`); use a path of at most {MaxSocketPathBytes} bytes"
            : $"socket path is {bytes} bytes long: QEMU refuses it (`UNIX socket path '…' is too long`) and the domain does not start; use a path of at most {MaxSocketPathBytes} bytes";

    /// <summary>Why no domain can be the backend <paramref name="domid"/>, by range: reserved, refused by xenstored, written negative.</summary>
    private static string ImpossibleBackendDomidMessage(string backend, uint domid)
    {
        string source = backend.All(char.IsAsciiDigit) ? $"`backend={backend}`" : $"backend `{backend}`";
        string why = domid <= MaxXenstoreDomid
            ? $"domain id {domid} is reserved (real domains end at {MaxDomid}), so no domain can serve this channel"
            : domid <= int.MaxValue
                ? $"no domain can have id {domid} (real domains end at {MaxDomid}, and xenstored refuses ids above {MaxXenstoreDomid})"
                : $"no domain can have id {domid} (real domains end at {MaxDomid}), and libxl writes it into backend-id as {unchecked((int)domid)}";
        return $"{source}: {why}; use the id or name of the domain that runs the backend";
    }

    private static bool HasName(ChannelValidationContext c) => c.Channel.Name is not null;

    private static bool HasBackend(ChannelValidationContext c) => c.Channel.BackendDomname is not null;

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
