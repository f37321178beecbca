using System.CommandLine;
using ChannelConfig.Channels;

namespace ChannelConfig.Cli;

/// <summary>The options every command that evaluates channels takes: <c>--xen</c>, <c>--domain</c>, <c>--domid</c>.</summary>
internal sealed class ChannelOptionsBinder
{
    public Option<string> Xen { get; } = new("--xen")
    {
        Description = $"The Xen release whose behaviour to reproduce: {XenReleases.Known}.",
        DefaultValueFactory = _ => "newest",
    };

    public Option<string[]> Domains { get; } = new("--domain")
    {
        Description = "A running domain that backend= may name, as NAME=ID (repeatable); Domain-0=0 is always known.",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<int> Domid { get; } = NumberOptions.InRange(
        "--domid", 1, NumberOptions.MaxDomid, "the guest's domain id",
        "0 is Domain-0, the host itself, which is never a guest with channels; libxl gives guests 1 and up",
        $"The guest's domain id (1 to {NumberOptions.MaxDomid}), for xenstore paths and libxl's messages.",
        1);

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
        if (!XenReleases.TryParse(xen, out var version))
        {
            error = XenReleases.Unknown($"--xen {xen}");
            return false;
        }

        var domains = new List<KeyValuePair<string, uint>>();
        foreach (string spec in parse.GetValue(Domains) ?? [])
        {
            if (!DomainTable.TryParse(spec, out string name, out uint id))
            {
                error = $"--domain {spec}: write NAME=ID, such as --domain driver-dom=5";
                return false;
            }

            domains.Add(new(name, id));
        }

        options = new ChannelOptions { Version = version, Domains = new DomainTable(domains), GuestDomid = (uint)parse.GetValue(Domid) };
        return true;
    }
}
