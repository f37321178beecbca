using System.CommandLine;
using System.CommandLine.Help;
using System.Reflection;
using ChannelConfig.Cli.Commands;

namespace ChannelConfig.Cli;

/// <summary>The <c>xlchan</c> command line: wires the library's readers and writers to commands.</summary>
internal static class XlchanApp
{
    private const string Description =
        "xlchan: read Xen xl.cfg files exactly as xl does, without Xen, and report what is wrong with them.\n\n"
        + "Examples:\n"
        + "  xlchan lint vm.cfg                      check one file\n"
        + "  xlchan lint --format sarif configs/     check a tree, for code scanning\n"
        + "  xlchan lint --xen 4.20.0 vm.cfg         as Xen 4.20.0 would read it\n"
        + "  xlchan dump --format xenstore vm.cfg    the xenstore nodes libxl would write\n"
        + "  xlchan explain XLC0107                  what a diagnostic means and how to fix it\n"
        + "  xlchan fix --in-place vm.cfg            apply the fixes lint offers\n"
        + "  xlchan import-libvirt domain.xml        the channel line for a libvirt domain's channels\n"
        + "  xlchan channel add vm.cfg --name org.example.agent.0 --connection socket --path /run/xen/vm-agent.sock\n\n"
        + "Exit status: 0 no errors, 1 errors found (or warnings with --werror), 2 usage or I/O error.";

    /// <summary>The tool's version.</summary>
    public static string Version { get; } =
        typeof(XlchanApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>
    /// The width help is wrapped to: the terminal's, or when help goes to a file or a pipe (where
    /// .NET reports no width and every description would be one line), <c>COLUMNS</c> or 80.
    /// </summary>
    internal static int HelpWidth(bool stdoutIsTerminal)
    {
        if (stdoutIsTerminal)
        {
            try
            {
                if (Console.WindowWidth >= 40)
                {
                    return Console.WindowWidth;
                }
            }
            catch (IOException)
            {
                // No terminal after all: fall through to COLUMNS.
            }
        }

        return int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int columns) && columns is >= 40 and <= 1000
            ? columns
            : 80;
    }

    /// <summary>Runs the tool.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors go.</param>
    /// <param name="stdin">Opens standard input (for <c>-</c>).</param>
    /// <param name="stdoutIsTerminal">True when standard output is a terminal: colour is allowed, and a diff or fixed file is shown with unsafe characters escaped instead of raw.</param>
    /// <returns>The exit code: 0 clean, 1 findings, 2 usage or I/O error.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream>? stdin = null, bool stdoutIsTerminal = false)
    {
        stdin ??= Console.OpenStandardInput;
        stderr = new PrintableTextWriter(stderr);

        // Diffs and fixed files carry a file's own bytes: exact for patch, escaped for a terminal.
        var editOutput = stdoutIsTerminal ? new TerminalWriter(stdout) : stdout;
        var root = new RootCommand(Description)
        {
            LintCommand.Create(stdout, stderr, stdin, stdoutIsTerminal),
            DumpCommand.Create(stdout, stderr, stdin),
            ExplainCommand.Create(stdout, stderr),
            ChannelCommand.Create(editOutput, stderr, stdin),
            FixCommand.Create(editOutput, stderr, stdin),
            ImportLibvirtCommand.Create(stdout, stderr, stdin),
        };

        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Action = new HelpAction { MaxWidth = HelpWidth(stdoutIsTerminal) };
        }

        var parse = root.Parse(args);
        if (CommandLineChecks.Check(root, parse, args) is { } problem)
        {
            stderr.WriteLine(ErrorLines.Of(problem));
            return ExitCodes.UsageOrIo;
        }

        if (parse.Errors.Count > 0)
        {
            string message = string.Join(' ', parse.Errors[0].Message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
            stderr.WriteLine(ErrorLines.Of($"{message} (see 'xlchan --help')"));
            return ExitCodes.UsageOrIo;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (IOException e)
        {
            stderr.WriteLine(ErrorLines.Of(e.Message));
            return ExitCodes.UsageOrIo;
        }
        catch (UnauthorizedAccessException e)
        {
            stderr.WriteLine(ErrorLines.Of(e.Message));
            return ExitCodes.UsageOrIo;
        }
        catch (Exception e) when (e is OutOfMemoryException || (e is AggregateException all && all.Flatten().InnerExceptions.All(inner => inner is OutOfMemoryException)))
        {
            // A managed allocation the runtime refused (a machine with less memory than about eight
            // times the input; lint reads files in parallel, so its refusal arrives wrapped in an
            // AggregateException): an output file is left as it was.
            stderr.WriteLine("xlchan: out of memory: the input is too large for this output (a file named by -o or --in-place is left as it was; standard output may hold part of it); split the file or choose a smaller output format");
            return ExitCodes.UsageOrIo;
        }
    }
}
