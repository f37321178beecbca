using System.Text;
using ChannelConfig.Configuration;
using ChannelConfig.Diagnostics;
using ChannelConfig.Text;

namespace ChannelConfig.Tests;

/// <summary>Shortcuts for reading small configurations in tests.</summary>
internal static class TestConfigs
{
    /// <summary>The code of the rule a theory names with <c>nameof(DiagnosticCatalog.Rule)</c> (attributes need constants).</summary>
    public static string CodeOf(string ruleName) => DiagnosticCatalog.All.Single(r => r.Name == ruleName).Id;

    public static XlConfig Read(string text, XlReaderOptions? options = null) =>
        XlConfigReader.Read(new SourceText("t.cfg", Encoding.UTF8.GetBytes(text)), options);

    public static XlConfig Read(byte[] bytes, XlReaderOptions? options = null) =>
        XlConfigReader.Read(new SourceText("t.cfg", bytes), options);

    public static Diagnostic Single(this XlConfig config, string code) =>
        Assert.Single(config.Diagnostics, d => d.Code == code);

    public static string Codes(this XlConfig config) => string.Join(",", config.Diagnostics.Select(d => d.Code));

    public static string Value(this XlConfig config, string name) =>
        config.TryGetEffective(name, out var e) && e.Value is ChannelConfig.Syntax.XlString s ? s.Value : "<none>";
}
