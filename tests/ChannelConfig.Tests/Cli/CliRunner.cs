using ChannelConfig.Cli;

namespace ChannelConfig.Tests.Cli;

/// <summary>Runs xlchan in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exit = XlchanApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static string TempFile(string content, string name = "vm.cfg")
    {
        string dir = Directory.CreateTempSubdirectory("xlchan-test-").FullName;
        string path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }
}
