namespace ChannelConfig.Tests.RealComponents.Xen;

/// <summary>
/// Debian 12's Xen 4.17 programs the checks run: the daemon and xl from xen-utils-4.17 (called by
/// their versioned path, since /usr/sbin/xl is a wrapper that asks the running hypervisor which
/// release to run), the clients from xenstore-utils, and gcc for the shim.
/// </summary>
internal static class XenPrograms
{
    public const string Directory = "/usr/lib/xen-4.17/bin";
    public const string Xenstored = Directory + "/xenstored";
    public const string Xl = Directory + "/xl";
    public const string XenPackage = "xen-utils-4.17";
    public const string StorePackage = "xenstore-utils";

    /// <summary>The programs, each with the package that installs it.</summary>
    public static readonly (string Program, string Package)[] All =
    [
        (Xenstored, XenPackage),
        (Xl, XenPackage),
        ("xenstore-write", StorePackage),
        ("xenstore-chmod", StorePackage),
        ("xenstore-rm", StorePackage),
        ("xenstore-ls", StorePackage),
        ("gcc", "gcc"),
        ("sh", "dash"),
    ];

    /// <summary>Whether every program is installed.</summary>
    public static bool AllPresent => All.All(p => RealComponent.Find(p.Program) is not null);

    /// <summary>Fails (CI) or skips (elsewhere) the calling check when a program is missing.</summary>
    public static void RequireAll()
    {
        foreach (var (program, package) in All)
        {
            RealComponent.Require(program, package);
        }
    }
}
