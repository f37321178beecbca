using ChannelConfig.Channels;
using ChannelConfig.Text;

namespace ChannelConfig.Editing;

/// <summary>
/// Writes channel fields and items as xl.cfg text that xl reads back to exactly the intended
/// strings, and refuses values xl cannot represent.
/// </summary>
internal static class ChannelSpecText
{
    /// <summary>Checks that xl can carry a field value unchanged through its channel parsing.</summary>
    /// <param name="key">The key (for the message).</param>
    /// <param name="value">The value.</param>
    /// <param name="version">The Xen release.</param>
    /// <returns>Why the value cannot be written, or null when it can.</returns>
    /// <remarks>The rules are <see cref="XlStringText"/>'s; the value is then written with <see cref="XlStringText.EscapeForString"/>.</remarks>
    public static string? Problem(string key, string value, XenVersion version)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            return $"{key} cannot be empty: xl rejects a field with nothing after `=`";
        }

        if (XlStringText.HasFieldSeparator(value))
        {
            return $"{key} `{PrintableText.Of(value)}` contains `,`, which xl always treats as a field separator (there is no escape for it)";
        }

        if (XlStringText.HasEdgeBlank(value))
        {
            return $"{key} `{PrintableText.Of(value)}` starts or ends with a blank, which xl trims away";
        }

        if (version.SplitsValueAtNextEquals && XlStringText.HasEquals(value))
        {
            return $"{key} `{PrintableText.Of(value)}` contains `=`, which Xen {version} cuts the value at";
        }

        foreach (char c in value)
        {
            if (c == '\0')
            {
                return $"{key} contains a NUL byte, which crashes xl";
            }

            if (XlStringText.HasNoEscape(c))
            {
                return $"{key} contains {PrintableText.Describe(c)}, which xl has no working escape for";
            }
        }

        return null;
    }

    /// <summary>The body of a channel item (without quotes): <c>connection=…, path=…, name=…, backend=…</c>.</summary>
    /// <param name="spec">The channel.</param>
    /// <param name="separator">Between fields: <c>", "</c> or <c>","</c>.</param>
    /// <returns>The unescaped body.</returns>
    public static string Body(ChannelSpec spec, string separator)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var fields = new List<string> { $"connection={(spec.Connection == ChannelConnection.Socket ? ChannelConnectionName.Socket : ChannelConnectionName.Pty)}" };
        if (spec.Path is not null)
        {
            fields.Add($"path={spec.Path}");
        }

        fields.Add($"name={spec.Name}");
        if (spec.Backend is not null)
        {
            fields.Add($"backend={spec.Backend}");
        }

        return string.Join(separator, fields);
    }

    /// <summary>Checks every value of a channel spec.</summary>
    /// <param name="spec">The channel.</param>
    /// <param name="version">The Xen release.</param>
    /// <returns>Why it cannot be written, or null.</returns>
    public static string? Problem(ChannelSpec spec, XenVersion version)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Connection == ChannelConnection.Unknown)
        {
            return "the connection must be pty or socket";
        }

        if (spec.Connection == ChannelConnection.Socket && spec.Path is null)
        {
            return "a socket channel needs a path";
        }

        return Problem("name", spec.Name, version)
            ?? (spec.Path is null ? null : Problem("path", spec.Path, version))
            ?? (spec.Backend is null ? null : Problem("backend", spec.Backend, version));
    }
}
