using System.Text;
using ChannelConfig.Channels;
using ChannelConfig.Emitters.Kvm;
using ChannelConfig.Emitters.Libvirt;
using ChannelConfig.Syntax;
using ChannelConfig.Text;

namespace ChannelConfig.Emitters.Guest;

/// <summary>
/// The guest side of xen-pv-channel(7): a shell script that installs a udev rule and, run by
/// udev when console N appears, links <c>/dev/xen-channel/NAME</c> to <c>/dev/hvcN</c>, so that
/// agents find their channel by name.
/// </summary>
/// <remarks>
/// <para>
/// The script knows each channel's console number from the configuration (libxl's console
/// devid), so it needs nothing in the guest but a POSIX shell; when <c>xenstore-read</c> is
/// installed it also checks that the console's xenstore name is the expected one, so that a stale
/// script never links the wrong device. Run it as <c>sh xen-channel-setup install</c> in the guest.
/// </para>
/// <para>
/// Names are written only inside single quotes, and shown in comments with control characters
/// escaped, so no name can run a command. A console libxl did not add, or a name that cannot be
/// a file name (empty, <c>.</c>, <c>..</c>, with <c>/</c> or NUL, longer than 255 bytes), or a
/// name already linked, gets no link and a comment saying why. Stateless and thread-safe.
/// </para>
/// </remarks>
internal static class GuestChannelLinkEmitter
{
    private const int NameMax = 255;

    /// <summary>What the script does for each console libxl made for a channel, in order.</summary>
    /// <param name="analysis">The analysis; empty when xl or libxl reject the configuration.</param>
    /// <returns>One entry per console.</returns>
    public static IReadOnlyList<GuestChannelLink> Plan(ChannelAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        if (analysis.Verdict != XlVerdict.Accepted)
        {
            return [];
        }

        var links = new List<GuestChannelLink>();
        var linkedNames = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var console in analysis.Consoles)
        {
            string? name = console.Channel.Name;
            string? reason = !console.Added
                ? $"libxl does not add console {console.ConsoleDevid} (with Xen {analysis.Options.Version} the first channel becomes the primary console, which libxl rejects), so the guest never sees this channel"
                : name is null ? "the channel has no name"
                : UnusableFileName(name) is { } why ? why
                : linkedNames.TryGetValue(name, out int other) ? $"console {other} already has this name; a name can link to only one console"
                : null;
            if (reason is null)
            {
                linkedNames.Add(name!, console.ConsoleDevid);
            }

            links.Add(new GuestChannelLink(console.ConsoleDevid, name, reason is null, reason));
        }

