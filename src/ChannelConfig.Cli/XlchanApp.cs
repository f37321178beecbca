using System.CommandLine;
using ChannelConfig.Cli.Commands;

namespace ChannelConfig.Cli;

/// <summary>The <c>xlchan</c> command line: wires the library's readers and writers to commands.</summary>
internal static class XlchanApp
{
    /// <summary>Runs the tool.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors go.</param>
    /// <returns>The exit code: 0 clean, 1 findings, 2 usage or I/O error.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("xlchan: read Xen xl.cfg files exactly as xl does, without Xen, and report what is wrong with them.")
        {
            LintCommand.Create(stdout, stderr),
            DumpCommand.Create(stdout, stderr),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            string message = string.Join(' ', parse.Errors[0].Message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
            stderr.WriteLine($"xlchan: {message} (see 'xlchan --help')");
            return ExitCodes.UsageOrIo;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (IOException e)
        {
            stderr.WriteLine($"xlchan: {e.Message}");
            return ExitCodes.UsageOrIo;
        }
        catch (UnauthorizedAccessException e)
        {
            stderr.WriteLine($"xlchan: {e.Message}");
            return ExitCodes.UsageOrIo;
        }
    }
}
