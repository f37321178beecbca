using System.CommandLine;
using System.Text.Json;
using ChannelConfig.Channels;
using ChannelConfig.Diagnostics;
using ChannelConfig.Reporting;
using ChannelConfig.Text;
using ChannelConfig.Validation;

namespace ChannelConfig.Cli.Commands;

/// <summary><c>xlchan lint PATH...</c>: check files, directories and standard input; report in text, JSON, SARIF or GitHub form.</summary>
internal static class LintCommand
{
    private const string DefaultDocsUri = "docs/xl-channel.md";

    public static Command Create(TextWriter stdout, TextWriter stderr, Func<Stream> stdin, bool stdoutIsTerminal)
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Files, directories (searched recursively) and - for standard input." };
        var format = new Option<string>("--format", "-f") { Description = "text (default), json, sarif or github.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "github");
        var include = new Option<string>("--include") { Description = "Which files to take from directories (a glob on the file name).", DefaultValueFactory = _ => "*.cfg" };
        var stdinName = new Option<string>("--stdin-name") { Description = "The name standard input is reported under.", DefaultValueFactory = _ => "<stdin>" };
        var werror = new Option<bool>("--werror") { Description = "Treat warnings as errors (exit 1 when there are any)." };
        var minSeverity = new Option<string>("--min-severity") { Description = "Report only diagnostics at least this severe: info, warning or error.", DefaultValueFactory = _ => "info" };
        minSeverity.AcceptOnlyFromAmong("info", "warning", "error");
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors, and no summary." };
        var noColor = new Option<bool>("--no-color") { Description = "Never colour the text output (NO_COLOR is also respected)." };
        var jobs = new Option<int>("--jobs", "-j") { Description = "How many files to lint at once (default: one per core).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var docsUri = new Option<string>("--docs-url") { Description = "The reference page SARIF rules link to.", DefaultValueFactory = _ => DefaultDocsUri };
        var channelOptions = new ChannelOptionsBinder();
        var command = new Command("lint", "Check xl.cfg files as xl reads them, and report every problem.")
        {
            paths, format, include, stdinName, werror, minSeverity, quiet, noColor, jobs, docsUri,
        };
        channelOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (!channelOptions.TryBind(parse, out var options, out string error))
            {
                stderr.WriteLine(ErrorLines.Of(error));
                return ExitCodes.UsageOrIo;
            }

            var settings = new LintSettings(
                parse.GetValue(format)!,
                ParseSeverity(parse.GetValue(minSeverity)!),
                parse.GetValue(werror),
                parse.GetValue(quiet),
                Color: stdoutIsTerminal && !parse.GetValue(noColor) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
                parse.GetValue(docsUri)!,
                Math.Max(1, parse.GetValue(jobs)));
            if (!InputCollector.TryCollect(parse.GetValue(paths)!, parse.GetValue(include)!, parse.GetValue(stdinName)!, stderr, out var inputs))
            {
                return ExitCodes.UsageOrIo;
            }

            return Run(inputs, options, settings, stdout, stderr, stdin);
        });
        return command;
    }

    private sealed record LintSettings(string Format, DiagnosticSeverity MinSeverity, bool Werror, bool Quiet, bool Color, string DocsUri, int Jobs);

    private static DiagnosticSeverity ParseSeverity(string text) => text switch
    {
        "error" => DiagnosticSeverity.Error,
        "warning" => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    private static int Run(List<LintInput> inputs, ChannelOptions options, LintSettings settings, TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
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
                results[i] = XlLinter.Lint(source, options);
            }
        });

        var minimum = settings.Quiet ? DiagnosticSeverity.Error : settings.MinSeverity;
        var reported = new List<(LintedFile File, IReadOnlyList<Diagnostic> Diagnostics)>();
        bool errors = false, warnings = false;
        for (int i = 0; i < inputs.Count; i++)
        {
            if (results[i] is not { } result)
            {
                continue;
            }

            errors |= result.HasErrors;
            warnings |= result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Warning);
            reported.Add((new LintedFile(inputs[i].Path, result), result.Diagnostics.Where(d => d.Severity >= minimum).ToList()));
        }

        Write(reported, settings, stdout);
        if (ioError)
        {
            return ExitCodes.UsageOrIo;
        }

        return errors || (settings.Werror && warnings) ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static void Write(List<(LintedFile File, IReadOnlyList<Diagnostic> Diagnostics)> reported, LintSettings settings, TextWriter stdout)
    {
        switch (settings.Format)
        {
            case "json":
                stdout.Write(Json(w => LintReportJsonWriter.Write(w, reported)));
                stdout.Write('\n');
                return;
            case "sarif":
                stdout.Write(Json(w => SarifWriter.Write(w, reported.Select(r => r.File with { Path = RelativePath(r.File.Path) }), XlchanApp.Version, settings.DocsUri)));
                stdout.Write('\n');
                return;
            case "github":
                foreach (var (file, diagnostics) in reported)
                {
                    foreach (var d in diagnostics)
                    {
                        stdout.WriteLine(GitHubAnnotationWriter.Format(RelativePath(file.Path), d));
                    }
                }

                return;
        }

        int errors = 0, warnings = 0;
        foreach (var (file, diagnostics) in reported)
        {
            foreach (var d in diagnostics)
            {
                stdout.Write(DiagnosticTextFormatter.Format(file.Path, file.Result.Config.Source, d, settings.Color));
                errors += d.Severity == DiagnosticSeverity.Error ? 1 : 0;
                warnings += d.Severity == DiagnosticSeverity.Warning ? 1 : 0;
            }
        }

        if (!settings.Quiet && reported.Count > 0)
        {
            stdout.WriteLine(DiagnosticTextFormatter.Summary(reported.Count, errors, warnings));
        }
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = PrintableJsonEncoder.Instance }))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>A path relative to the working directory when it lies below it (as code-scanning services expect).</summary>
    private static string RelativePath(string path)
    {
        if (!Path.IsPathRooted(path))
        {
            return path.Replace('\\', '/');
        }

        string relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace('\\', '/');
    }
}
