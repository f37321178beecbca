namespace ChannelConfig.Cli.Settings;

/// <summary>The rules' reference page for SARIF links: only an absolute http(s) URL is valid there.</summary>
internal static class DocsUrl
{
    /// <summary>True for an absolute <c>http</c> or <c>https</c> URL.</summary>
    public static bool IsAbsolute(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
