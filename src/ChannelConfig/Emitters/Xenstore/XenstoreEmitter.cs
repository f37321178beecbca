using System.Globalization;
using ChannelConfig.Channels;

namespace ChannelConfig.Emitters.Xenstore;

/// <summary>
/// The xenstore nodes libxl writes for a domain's channels (<c>libxl__device_console_add</c> and
/// <c>libxl__device_generic_add</c>), node by node, in libxl's write order, with values and
/// permissions. Each channel is a PV console: a frontend directory the guest owns, a backend
/// directory the backend domain owns, and (since Xen 4.7) libxl's private copy under <c>/libxl</c>.
/// </summary>
internal static class XenstoreEmitter
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
        var consoles = analysis.Consoles;
        int added = 0;
        for (int i = 0; i < consoles.Count; i++)
        {
            added += consoles[i].Added ? 1 : 0;
        }

        if (added == 0)
        {
            return [];
        }

        var options = analysis.Options;
        var builder = new ConsoleNodes(options, added);
        for (int i = 0; i < consoles.Count; i++)
        {
            if (consoles[i].Added)
            {
                builder.Add(consoles[i]);
            }
        }

        return builder.Nodes;
    }

    /// <summary>
    /// The nodes of each console libxl added, one console at a time, in write order: the list is
    /// reused for the next console, so a caller that writes the nodes as they come holds one
    /// console's nodes, not the domain's (28 nodes of 32 bytes a console, about twelve times the
    /// size of a channel's item).
    /// </summary>
    /// <param name="analysis">The channel analysis.</param>
    /// <returns>Each console's nodes, valid until the next is asked for.</returns>
    internal static IEnumerable<IReadOnlyList<XenstoreNode>> NodesByConsole(ChannelAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return Batches(analysis);

        static IEnumerable<IReadOnlyList<XenstoreNode>> Batches(ChannelAnalysis analysis)
        {
            var builder = new ConsoleNodes(analysis.Options, 1);
            foreach (var console in analysis.Consoles)
            {
                if (console.Added)
                {
                    builder.Nodes.Clear();
                    builder.Add(console);
                    yield return builder.Nodes;
                }
            }
        }
    }

    /// <summary>The nodes of <see cref="Nodes(ChannelAnalysis)"/>, made one console at a time as they are enumerated.</summary>
    /// <param name="analysis">The channel analysis.</param>
    /// <returns>The nodes in write order.</returns>
    internal static IEnumerable<XenstoreNode> StreamNodes(ChannelAnalysis analysis) =>
        NodesByConsole(analysis).SelectMany(nodes => nodes);

    /// <summary>The frontend path of console <paramref name="devid"/> (console 0 is the primary console, <c>/local/domain/G/console</c>).</summary>
    /// <param name="guest">The guest's domid.</param>
    /// <param name="devid">The console number.</param>
    /// <returns>The path.</returns>
    public static string FrontendPath(uint guest, int devid) => FrontendPath(Number(guest), devid);

    /// <summary>The backend path of a console.</summary>
    /// <param name="backend">The backend's domid.</param>
    /// <param name="guest">The guest's domid.</param>
    /// <param name="devid">The console number.</param>
    /// <returns>The path.</returns>
    public static string BackendPath(uint backend, uint guest, int devid) => BackendPath(Number(backend), Number(guest), devid);

    private static string FrontendPath(string guest, int devid) =>
        devid == 0
            ? string.Concat("/local/domain/", guest, "/console")
            : string.Concat("/local/domain/", guest, "/device/console/", Number(devid));

    private static string BackendPath(string backend, string guest, int devid) =>
        string.Concat("/local/domain/", backend, "/backend/console/", guest, "/", Number(devid));

    private static string Number(uint value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A domid as libxl writes <c>backend-id</c> (<c>GCSPRINTF("%d", console-&gt;backend_domid)</c>):
    /// the <c>uint32_t</c> read as a signed int, so 4294967295 is <c>-1</c>. Paths use <c>%u</c>,
    /// and permissions hold the number itself (libxl passes them as structures, not text; only
    /// <c>xenstore-ls</c> prints them with <c>%i</c>, see <see cref="XenstoreWriter"/>).
    /// </summary>
    private static string SignedNumber(uint value) => unchecked((int)value).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Builds the nodes of the consoles of one domain: each node is its directory and a constant
    /// key (joined only when its path is asked for), and the permission strings are shared by
    /// every console with the same backend.
    /// </summary>
    private sealed class ConsoleNodes
    {
        /// <summary>The most nodes one console has: 2 + 5 + 5 + 2 + 7 + 7 (private copies, a name and a path).</summary>
        private const int MaxNodesPerConsole = 28;

        private readonly string _guest;
        private readonly bool _privateNodes;
        private uint _backend = uint.MaxValue;
        private string _backendText = string.Empty;
        private string _backendIdText = string.Empty;
        private string _frontPerms = string.Empty;
        private string _backPerms = string.Empty;

        public ConsoleNodes(ChannelOptions options, int consoles)
        {
            _guest = Number(options.GuestDomid);
            _privateNodes = options.Version.WritesLibxlPrivateNodes;
            Nodes = new List<XenstoreNode>(consoles * MaxNodesPerConsole);
        }

        public List<XenstoreNode> Nodes { get; }

        public void Add(ChannelConsole console)
        {
            var channel = console.Channel;
            if (channel.BackendDomid != _backend || _frontPerms.Length == 0)
            {
                _backend = channel.BackendDomid;
                _backendText = Number(_backend);
                _backendIdText = SignedNumber(_backend);
                _frontPerms = string.Concat("n", _guest, ",r", _backendText);
                _backPerms = string.Concat("n", _backendText, ",r", _guest);
            }

            string fe = FrontendPath(_guest, console.ConsoleDevid);
            string be = BackendPath(_backendText, _guest, console.ConsoleDevid);
            string frontPerms = _frontPerms;
            string backPerms = _backPerms;
            bool socket = channel.Connection == ChannelConnection.Socket;
            string connection = socket ? ChannelConnectionName.Socket : ChannelConnectionName.Pty;
            string output = socket ? "chardev:" + console.ChardevId : "pty";
            string? libxl = null;

            if (_privateNodes)
            {
                libxl = string.Concat("/libxl/", _guest, "/device/console/", Number(console.ConsoleDevid));
                Node(libxl, XenstoreKey.Frontend, fe, "n0", false);
                Node(libxl, XenstoreKey.Backend, be, "n0", false);
            }

            Nodes.Add(new(fe, XenstoreKey.None, string.Empty, frontPerms, true));
            Node(fe, XenstoreKey.Backend, be, frontPerms, false);
            Node(fe, XenstoreKey.BackendId, _backendIdText, frontPerms, true);
            Node(fe, XenstoreKey.State, StateInitialising, frontPerms, true);
            Node(fe, XenstoreKey.Protocol, ConsoleProtocol, frontPerms, true);
            if (channel.Name is not null)
            {
                Node(fe, XenstoreKey.Name, channel.Name, backPerms, true);
            }

            Node(fe, XenstoreKey.Limit, ConsoleLimit, backPerms, true);
            Node(fe, XenstoreKey.Type, "ioemu", backPerms, true);
            Node(fe, XenstoreKey.Output, output, backPerms, true);
            Node(fe, XenstoreKey.Tty, string.Empty, backPerms, true);

            Nodes.Add(new(be, XenstoreKey.None, string.Empty, backPerms, true));
            Node(be, XenstoreKey.Frontend, fe, backPerms, false);
            BackendKeys(be, backPerms, channel, connection);
            if (libxl is not null)
            {
                BackendKeys(libxl, "n0", channel, connection);
            }
        }

        /// <summary>The backend keys, in the order libxl appends them; also written to libxl's private copy.</summary>
        private void BackendKeys(string directory, string perms, DeviceChannel channel, string connection)
        {
            Node(directory, XenstoreKey.FrontendId, _guest, perms, false);
            Node(directory, XenstoreKey.Online, "1", perms, false);
            Node(directory, XenstoreKey.State, StateInitialising, perms, false);
            Node(directory, XenstoreKey.Protocol, ConsoleProtocol, perms, false);
            if (channel.Name is not null && _privateNodes)
            {
                Node(directory, XenstoreKey.Name, channel.Name, perms, false);
            }

            Node(directory, XenstoreKey.Connection, connection, perms, false);
            if (channel.Path is not null)
            {
                Node(directory, XenstoreKey.Path, channel.Path, perms, false);
            }
        }

        private void Node(string directory, XenstoreKey key, string value, string perms, bool isExplicit) =>
            Nodes.Add(new(directory, key, value, perms, isExplicit));
    }
}
