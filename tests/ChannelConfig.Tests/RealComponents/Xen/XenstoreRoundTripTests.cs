using System.Text;
using System.Text.Json;
using ChannelConfig.Tests.Cli;

namespace ChannelConfig.Tests.RealComponents.Xen;

/// <summary>
/// xlchan's xenstore outputs against Xen 4.17's real xenstored and xenstore-utils: the script of
/// <c>dump -f xenstore-script</c>, run with the real xenstore-write/-chmod/-rm, leaves in the store
/// exactly the nodes <c>dump -f xenstore-json</c> lists (path, value bytes, permissions), and
/// <c>dump -f xenstore</c> prints those nodes as <c>xenstore-ls -f -p</c> does.
/// </summary>
[Trait(SlowTests.Trait, SlowTests.Slow)]
[Collection(XenChecks.Name)]
public sealed class XenstoreRoundTripTests(ShimmedXenstore xen)
{
    public static TheoryData<string> Cases => XenCases.Ids(_ => true);

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_script_run_by_the_real_xenstore_write_leaves_the_json_nodes(string id)
    {
        xen.RequireRunning();
        var expected = ExpectedNodes(id, out string file);
        string script = Path.Combine(xen.Directory, id + ".sh");
        File.WriteAllText(script, Xlchan(file, XenCases.Get(id), "xenstore-script"));
        xen.Clear();
        var run = xen.Client("sh", script);
        Assert.True(run.Exit == 0, run.Describe("the xenstore script"));

        var listed = ReadStore();
        var byPath = listed.ToDictionary(n => n.Path, StringComparer.Ordinal);
        Assert.Equal(
            string.Join('\n', expected.Select(n => Describe(n.Path, n.Value, XenstoreListing.AsListed(n.Permissions)))),
            string.Join('\n', expected.Select(n => byPath.TryGetValue(n.Path, out var l) ? Describe(l.Path, l.Value, l.Permissions) : $"{n.Path} missing")));
        var extra = listed.Where(l => !expected.Any(n => n.Path == l.Path) && !expected.Any(n => n.Path.StartsWith(l.Path + "/", StringComparison.Ordinal)));
        Assert.Empty(extra.Select(l => l.Line));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_listing_is_what_the_real_xenstore_ls_prints(string id)
    {
        xen.RequireRunning();
        var expected = ExpectedNodes(id, out string file);
        xen.Clear();
        Store(expected);
        var byPath = ReadStore().ToDictionary(n => n.Path, StringComparer.Ordinal);
        string listing = Xlchan(file, XenCases.Get(id), "xenstore");
        Assert.Equal(
            string.Join('\n', expected.Select(n => byPath.TryGetValue(n.Path, out var l) ? l.Line : $"{n.Path} missing")),
            listing.TrimEnd('\n'));
    }

    private List<(string Path, byte[] Value, string Permissions, bool Explicit)> ExpectedNodes(string id, out string file)
    {
        var c = XenCases.Get(id);
        file = c.WriteTo(xen.Directory);
        using var json = JsonDocument.Parse(Xlchan(file, c, "xenstore-json"));
        var nodes = json.RootElement.EnumerateArray()
            .Select(n => (n.GetProperty("path").GetString()!, Encoding.UTF8.GetBytes(n.GetProperty("value").GetString()!), n.GetProperty("perms").GetString()!, n.GetProperty("explicit").GetBoolean()))
            .ToList();
        Assert.True(nodes.Count > 0 || c.Items.Count == 0, $"{id}: xlchan wrote no nodes");
        return nodes;
    }

    /// <summary>What xlchan prints for the file in <paramref name="format"/> (exit 1, for findings in the file, still prints).</summary>
    private static string Xlchan(string file, XenCase c, string format)
    {
        var (exit, stdout, stderr) = CliRunner.Run(["dump", "-f", format, .. c.Options, file]);
        Assert.True(exit is 0 or 1, $"xlchan dump -f {format} exited {exit}: {stderr}");
        return stdout;
    }

    /// <summary>
    /// Writes the nodes with the real clients in libxl's order, escaping each backslash as
    /// xenstore-write wants: a node whose permissions libxl sets is changed right after it is
    /// written, before its children, which take their parent's permissions when they are made.
    /// </summary>
    private void Store(List<(string Path, byte[] Value, string Permissions, bool Explicit)> nodes)
    {
        var pending = new List<string>();
        foreach (var node in nodes)
        {
            pending.Add(node.Path);
            pending.Add(Encoding.UTF8.GetString(node.Value).Replace("\\", "\\\\", StringComparison.Ordinal));
            if (node.Explicit || pending.Count >= 400)
            {
                Write(pending);
            }

            if (node.Explicit)
            {
                var chmod = xen.Client("xenstore-chmod", [node.Path, .. node.Permissions.Split(',')]);
                Assert.True(chmod.Exit == 0, chmod.Describe("xenstore-chmod " + node.Path));
            }
        }

        Write(pending);
    }

    private void Write(List<string> pathsAndValues)
    {
        if (pathsAndValues.Count > 0)
        {
            var write = xen.Client("xenstore-write", ["--", .. pathsAndValues]);
            Assert.True(write.Exit == 0, write.Describe("xenstore-write"));
            pathsAndValues.Clear();
        }
    }

    /// <summary>Every node under /local and /libxl, as the real xenstore-ls prints them.</summary>
    private List<ListedNode> ReadStore()
    {
        var nodes = new List<ListedNode>();
        foreach (string root in new[] { "/local", "/libxl" })
        {
            var ls = xen.Client("xenstore-ls", "-f", "-p", root);
            if (ls.Exit == 0)
            {
                nodes.AddRange(XenstoreListing.Parse(ls.StdoutText));
            }
        }

        return nodes;
    }

    private static string Describe(string path, byte[] value, string permissions) =>
        $"{path} = {Convert.ToHexString(value)} \"{Encoding.UTF8.GetString(value).ReplaceLineEndings("\\n")}\" ({permissions})";
}
