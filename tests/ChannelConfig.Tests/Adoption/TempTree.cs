namespace ChannelConfig.Tests.Adoption;

/// <summary>A directory tree made for one test from (relative path, content) pairs.</summary>
internal static class TempTree
{
    public static string Create(params (string Path, string Content)[] files)
    {
        string root = Directory.CreateTempSubdirectory("xlchan-tree-").FullName;
        foreach (var (path, content) in files)
        {
            string full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
        }

        return root;
    }

    public const string Clean = "name = \"vm\"\nchannel = [ \"connection=pty, name=org.example.agent.0\" ]\n";

    /// <summary>Info XLC0121 (a well-known channel name) and nothing else.</summary>
    public const string WellKnown = "name = \"vm\"\nchannel = [ \"connection=pty, name=org.qemu.guest_agent.0\" ]\n";

    /// <summary>Error XLC0107 (upper-case connection) on line 1.</summary>
    public const string Broken = "channel = [ \"connection=PTY, name=org.example.agent.0\" ]\n";
}
