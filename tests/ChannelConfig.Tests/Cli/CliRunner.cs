using ChannelConfig.Cli;

namespace ChannelConfig.Tests.Cli;

/// <summary>
/// Runs xlchan in-process and captures what it prints; when <c>XLCHAN_EXECUTABLE</c> names another
/// build (the native one), runs that as a process in the working directory instead.
/// </summary>
internal static class CliRunner
{
    public static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        if (EndToEnd.XlchanProcess.Executable is not null)
        {
            return EndToEnd.XlchanProcess.Run(Environment.CurrentDirectory, args);
        }

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exit = XlchanApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs xlchan with <paramref name="stdin"/> as its standard input.</summary>
    public static (int Exit, string Stdout, string Stderr) RunWithStdin(string stdin, params string[] args)
    {
        if (EndToEnd.XlchanProcess.Executable is not null)
        {
            return EndToEnd.XlchanProcess.RunWith(Environment.CurrentDirectory, stdin, null, args);
        }

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exit = XlchanApp.Run(args, stdout, stderr, () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(stdin)));
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
