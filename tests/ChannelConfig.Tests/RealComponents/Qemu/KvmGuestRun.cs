using System.Globalization;
using System.Text;

namespace ChannelConfig.Tests.RealComponents.Qemu;

/// <summary>A virtio-serial port as the booted guest saw it.</summary>
/// <param name="Device">Its device, such as vport0p1.</param>
/// <param name="Name">Its name (sysfs <c>name</c>, without the newline the kernel adds).</param>
/// <param name="Received">The line the guest read from it, or null if it read none.</param>
internal sealed record GuestPort(string Device, string Name, string? Received);

/// <summary>What one boot of the guest showed.</summary>
/// <param name="Exit">QEMU's exit code.</param>
/// <param name="Ports">The guest's ports, in its order.</param>
/// <param name="Done">Whether the guest's /init got to its end.</param>
/// <param name="FromGuest">Per channel of the configuration (by index), the line the host read from it; missing when none came.</param>
/// <param name="HostErrors">What went wrong on the host's side of the channels.</param>
/// <param name="Transcript">QEMU's standard output (the serial console) and error, for failure messages.</param>
/// <param name="Elapsed">From QEMU's start to its end.</param>
internal sealed record KvmGuestRun(
    int Exit,
    IReadOnlyList<GuestPort> Ports,
    bool Done,
    IReadOnlyDictionary<int, string> FromGuest,
    IReadOnlyList<string> HostErrors,
    string Transcript,
    TimeSpan Elapsed)
{
    /// <summary>The line the host sends over the channel at <paramref name="index"/>.</summary>
    public static string HostLine(int index) => string.Create(CultureInfo.InvariantCulture, $"host-to-guest {index}");

    /// <summary>The line the guest sends over its port <paramref name="device"/>.</summary>
    public static string GuestLine(string device) => "guest-to-host " + device;

    /// <summary>Reads the guest's XLCHAN- lines from the serial console.</summary>
    public static (IReadOnlyList<GuestPort> Ports, bool Done) ParseConsole(IEnumerable<string> console)
    {
        var names = new List<(string Device, string Name)>();
        var received = new Dictionary<string, string>(StringComparer.Ordinal);
        bool done = false;
        foreach (string raw in console)
        {
            // The firmware's terminal escapes may stand before a line of the guest's.
            int marker = raw.IndexOf("XLCHAN-", StringComparison.Ordinal);
            if (marker < 0)
            {
                continue;
            }

            string line = raw[marker..].Trim();
            string[] words = line.Split(' ');
            switch (words[0])
            {
                case "XLCHAN-PORT" when words.Length is 2 or 3:
                    string name = words.Length == 3 ? FromHex(words[2]) : string.Empty;
                    names.Add((words[1], name.EndsWith('\n') ? name[..^1] : name));
                    break;
                case "XLCHAN-READ" when words.Length is 2 or 3:
                    received[words[1]] = words.Length == 3 ? FromHex(words[2]) : string.Empty;
                    break;
                case "XLCHAN-DONE":
                    done = true;
                    break;
            }
        }

        return ([.. names.Select(n => new GuestPort(n.Device, n.Name, received.GetValueOrDefault(n.Device)))], done);
    }

    private static string FromHex(string hex) => Encoding.UTF8.GetString(Convert.FromHexString(hex));
}
