using System.CommandLine;
using System.Globalization;
using ChannelConfig.Channels;

namespace ChannelConfig.Cli;

/// <summary>The options every command that evaluates channels takes: <c>--xen</c>, <c>--domain</c>, <c>--domid</c>.</summary>
internal sealed class ChannelOptionsBinder
{
    public Option<string> Xen { get; } = new("--xen")
    {
        Description = "The Xen release whose behaviour to reproduce (4.5 or later, e.g. 4.17 or 4.20.0); default: newest.",
        DefaultValueFactory = _ => "newest",
    };

    public Option<string[]> Domains { get; } = new("--domain")
    {
        Description = "A running domain that backend= may name, as NAME=ID (repeatable); Domain-0=0 is always known.",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<uint> Domid { get; } = new("--domid")
    {
        Description = "The guest's domain id, for xenstore paths and libxl's messages (default 1).",
        DefaultValueFactory = _ => 1,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Xen);
        command.Options.Add(Domains);
        command.Options.Add(Domid);
    }

    /// <summary>Builds the channel options, or returns an error message for a bad value.</summary>
    public bool TryBind(ParseResult parse, out ChannelOptions options, out string error)
    {
        options = ChannelOptions.Default;
        error = string.Empty;
        string xen = parse.GetValue(Xen) ?? "newest";
        if (!XenVersion.TryParse(xen, out var version))
        {
            error = $"--xen {xen}: not a Xen release with channels (write 4.5 or later, such as 4.17 or 4.20.0, or newest)";
            return false;
        }

        var domains = new List<KeyValuePair<string, uint>>();
        foreach (string spec in parse.GetValue(Domains) ?? [])
        {
            int eq = spec.LastIndexOf('=');
            if (eq <= 0 || !uint.TryParse(spec.AsSpan(eq + 1), NumberStyles.None, CultureInfo.InvariantCulture, out uint id))
            {
                error = $"--domain {spec}: write NAME=ID, such as --domain driver-dom=5";
                return false;
            }

            domains.Add(new(spec[..eq], id));
        }

        options = new ChannelOptions { Version = version, Domains = new DomainTable(domains), GuestDomid = parse.GetValue(Domid) };
        return true;
    }
}
