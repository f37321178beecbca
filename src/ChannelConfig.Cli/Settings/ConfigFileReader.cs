using System.Globalization;
using ChannelConfig.Rules;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace ChannelConfig.Cli.Settings;

/// <summary>
/// Reads <c>.xlchan.toml</c> with Tomlyn's syntax tree, so that every problem (TOML syntax, an
/// unknown key, a value of the wrong kind, a code that does not exist) is reported with its line
/// and column, and a near miss with a suggestion.
/// </summary>
internal static class ConfigFileReader
{
    private static readonly string[] TopLevelKeys = ["xen", "include", "exclude", "docs-url"];
    private static readonly string[] Tables = ["rules", "domains"];

    /// <summary>The highest domain id a domain can have (<c>DOMID_FIRST_RESERVED - 1</c>).</summary>
    private const uint MaxDomid = 32751;

    /// <summary>Reads a configuration file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="config">The settings, when the file is valid.</param>
    /// <param name="errors">Every problem, as <c>PATH:LINE:COL: message</c>.</param>
    /// <returns>True when the file could be read and is valid.</returns>
    public static bool TryRead(string path, out ConfigFile config, out List<string> errors)
    {
        config = null!;
        errors = [];
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add($"{path}: cannot read the configuration file: {(e is UnauthorizedAccessException ? "permission denied" : e.Message)}");
            return false;
        }

