namespace ChannelConfig.Reporting;

/// <summary>What a lint run found, for its summary line.</summary>
/// <param name="Files">Files checked.</param>
/// <param name="Errors">Errors reported.</param>
/// <param name="Warnings">Warnings reported.</param>
/// <param name="Infos">Info notes reported.</param>
/// <param name="Suppressed">Findings that inline comments silenced.</param>
internal sealed record LintCounts(int Files, int Errors, int Warnings, int Infos, int Suppressed);
