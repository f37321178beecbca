using System.CommandLine;
using ChannelConfig.Cli.Settings;
using ChannelConfig.Diagnostics;
using ChannelConfig.Reporting;
using ChannelConfig.Rules;
using ChannelConfig.Text;
using ChannelConfig.Validation;

namespace ChannelConfig.Cli.Commands;

/// <summary><c>xlchan lint PATH...</c>: check files, directories and standard input; report in text, JSON, SARIF or GitHub form.</summary>
internal static class LintCommand
{
    /// <summary>The environment variable that sets the Xen release when <c>--xen</c> is not given.</summary>
    public const string XenVariable = "XLCHAN_XEN";

    public static Command Create(TextWriter stdout, TextWriter stderr, Func<Stream> stdin, bool stdoutIsTerminal)
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Files, directories (searched recursively) and - for standard input." };
        var format = new Option<string>("--format", "-f") { Description = "The output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "github");
        var include = new Option<string[]>("--include") { Description = $"Which files to take from directories: a .gitignore-style pattern (repeatable; replaces the defaults, {string.Join(" ", LintProfile.DefaultInclude)}, and {ConfigFile.FileName}'s include)." };
        var exclude = new Option<string[]>("--exclude") { Description = "Files or directories to leave out of the search: a .gitignore-style pattern relative to the working directory (repeatable; added to the configuration file's)." };
        var select = new Option<string[]>("--select") { Description = "Report only these codes: codes or prefixes, comma-separated (repeatable), such as XLC01 or XLC0107,XLC0114." };
        var ignore = new Option<string[]>("--ignore") { Description = "Do not report these codes: codes or prefixes, comma-separated (repeatable)." };
        var config = new Option<string?>("--config") { Description = $"Use this configuration file instead of the nearest {ConfigFile.FileName} above each file." };
        var noConfig = new Option<bool>("--no-config") { Description = $"Ignore every {ConfigFile.FileName}." };
        var forceExclude = new Option<bool>("--force-exclude") { Description = "Apply the exclude patterns and .gitignore to files named on the command line too, as for files found in directories (for pre-commit, which names every file)." };
        var stdinName = new Option<string>("--stdin-name") { Description = "The name standard input is reported under.", DefaultValueFactory = _ => "<stdin>" };
        var werror = new Option<bool>("--werror") { Description = "Treat warnings as errors (exit 1 when there are any)." };
        var minSeverity = new Option<string>("--min-severity") { Description = "Report only diagnostics at least this severe: info, warning or error.", DefaultValueFactory = _ => "info" };
        minSeverity.AcceptOnlyFromAmong("info", "warning", "error");
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors, and no summary." };
        var color = new Option<string>("--color") { Description = "Colour the text output: auto colours it on a terminal unless NO_COLOR is set.", DefaultValueFactory = _ => "auto" };
        color.AcceptOnlyFromAmong("auto", "always", "never");
        var noColor = new Option<bool>("--no-color") { Description = "The same as --color never." };
        var jobs = NumberOptions.InRange("--jobs", 1, 1024, "the number of files linted at once", null, "How many files to lint at once (1 to 1024; without it, one per core).", null, "-j");
        var docsUri = new Option<string?>("--docs-url") { Description = $"The absolute URL of the rules' reference page, for SARIF's links (also docs-url in {ConfigFile.FileName}); without one, SARIF carries the rules' help text only." };
        var channelOptions = new ChannelOptionsBinder();
        var command = new Command("lint", "Check xl.cfg files as xl reads them, and report every problem.")
        {
            paths, format, include, exclude, select, ignore, config, noConfig, forceExclude, stdinName, werror, minSeverity, quiet, color, noColor, jobs, docsUri,
        };
        channelOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (!channelOptions.TryBind(parse, out var options, out string error)
                || !TryXen(parse, channelOptions, out string? xen, out string xenOrigin, out error)
                || !TryCodes(parse.GetValue(select), "--select", out var selected, out error)
                || !TryCodes(parse.GetValue(ignore), "--ignore", out var ignored, out error)
                || !TryDocsUrl(parse.GetValue(docsUri), out error))
            {
                stderr.WriteLine(ErrorLines.Of(error));
                return ExitCodes.UsageOrIo;
            }

            if (parse.GetValue(config) is not null && parse.GetValue(noConfig))
            {
                stderr.WriteLine("xlchan: --config and --no-config contradict each other: give one");
                return ExitCodes.UsageOrIo;
            }

            var commandLine = new LintCommandLine(
                xen, xenOrigin, [.. options.Domains.Domains], options.GuestDomid, selected, ignored,
                parse.GetValue(include) is { Length: > 0 } inc ? inc : null, parse.GetValue(exclude) ?? [],
                parse.GetValue(config), parse.GetValue(noConfig));
            if (!ProfileResolver.TryCreate(commandLine, out var profiles))
            {
                return ConfigErrors(profiles, stderr);
            }

            var discovery = new FileDiscovery(profiles, stderr, parse.GetValue(forceExclude));
            foreach (string path in parse.GetValue(paths)!)
            {
                discovery.Add(path, parse.GetValue(stdinName)!);
            }

            if (profiles.Errors.Count > 0)
            {
                return ConfigErrors(profiles, stderr);
            }

            var settings = new LintSettings(
                parse.GetValue(format)!,
                ParseSeverity(parse.GetValue(minSeverity)!),
                parse.GetValue(werror),
                parse.GetValue(quiet),
                Color: UseColor(parse.GetValue(noColor) ? "never" : parse.GetValue(color)!, stdoutIsTerminal),
                parse.GetValue(docsUri) ?? profiles.FilesUsed.Select(f => f.DocsUrl).FirstOrDefault(u => u is not null),
                parse.GetValue(jobs) is > 0 and int n ? n : Environment.ProcessorCount);
            int exit = Run(discovery.Inputs, settings, stdout, stderr, stdin);
            return discovery.Failed ? ExitCodes.UsageOrIo : exit;
        });
        return command;
    }

    private sealed record LintSettings(string Format, DiagnosticSeverity MinSeverity, bool Werror, bool Quiet, bool Color, string? DocsUri, int Jobs);

    private static bool UseColor(string mode, bool stdoutIsTerminal) => mode switch
    {
        "always" => true,
        "never" => false,
        _ => stdoutIsTerminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
    };

    private static int ConfigErrors(ProfileResolver profiles, TextWriter stderr)
    {
        foreach (string error in profiles.Errors)
        {
            stderr.WriteLine(ErrorLines.Of(error));
        }

        return ExitCodes.UsageOrIo;
    }

    /// <summary>The release from <c>--xen</c> when given, else from <c>XLCHAN_XEN</c>, else null (the configuration file's, or the newest).</summary>
    private static bool TryXen(ParseResult parse, ChannelOptionsBinder binder, out string? xen, out string origin, out string error)
    {
        error = string.Empty;
        origin = "--xen";
        xen = parse.GetResult(binder.Xen) is { Implicit: false } ? parse.GetValue(binder.Xen) : null;
        if (xen is not null)
        {
            return true;
        }

        string? variable = Environment.GetEnvironmentVariable(XenVariable);
        if (string.IsNullOrEmpty(variable))
        {
            return true;
        }

        origin = XenVariable;
        if (!XenReleases.TryParse(variable, out _))
        {
            error = XenReleases.Unknown($"{XenVariable}={variable}");
            return false;
        }

        xen = variable;
        return true;
    }

    private static bool TryCodes(string[]? values, string option, out List<string> codes, out string error)
    {
        codes = [];
        error = string.Empty;
        foreach (string value in values ?? [])
        {
            foreach (string code in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (RuleConfiguration.CheckPrefix(code) is { } problem)
                {
                    error = $"{option} {code}: {problem}";
                    return false;
                }

                codes.Add(code.ToUpperInvariant());
            }
        }

        return true;
    }

    private static bool TryDocsUrl(string? url, out string error)
    {
        error = url is null || DocsUrl.IsAbsolute(url) ? string.Empty : $"--docs-url {url}: not an absolute http or https URL (SARIF needs absolute links), such as https://example.org/xl-channel.html";
        return error.Length == 0;
    }

    private static DiagnosticSeverity ParseSeverity(string text) => text switch
    {
        "error" => DiagnosticSeverity.Error,
        "warning" => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    private static int Run(List<LintInput> inputs, LintSettings settings, TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        // Read every input first (standard input once), then lint in parallel; report in input order.
        var sources = new SourceText?[inputs.Count];
        bool ioError = false;
        for (int i = 0; i < inputs.Count; i++)
        {
            if (inputs[i].FromStdin)
            {
                if (InputFile.TryReadAll(stdin(), out byte[] bytes))
                {
                    sources[i] = new SourceText(inputs[i].Path, bytes);
                }
                else
                {
                    stderr.WriteLine(ErrorLines.ForFile(inputs[i].Path, InputFile.TooLarge));
                    ioError = true;
                }
            }
            else if (InputFile.TryRead(inputs[i].Path, stderr, out var source))
            {
                sources[i] = source;
            }
            else
            {
                ioError = true;
            }
        }

        var results = new LintResult?[inputs.Count];
        Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = settings.Jobs }, i =>
        {
            if (sources[i] is { } source)
            {
                results[i] = Lint(source, inputs[i]);
            }
        });

        var minimum = settings.Quiet ? DiagnosticSeverity.Error : settings.MinSeverity;
        var reported = new List<LintedFile>();
        bool errors = false, warnings = false;
        for (int i = 0; i < inputs.Count; i++)
        {
            if (results[i] is not { } result)
            {
                continue;
            }

            errors |= result.HasErrors;
            warnings |= result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Warning);
            reported.Add(new LintedFile(inputs[i].Path, result) { XenRelease = inputs[i].Profile.XenLabel });
        }

        Write(reported, minimum, settings, stdout);
        if (ioError)
        {
            return ExitCodes.UsageOrIo;
        }

        return errors || (settings.Werror && warnings) ? ExitCodes.Findings : ExitCodes.Clean;
    }

    /// <summary>Lints one input with its profile; a file found in a directory that is plainly another format gets one note instead of its syntax errors.</summary>
    private static LintResult Lint(SourceText source, LintInput input)
    {
        var profile = input.Profile;
        var result = XlLinter.Lint(source, profile.ChannelOptions, rules: profile.Rules);
        if (input.Discovered && ForeignFormat.Detect(result.Config) is { } note)
        {
            var severity = profile.Rules.Effective(note.Descriptor, note.Severity);
            result = result with { Diagnostics = severity is { } s ? [note.WithSeverity(s)] : [], Suppressed = [] };
        }

        return result;
    }

    private static void Write(List<LintedFile> reported, DiagnosticSeverity minimum, LintSettings settings, TextWriter stdout)
    {
        switch (settings.Format)
        {
            case "json":
                LintReport.WriteJson(stdout, reported, minimum);
                return;
            case "sarif":
                LintReport.WriteSarif(stdout, reported, XlchanApp.Version, settings.DocsUri, Environment.CurrentDirectory);
                return;
            case "github":
                LintReport.WriteGitHub(stdout, reported, minimum, Environment.CurrentDirectory);
                return;
            default:
                LintReport.WriteText(stdout, reported, minimum, settings.Color, summary: !settings.Quiet);
                return;
        }
    }
}
