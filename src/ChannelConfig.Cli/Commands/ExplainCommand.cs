using System.CommandLine;
using ChannelConfig.Diagnostics;
using ChannelConfig.Reporting;
using ChannelConfig.Text;

namespace ChannelConfig.Cli.Commands;

/// <summary><c>xlchan explain CODE</c> and <c>xlchan explain --list</c>: the rule catalogue, from the one place docs are checked against.</summary>
internal static class ExplainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var code = new Argument<string?>("code") { Arity = ArgumentArity.ZeroOrOne, Description = "A diagnostic code, such as XLC0107." };
        var list = new Option<bool>("--list") { Description = "List every rule with its severity and title." };
        var command = new Command("explain", "Explain a diagnostic code: what it means, what xl does, an example and the fix.") { code, list };
        command.SetAction(parse =>
        {
            if (parse.GetValue(list))
            {
                foreach (var rule in DiagnosticCatalog.All)
                {
                    stdout.WriteLine($"{rule.Id}  {Diagnostic.SeverityName(rule.DefaultSeverity),-7}  {rule.Title}");
                }

                return ExitCodes.Clean;
            }

            string? id = parse.GetValue(code);
            if (id is null)
            {
                stderr.WriteLine("xlchan: explain needs a code (such as XLC0107) or --list");
                return ExitCodes.UsageOrIo;
            }

            if (!DiagnosticCatalog.TryFind(id, out var descriptor))
            {
                stderr.WriteLine(ErrorLines.Of($"{PrintableText.Of(id)}: no such diagnostic code (see 'xlchan explain --list')"));
                return ExitCodes.UsageOrIo;
            }

            stdout.Write(RuleDocumentation.ToText(descriptor));
            return ExitCodes.Clean;
        });
        return command;
    }
}