        return TryParse(path, text, out config, out errors);
    }

    /// <summary>Parses a configuration file's text.</summary>
    /// <param name="path">The file's path (for messages, and the base of its patterns).</param>
    /// <param name="text">Its text.</param>
    /// <param name="config">The settings, when valid.</param>
    /// <param name="errors">Every problem, as <c>PATH:LINE:COL: message</c>.</param>
    /// <returns>True when valid.</returns>
    public static bool TryParse(string path, string text, out ConfigFile config, out List<string> errors)
    {
        config = null!;
        var problems = new List<string>();
        errors = problems;
        var document = SyntaxParser.Parse(text, path, validate: true);
        foreach (var message in document.Diagnostics)
        {
            problems.Add($"{At(path, message.Span)}: {message.Message}");
        }

        if (document.HasErrors)
        {
            return false;
        }

        void Fail(SyntaxNode node, string message) => problems.Add($"{At(path, node.Span)}: {message}");

        string? xen = null, docsUrl = null;
        IReadOnlyList<string>? include = null, exclude = null;
        foreach (var pair in document.KeyValues)
        {
            string? key = SimpleKey(pair.Key);
            switch (key)
            {
                case "xen":
                    xen = ReadXen(pair, Fail);
                    break;
                case "include":
                    include = ReadPatterns(pair, Fail);
                    break;
                case "exclude":
                    exclude = ReadPatterns(pair, Fail);
                    break;
                case "docs-url":
                    docsUrl = ReadDocsUrl(pair, Fail);
                    break;
                default:
                    Fail(pair.Key!, UnknownKey(key ?? pair.Key!.ToString().Trim(), Tables.Contains(key) ? $"`{key}` is a table: write it as [{key}] with one key per line" : null));
                    break;
            }
        }

        var rules = new Dictionary<string, RuleLevel>(StringComparer.Ordinal);
        var domains = new List<KeyValuePair<string, uint>>();
        foreach (var table in document.Tables)
        {
            string? name = table is TableSyntax ? SimpleKey(table.Name) : null;
            switch (name)
            {
                case "rules":
                    foreach (var pair in table.Items)
                    {
                        ReadRule(pair, rules, Fail);
                    }

                    break;
                case "domains":
                    foreach (var pair in table.Items)
                    {
                        ReadDomain(pair, domains, Fail);
                    }

                    break;
                default:
                    string shown = table.Name?.ToString().Trim() ?? string.Empty;
                    string? near = Channels.EditDistance.Closest(shown, Tables);
                    Fail(table.Name ?? (SyntaxNode)table, $"unknown table [{shown}]{(near is null ? string.Empty : $": did you mean [{near}]?")} ({ConfigFile.FileName} has the keys {string.Join(", ", TopLevelKeys)} and the tables [rules] and [domains])");
                    break;
            }
        }

        if (problems.Count > 0)
        {
            return false;
        }

        config = new ConfigFile(Path.GetFullPath(path), xen, include, exclude, rules, domains, docsUrl);
        return true;
    }

    private static string? ReadXen(KeyValueSyntax pair, Action<SyntaxNode, string> fail)
    {
        if (pair.Value is not StringValueSyntax { Value: { } text })
        {
            fail(pair.Value!, $"write the Xen release as a string, such as xen = \"4.17\" (it is {Describe(pair.Value)})");
            return null;
        }

        if (!XenReleases.TryParse(text, out _))
        {
            fail(pair.Value!, XenReleases.Unknown($"xen = \"{text}\""));
            return null;
        }

        return text;
    }

    private static List<string>? ReadPatterns(KeyValueSyntax pair, Action<SyntaxNode, string> fail)
    {
        string key = SimpleKey(pair.Key)!;
        if (pair.Value is not ArraySyntax array)
        {
            fail(pair.Value!, $"write {key} as a list of patterns, such as {key} = [\"*.cfg\"] (it is {Describe(pair.Value)})");
            return null;
        }

        var patterns = new List<string>();
        foreach (var item in array.Items)
        {
            if (item.Value is StringValueSyntax { Value: { Length: > 0 } pattern } && pattern.Trim().Length > 0)
            {
                patterns.Add(pattern);
            }
            else
            {
                fail(item.Value!, $"each {key} pattern must be a non-empty string, such as \"*.cfg\" or \"vendor/**\" (this one is {Describe(item.Value)})");
            }
        }

        return patterns;
    }

    private static string? ReadDocsUrl(KeyValueSyntax pair, Action<SyntaxNode, string> fail)
    {
        if (pair.Value is StringValueSyntax { Value: { } text } && DocsUrl.IsAbsolute(text))
        {
            return text;
        }

        fail(pair.Value!, $"docs-url must be an absolute http or https URL, such as \"https://example.org/xl-channel.html\" (SARIF needs absolute links); it is {Describe(pair.Value)}");
        return null;
    }

    private static void ReadRule(KeyValueSyntax pair, Dictionary<string, RuleLevel> rules, Action<SyntaxNode, string> fail)
    {
        string code = SimpleKey(pair.Key) ?? pair.Key!.ToString().Trim();
        if (RuleConfiguration.CheckCode(code) is { } problem)
        {
            fail(pair.Key!, problem);
            return;
        }

        if (pair.Value is not StringValueSyntax { Value: { } text } || !RuleConfiguration.TryParseLevel(text, out var level))
        {
            string shown = pair.Value is StringValueSyntax s ? $"\"{s.Value}\"" : Describe(pair.Value);
            string near = pair.Value is StringValueSyntax { Value: { } v } && Channels.EditDistance.Closest(v, ["off", "info", "warning", "error"]) is { } n ? $": did you mean \"{n}\"?" : string.Empty;
            fail(pair.Value!, $"{code} = {shown}: not a level{near} (write \"off\", \"info\", \"warning\" or \"error\")");
            return;
        }

        rules[code.ToUpperInvariant()] = level;
    }

    private static void ReadDomain(KeyValueSyntax pair, List<KeyValuePair<string, uint>> domains, Action<SyntaxNode, string> fail)
    {
        string name = SimpleKey(pair.Key) ?? pair.Key!.ToString().Trim();
        if (pair.Value is IntegerValueSyntax integer && integer.Value is >= 0 and <= MaxDomid)
        {
            domains.Add(new(name, (uint)integer.Value));
            return;
        }

        fail(pair.Value!, $"domain {name}: write its domain id, a number from 0 to {MaxDomid.ToString(CultureInfo.InvariantCulture)}, such as {name} = 5 (it is {Describe(pair.Value)})");
    }

    private static string UnknownKey(string key, string? hint)
    {
        string? near = Channels.EditDistance.Closest(key, [.. TopLevelKeys, .. Tables]);
        string suggestion = hint ?? (near is null ? string.Empty : $"did you mean `{near}`? ");
        return $"unknown key `{key}`: {suggestion}({ConfigFile.FileName} has the keys {string.Join(", ", TopLevelKeys)} and the tables [rules] and [domains])";
    }

    /// <summary>The text of a key without dots, or null for a dotted key.</summary>
    private static string? SimpleKey(KeySyntax? key) =>
        key is { DotKeys.ChildrenCount: 0, Key: { } k } ? k switch
        {
            BareKeySyntax bare => bare.Key?.Text,
            StringValueSyntax quoted => quoted.Value,
            _ => null,
        } : null;

    private static string Describe(SyntaxNode? value) => value switch
    {
        StringValueSyntax s => $"the string \"{s.Value}\"",
        IntegerValueSyntax i => $"the number {i.Value.ToString(CultureInfo.InvariantCulture)}",
        FloatValueSyntax => "a decimal number",
        BooleanValueSyntax b => b.Value ? "true" : "false",
        ArraySyntax => "a list",
        InlineTableSyntax => "a table",
        _ => "another kind of value",
    };

    private static string At(string path, Tomlyn.Syntax.SourceSpan span) =>
        $"{path}:{span.Start.Line + 1}:{span.Start.Column + 1}";
}