        return links;
    }

    /// <summary>The script, ready to copy into the guest.</summary>
    /// <param name="analysis">The analysis of the guest's configuration.</param>
    /// <param name="options">Where the files and links go, or null for the defaults.</param>
    /// <returns>The text of the script (POSIX sh), ending with a newline.</returns>
    /// <exception cref="ArgumentException">An option path is not an absolute path of safe characters.</exception>
    public static string Script(ChannelAnalysis analysis, GuestChannelLinkOptions? options = null)
    {
        var text = new StringWriter();
        Write(text, analysis, options);
        return text.ToString();
    }

    /// <summary>Writes the script of <see cref="Script"/> to <paramref name="output"/> as it is made.</summary>
    /// <param name="output">Where the script goes.</param>
    /// <param name="analysis">The channel analysis.</param>
    /// <param name="options">Where the script, its rules and the links live.</param>
    public static void Write(TextWriter output, ChannelAnalysis analysis, GuestChannelLinkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(analysis);
        options ??= GuestChannelLinkOptions.Default;
        CheckPath(options.ScriptPath, nameof(options.ScriptPath));
        CheckPath(options.RulesPath, nameof(options.RulesPath));
        CheckPath(options.LinkDirectory, nameof(options.LinkDirectory));
        var plan = Plan(analysis);
        var domain = analysis.Config.Lookups.GetString("name");
        string domainText = domain.Ok ? $"domain '{PrintableText.Of(domain.Value!)}'" : "the domain";
        string source = PrintableText.Of(analysis.Config.Source.Name);

        var sh = new TextAppender(output);
        sh.Append("#!/bin/sh\n");
        sh.Append($"# xen-channel-setup: stable names for the Xen PV channels of {domainText}\n");
        sh.Append($"# (from {source}), as xen-pv-channel(7) describes. udev runs this script when\n");
        sh.Append("# the guest's console N appears (xenstore device/console/N, /dev/hvcN in Linux),\n");
        sh.Append($"# and it links {options.LinkDirectory}/NAME to /dev/hvcN.\n");
        sh.Append("# Generated by xlchan; generate it again whenever the channels change.\n");
        sh.Append("#\n");
        sh.Append("# Install in the guest, as root:\n");
        sh.Append("#     sh ./xen-channel-setup install\n");
        sh.Append($"# This copies the script to {options.ScriptPath} and writes the udev rules\n");
        sh.Append($"# {options.RulesPath}. The links appear at the next boot, or at once with:\n");
        sh.Append("#     udevadm trigger --action=add --subsystem-match=xen\n");
        sh.Append("# The guest kernel needs the Xen console frontend (CONFIG_HVC_XEN_FRONTEND).\n");
        sh.Append("#\n");
        AppendChannelComments(sh, analysis, plan, options, "# ");
        sh.Append('\n');
        sh.Append("set -u\n");
        sh.Append("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n");
        sh.Append("export PATH\n");
        sh.Append("umask 022\n");
        sh.Append('\n');
        sh.Append($"self={ShellCommandLine.Quote(options.ScriptPath)}\n");
        sh.Append($"rules={ShellCommandLine.Quote(options.RulesPath)}\n");
        sh.Append($"links={ShellCommandLine.Quote(options.LinkDirectory)}\n");
        sh.Append('\n');
        sh.Append("# Sets name to the channel name of console $1; fails for a console without a link.\n");
        sh.Append("channel_name() {\n");
        sh.Append("    case $1 in\n");
        foreach (var link in plan.Where(l => l.Linked))
        {
            sh.Append($"        {link.ConsoleDevid}) name={ShellCommandLine.Quote(link.Name!)} ;;\n");
        }

        sh.Append("        *) return 1 ;;\n");
        sh.Append("    esac\n");
        sh.Append("}\n");
        sh.Append('\n');
        sh.Append("# False when xenstore names console $1 differently (the script is stale).\n");
        sh.Append("name_matches() {\n");
        sh.Append("    command -v xenstore-read >/dev/null 2>&1 || return 0\n");
        sh.Append("    actual=$(xenstore-read \"device/console/$1/name\" 2>/dev/null) || return 0\n");
        sh.Append("    [ \"$actual\" = \"$name\" ]\n");
        sh.Append("}\n");
        sh.Append('\n');
        sh.Append("add_link() {\n");
        sh.Append("    channel_name \"$1\" || return 0\n");
        sh.Append("    if ! name_matches \"$1\"; then\n");
        sh.Append("        logger -t xen-channel-setup \"console $1 does not have the expected channel name; no link made\" 2>/dev/null\n");
        sh.Append("        return 0\n");
        sh.Append("    fi\n");
        sh.Append("    mkdir -p \"$links\" && ln -sf \"/dev/hvc$1\" \"$links/$name\"\n");
        sh.Append("}\n");
        sh.Append('\n');
        sh.Append("remove_link() {\n");
        sh.Append("    channel_name \"$1\" || return 0\n");
        sh.Append("    if [ -L \"$links/$name\" ]; then\n");
        sh.Append("        rm -f \"$links/$name\"\n");
        sh.Append("    fi\n");
        sh.Append("}\n");
        sh.Append('\n');
        sh.Append("write_rules() {\n");
        sh.Append("    printf '%s\\n'");
        foreach (string line in RuleLines(analysis, plan, options, domainText))
        {
            sh.Append(" \\\n        ").Append(ShellCommandLine.Quote(line));
        }

        sh.Append('\n');
        sh.Append("}\n");
        sh.Append('\n');
        sh.Append("install_files() {\n");
        sh.Append($"    mkdir -p {ShellCommandLine.Quote(ParentDirectory(options.ScriptPath))} {ShellCommandLine.Quote(ParentDirectory(options.RulesPath))} || exit 1\n");
        sh.Append("    if [ \"$0\" != \"$self\" ]; then\n");
        sh.Append("        cp -- \"$0\" \"$self\" || exit 1\n");
        sh.Append("    fi\n");
        sh.Append("    chmod 0755 \"$self\" || exit 1\n");
        sh.Append("    write_rules >\"$rules\" || exit 1\n");
        sh.Append("    udevadm control --reload >/dev/null 2>&1 || true\n");
        sh.Append("    printf 'installed %s and %s\\n' \"$self\" \"$rules\"\n");
        sh.Append("}\n");
        sh.Append('\n');
        sh.Append("usage() {\n");
        sh.Append("    printf 'usage: %s install | add N | remove N\\n' \"$0\" >&2\n");
        sh.Append("    exit 2\n");
        sh.Append("}\n");
        sh.Append('\n');
        sh.Append("case ${1-} in\n");
        sh.Append("    install)\n");
        sh.Append("        [ $# -eq 1 ] || usage\n");
        sh.Append("        install_files ;;\n");
        sh.Append("    add|remove)\n");
        sh.Append("        [ $# -eq 2 ] || usage\n");
        sh.Append("        case $2 in\n");
        sh.Append("            ''|*[!0-9]*) usage ;;\n");
        sh.Append("        esac\n");
        sh.Append("        if [ \"$1\" = add ]; then add_link \"$2\"; else remove_link \"$2\"; fi ;;\n");
        sh.Append("    *)\n");
        sh.Append("        usage ;;\n");
        sh.Append("esac\n");
    }

    private static IEnumerable<string> RuleLines(ChannelAnalysis analysis, IReadOnlyList<GuestChannelLink> plan, GuestChannelLinkOptions options, string domainText)
    {
        yield return $"# Written by {options.ScriptPath} (generated by xlchan): {options.LinkDirectory}/NAME";
        yield return $"# links for the Xen PV channels of {domainText}; see xen-pv-channel(7).";
        foreach (string comment in ChannelComments(analysis, plan, options, "# "))
        {
            yield return comment;
        }

        foreach (var link in plan.Where(l => l.Linked))
        {
            yield return $"SUBSYSTEM==\"xen\", KERNEL==\"console-{link.ConsoleDevid}\", ACTION==\"add\", RUN+=\"{options.ScriptPath} add {link.ConsoleDevid}\"";
            yield return $"SUBSYSTEM==\"xen\", KERNEL==\"console-{link.ConsoleDevid}\", ACTION==\"remove\", RUN+=\"{options.ScriptPath} remove {link.ConsoleDevid}\"";
        }
    }

    private static void AppendChannelComments(TextAppender sh, ChannelAnalysis analysis, IReadOnlyList<GuestChannelLink> plan, GuestChannelLinkOptions options, string prefix)
    {
        foreach (string line in ChannelComments(analysis, plan, options, prefix))
        {
            sh.Append(line).Append('\n');
        }
    }

    /// <summary>The comment lines that list the channels and their links (none holds a newline: names and reasons are printable text).</summary>
    private static IEnumerable<string> ChannelComments(ChannelAnalysis analysis, IReadOnlyList<GuestChannelLink> plan, GuestChannelLinkOptions options, string prefix)
    {
        if (analysis.Verdict != XlVerdict.Accepted)
        {
            yield return prefix + "No links: xl or libxl reject this configuration, so the domain does not start.";
            yield break;
        }

        if (plan.Count == 0)
        {
            yield return prefix + "No links: the configuration has no channel.";
            yield break;
        }

        yield return prefix + "Channels:";
        foreach (var link in plan)
        {
            string name = link.Name is null ? "(no name)" : PrintableText.Of(link.Name);
            yield return prefix + (link.Linked
                ? $"  console {link.ConsoleDevid} -> /dev/hvc{link.ConsoleDevid} -> {options.LinkDirectory}/{name}"
                : $"  console {link.ConsoleDevid} ({name}): no link: {PrintableText.Of(link.Reason!)}");
        }
    }

    private static string? UnusableFileName(string name)
    {
        if (name.Length == 0 || name.Trim().Length == 0)
        {
            return "the name is empty";
        }

        if (name is "." or "..")
        {
            return "`.` and `..` cannot be link names";
        }

        if (name.Contains('/', StringComparison.Ordinal))
        {
            return "the name contains `/`, which a file name cannot hold";
        }

        if (name.Contains('\0', StringComparison.Ordinal))
        {
            return "the name contains a NUL, which a file name cannot hold";
        }

        return Encoding.UTF8.GetByteCount(name) > NameMax ? $"the name is longer than {NameMax} bytes, the longest file name Linux allows" : null;
    }

    private static void CheckPath(string path, string what)
    {
        ArgumentNullException.ThrowIfNull(path, what);
        bool safe = path.Length > 1 && path[0] == '/' && !path.EndsWith('/')
            && path.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '+' or '-' or '/')
            && !path.Split('/').Any(part => part is "." or "..");
        if (!safe)
        {
            throw new ArgumentException($"{what} must be an absolute path of letters, digits, '.', '_', '+', '-' and '/': {path}", what);
        }
    }

    private static string ParentDirectory(string path) => path[..Math.Max(1, path.LastIndexOf('/'))];
}
