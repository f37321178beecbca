using ChannelConfig.Configuration;
using ChannelConfig.Diagnostics;
using ChannelConfig.Syntax;

namespace ChannelConfig.Validation;

/// <summary>
/// Recognises a file that is clearly not an xl configuration: one that xl's reader rejects and that
/// has a <c>[section]</c> header line, as INI and TOML files do (xl.cfg never starts a line with a
/// list: a statement starts with a name), or that is a whole JSON document.
/// </summary>
internal static class ForeignFormat
{
    /// <summary>The note for such a file, or null when it may be an xl configuration.</summary>
    /// <param name="config">The file as xl reads it.</param>
    /// <returns>An info diagnostic at the first section header, or null.</returns>
    public static Diagnostic? Detect(XlConfig config)
    {
        if (config.Verdict == XlVerdict.Accepted)
        {
            return null;
        }

        var source = config.Source;
        if (IsJson(source.Bytes.Span, out int first))
        {
            return DiagnosticCatalog.NotAnXlConfigJsonAt(source.GetSpan(first, first + 1));
        }

        for (int line = 1; line <= source.LineCount; line++)
        {
            var text = source.GetLineBytes(line).Trim(" \t\r"u8);
            if (IsSectionHeader(text))
            {
                int start = source.Lines.LineStart(line) + source.GetLineBytes(line).IndexOf((byte)'[');
                string header = System.Text.Encoding.UTF8.GetString(text);
                return DiagnosticCatalog.NotAnXlConfigSectionAt(source.GetSpan(start, start + text.Length), Text.PrintableText.Of(header), line);
            }
        }

        return null;
    }

    /// <summary>True when the bytes are one JSON object or array (nothing else but blanks around it).</summary>
    private static bool IsJson(ReadOnlySpan<byte> bytes, out int first)
    {
        first = bytes.IndexOfAnyExcept(" \t\r\n"u8);
        if (first < 0 || bytes[first] is not ((byte)'{' or (byte)'['))
        {
            return false;
        }

        try
        {
            var reader = new System.Text.Json.Utf8JsonReader(bytes, new System.Text.Json.JsonReaderOptions { MaxDepth = 256 });
            while (reader.Read())
            {
            }

            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    /// <summary><c>[name]</c> or <c>[name.sub]</c> alone on its line.</summary>
    private static bool IsSectionHeader(ReadOnlySpan<byte> line)
    {
        if (line.Length < 3 || line[0] != (byte)'[' || line[^1] != (byte)']')
        {
            return false;
        }

        var inside = line[1..^1].Trim(" \t"u8);
        if (inside.IsEmpty || !(char.IsAsciiLetter((char)inside[0]) || inside[0] == (byte)'_'))
        {
            return false;
        }

        foreach (byte b in inside)
        {
            if (!(char.IsAsciiLetterOrDigit((char)b) || b is (byte)'_' or (byte)'-' or (byte)'.' or (byte)' ' or (byte)':'))
            {
                return false;
            }
        }

        return true;
    }
}
