using System.Text;
using ChannelConfig.Diagnostics;

namespace ChannelConfig.Reporting;

/// <summary>
/// Renders the rule catalogue for people: the long text of <c>xlchan explain</c> and the
/// diagnostics reference of docs/xl-channel.md (which a test keeps equal to this output).
/// </summary>
internal static class RuleDocumentation
{
    /// <summary>The plain-text explanation of one rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>Several lines of text, ending in a newline.</returns>
    public static string ToText(DiagnosticDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var sb = new StringBuilder();
        sb.Append(rule.Id).Append(' ').Append(rule.Name).Append(" (").Append(Diagnostic.SeverityName(rule.DefaultSeverity)).Append(")\n");
        sb.Append(rule.Title).Append("\n\n");
        sb.Append(rule.Description).Append("\n\n");
        sb.Append("What xl does: ").Append(rule.XlBehaviour).Append("\n\n");
        sb.Append("Example:\n    ").Append(rule.Example).Append("\n\n");
        sb.Append("Fix: ").Append(rule.Fix).Append('\n');
        return sb.ToString();
    }

    /// <summary>The Markdown reference of the given rules, one section each.</summary>
    /// <param name="rules">The rules, in order.</param>
    /// <returns>Markdown text.</returns>
    public static string ToMarkdown(IEnumerable<DiagnosticDescriptor> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var sb = new StringBuilder();
        sb.Append("| code | severity | rule |\n| --- | --- | --- |\n");
        var list = rules.ToList();
        foreach (var rule in list)
        {
            sb.Append("| [").Append(rule.Id).Append("](#").Append(rule.DocAnchor).Append(") | ")
              .Append(Diagnostic.SeverityName(rule.DefaultSeverity)).Append(" | ").Append(rule.Title).Append(" |\n");
        }

        foreach (var rule in list)
        {
            sb.Append("\n### ").Append(rule.Id).Append('\n');
            sb.Append("\n**").Append(rule.Title).Append("** (`").Append(rule.Name).Append("`, ")
              .Append(Diagnostic.SeverityName(rule.DefaultSeverity)).Append(")\n\n");
            sb.Append(rule.Description).Append("\n\n");
            sb.Append("- What xl does: ").Append(rule.XlBehaviour).Append('\n');
            sb.Append("- Example: `` ").Append(rule.Example).Append(" ``\n");
            sb.Append("- Fix: ").Append(rule.Fix).Append('\n');
        }

        return sb.ToString();
    }
}
