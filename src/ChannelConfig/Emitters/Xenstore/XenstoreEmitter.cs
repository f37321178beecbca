using ChannelConfig.Channels;

namespace ChannelConfig.Emitters.Xenstore;

/// <summary>
/// The xenstore nodes libxl writes for a domain's channels (<c>libxl__device_console_add</c> and
/// <c>libxl__device_generic_add</c>), node by node, in libxl's write order, with values and
/// permissions. Each channel is a PV console: a frontend directory the guest owns, a backend
/// directory the backend domain owns, and (since Xen 4.7) libxl's private copy under <c>/libxl</c>.
/// </summary>
public static class XenstoreEmitter
{
    /// <summary><c>LIBXL_XENCONSOLE_LIMIT</c>: the buffer limit written to every console.</summary>
    public const string ConsoleLimit = "1048576";

    /// <summary><c>LIBXL_XENCONSOLE_PROTOCOL</c>.</summary>
    public const string ConsoleProtocol = "vt100";

    /// <summary><c>XenbusStateInitialising</c>.</summary>
    public const string StateInitialising = "1";

    /// <summary>The nodes for every console libxl added (none when xl stopped before libxl ran).</summary>
    /// <param name="analysis">The channel analysis.</param>
    /// <returns>The nodes in write order.</returns>
    public static IReadOnlyList<XenstoreNode> Nodes(ChannelAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var nodes = new List<XenstoreNode>();
        foreach (var console in analysis.Consoles)
        {
            if (console.Added)
            {
                AddConsole(nodes, console, analysis.Options);
            }
        }

        return nodes;
    }

    /// <summary>The frontend path of console <paramref name="devid"/> (console 0 is the primary console, <c>/local/domain/G/console</c>).</summary>
    /// <param name="guest">The guest's domid.</param>
    /// <param name="devid">The console number.</param>
    /// <returns>The path.</returns>
    public static string FrontendPath(uint guest, int devid) =>
        devid == 0 ? $"/local/domain/{guest}/console" : $"/local/domain/{guest}/device/console/{devid}";

    /// <summary>The backend path of a console.</summary>
    /// <param name="backend">The backend's domid.</param>
    /// <param name="guest">The guest's domid.</param>
    /// <param name="devid">The console number.</param>
    /// <returns>The path.</returns>
    public static string BackendPath(uint backend, uint guest, int devid) =>
        $"/local/domain/{backend}/backend/console/{guest}/{devid}";

    private static void AddConsole(List<XenstoreNode> nodes, ChannelConsole console, ChannelOptions options)
    {
        var channel = console.Channel;
        uint guest = options.GuestDomid;
        uint backend = channel.BackendDomid;
        string fe = FrontendPath(guest, console.ConsoleDevid);
        string be = BackendPath(backend, guest, console.ConsoleDevid);
        string libxl = $"/libxl/{guest}/device/console/{console.ConsoleDevid}";
        string frontPerms = $"n{guest},r{backend}";
        string backPerms = $"n{backend},r{guest}";
        string connection = channel.Connection == ChannelConnection.Socket ? "socket" : "pty";
        string output = channel.Connection == ChannelConnection.Socket ? $"chardev:{console.ChardevId}" : "pty";
        bool privateNodes = options.Version.WritesLibxlPrivateNodes;

        // The backend keys, in the order libxl appends them.
        var back = new List<(string Key, string Value)>
        {
            ("frontend-id", guest.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("online", "1"),
            ("state", StateInitialising),
            ("protocol", ConsoleProtocol),
        };
        if (channel.Name is not null && privateNodes)
        {
            back.Add(("name", channel.Name));
        }

        back.Add(("connection", connection));
        if (channel.Path is not null)
        {
            back.Add(("path", channel.Path));
        }

        if (privateNodes)
        {
            nodes.Add(new($"{libxl}/frontend", fe, "n0", false));
            nodes.Add(new($"{libxl}/backend", be, "n0", false));
        }

        nodes.Add(new(fe, string.Empty, frontPerms, true));
        nodes.Add(new($"{fe}/backend", be, frontPerms, false));
        nodes.Add(new($"{fe}/backend-id", backend.ToString(System.Globalization.CultureInfo.InvariantCulture), frontPerms, true));
        nodes.Add(new($"{fe}/state", StateInitialising, frontPerms, true));
        nodes.Add(new($"{fe}/protocol", ConsoleProtocol, frontPerms, true));
        if (channel.Name is not null)
        {
            nodes.Add(new($"{fe}/name", channel.Name, backPerms, true));
        }

        nodes.Add(new($"{fe}/limit", ConsoleLimit, backPerms, true));
        nodes.Add(new($"{fe}/type", "ioemu", backPerms, true));
        nodes.Add(new($"{fe}/output", output, backPerms, true));
        nodes.Add(new($"{fe}/tty", string.Empty, backPerms, true));

        nodes.Add(new(be, string.Empty, backPerms, true));
        nodes.Add(new($"{be}/frontend", fe, backPerms, false));
        foreach (var (key, value) in back)
        {
            nodes.Add(new($"{be}/{key}", value, backPerms, false));
        }

        if (privateNodes)
        {
            foreach (var (key, value) in back)
            {
                nodes.Add(new($"{libxl}/{key}", value, "n0", false));
            }
        }
    }
}
