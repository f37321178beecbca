namespace ChannelConfig.Tests.RealComponents.Xen;

/// <summary>The generated configurations both fixed checks use.</summary>
internal static class XenCases
{
    /// <summary>Names and paths with what tends to break outputs: blanks, quotes, $, =, backslashes, control characters, UTF-8.</summary>
    private static readonly IReadOnlyList<byte[]> Hostile =
    [
        XenCase.Pty("org.example.placeholder"),
        XenCase.Socket("org.example.with blanks", "/run/xen/with blanks/a b.sock"),
        XenCase.Pty("quote\"s and 'single' quotes"),
        XenCase.Socket("dollar$x$(id)`id`", "/run/$HOME/$(id).sock"),
        XenCase.Pty("a=b=c"),
        XenCase.Socket("utf-8 \u00e9 \u20ac \U0001F600", "/run/xen/\u00fcber.sock"),
        XenCase.Pty("tab\there"),
    ];

    /// <summary>Backslashes, which xenstore-write unescapes (<c>\n \t \\ \xNN \NNN</c>).</summary>
    private static readonly IReadOnlyList<byte[]> Backslashes =
    [
        XenCase.Pty("org.example.placeholder"),
        XenCase.Socket("back\\slash\\n\\t\\\\\\x41\\101", "/run/xen/back\\slash.sock"),
    ];

    public static IReadOnlyList<XenCase> All { get; } =
    [
        new("one-socket", XenCase.Mixed(1), []),
        new("two-mixed", XenCase.Mixed(2), []),
        new("thirty", XenCase.Mixed(30), []),
        new("thirty-one", XenCase.Mixed(31), []),
        new("hundred", XenCase.Mixed(100), []),
        new("hostile", Hostile, []),
        new("hostile-4.17", Hostile, ["--xen", "4.17"]),
        new("hostile-4.15", Hostile, ["--xen", "4.15"]),
        new("hostile-4.6", Hostile, ["--xen", "4.6"]),
        new("backslashes", Backslashes, []),
        new("backslashes-4.17", Backslashes, ["--xen", "4.17"]),
        new("guest-domid-7", XenCase.Mixed(3), ["--domid", "7"]),
        new("backend-numeric", [XenCase.Pty("org.example.a"), XenCase.Pty("org.example.b", backend: "7")], []),
        new("backend-named", [XenCase.Pty("org.example.a", backend: "drv")], ["--domain", "drv=5"]),
        new("backend-domid-2-31", [XenCase.Pty("org.example.a", backend: "big")], ["--domain", "big=2147483648"]),
        new("backend-domid-2-32-1", [XenCase.Pty("org.example.a", backend: "big")], ["--domain", "big=4294967295"]),
        new("no-channels", [], []),
    ];

    public static XenCase Get(string id) => All.Single(c => c.Id == id);

    public static TheoryData<string> Ids(Func<XenCase, bool> where)
    {
        var data = new TheoryData<string>();
        foreach (var c in All.Where(where))
        {
            data.Add(c.Id);
        }

        return data;
    }
}
