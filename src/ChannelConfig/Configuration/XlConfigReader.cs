using System.Text;
using System.Text.Unicode;
using ChannelConfig.Diagnostics;
using ChannelConfig.Parsing;
using ChannelConfig.Syntax;
using ChannelConfig.Text;

namespace ChannelConfig.Configuration;

/// <summary>
/// Reads xl.cfg files exactly as xl does (libxlu), and reports every problem with its position.
/// </summary>
/// <remarks>
/// Reading never throws for any content: every problem becomes a diagnostic, and the result
/// always carries xl's verdict. The reader is stateless and thread-safe.
/// </remarks>
internal static class XlConfigReader
{
    /// <summary>Reads a configuration from its bytes.</summary>
    /// <param name="source">The file's name and bytes.</param>
    /// <param name="options">Reader options, or null for the defaults.</param>
    /// <returns>The configuration: settings, effective values, diagnostics and xl's verdict.</returns>
    public static XlConfig Read(SourceText source, XlReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= XlReaderOptions.Default;
        var reporter = new SyntaxReporter(source, options.MaxDiagnostics);
        int expected = ExpectedSettings(source.Bytes.Span);
        var store = new XlSettingStore(source.Bytes, expected);
        var table = new XlSyntaxTable(source, store, expected);
        store.Attach(table);
        var parser = new XlParser(source.Bytes, reporter, store, table, Math.Max(1, options.MaxDepth));
        parser.ParseFile();
        table.Seal();
        store.Seal();
        reporter.Finish();
        ReportInvalidUtf8(source, reporter.Diagnostics);

        var xen = reporter.Xen;
        var (report, stderr) = xen.Finish();
        var verdict = xen.Crashed ? XlVerdict.Crash : xen.Err ? XlVerdict.Rejected : XlVerdict.Accepted;
        return new XlConfig(source, table, store, reporter.Diagnostics.ToSortedArray(), verdict, report, stderr);
    }

    /// <summary>Reads a configuration held in a .NET string (encoded as UTF-8).</summary>
    /// <param name="text">The file's content.</param>
    /// <param name="name">The name used in messages.</param>
    /// <param name="options">Reader options, or null for the defaults.</param>
    /// <returns>The configuration.</returns>
    public static XlConfig Parse(string text, string name = "xl.cfg", XlReaderOptions? options = null) =>
        Read(SourceText.FromString(name, text), options);

    /// <summary>Reads a configuration file from disk.</summary>
    /// <param name="path">The file's path; it is also the name used in messages, as xl uses it.</param>
    /// <param name="options">Reader options, or null for the defaults.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static XlConfig ReadFile(string path, XlReaderOptions? options = null) =>
        Read(new SourceText(path, File.ReadAllBytes(path)), options);

    /// <summary>
    /// A first guess of the number of settings, to size the reader's tables (they grow when it
    /// is short): every assignment has an <c>=</c> and most have a line of their own, but
    /// strings, comments and blank lines hold more of both: real and generated configs assign on
    /// about half to all of their lines, so two thirds of the smaller count (and never more than
    /// one per 16 bytes). Input without settings costs nothing; both counts are vectorised passes.
    /// </summary>
    private static int ExpectedSettings(ReadOnlySpan<byte> bytes) =>
        8 + Math.Min(Math.Min(bytes.Count((byte)'='), bytes.Count((byte)'\n') + 1) * 2 / 3, bytes.Length / 16);

    private static void ReportInvalidUtf8(SourceText source, DiagnosticBag diagnostics)
    {
        var bytes = source.Bytes.Span;
        if (Utf8.IsValid(bytes))
        {
            return;
        }

        const int MaxReported = 10;
        int reported = 0;
        int lastLine = -1;
        int offset = 0;
        while (offset < bytes.Length)
        {
            int ascii = bytes[offset..].IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (ascii < 0)
            {
                break;
            }

            offset += ascii;
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out int consumed);
            consumed = Math.Max(1, consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                offset += consumed;
                continue;
            }

            int line = source.GetLine(offset);
            if (line != lastLine)
            {
                lastLine = line;
                var start = source.GetPosition(offset);
                if (reported++ == MaxReported)
                {
                    diagnostics.Add(DiagnosticCatalog.MoreInvalidUtf8At(SourceSpan.At(start)));
                    return;
                }

                diagnostics.Add(DiagnosticCatalog.InvalidUtf8At(new SourceSpan(start, source.GetPosition(offset + consumed)), bytes[offset]));
            }

            offset += consumed;
        }
    }
}
