namespace IgjNormen.Rendering;

/// <summary>
/// Which link and image addresses from norm files may end up in a document: http, https and mailto, and relative
/// addresses (a page, an #anker). Everything else (javascript:, data:, vbscript:, file:, …) is refused, also when it
/// is hidden with upper case, whitespace or control characters.
/// </summary>
public static class UrlSafety
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public static bool IsSafe(string? url)
    {
        if (url is null)
        {
            return false;
        }

        // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
        var compact = new string(url.Where(c => c > ' ' && c != '\u007f').ToArray());
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return true;
        }

        var beforeColon = compact[..colon];
        if (beforeColon.IndexOfAny(['/', '?', '#']) >= 0)
        {
            // The colon is in the path, query or fragment ("pagina.html#a:b"): a relative address.
            return true;
        }

        var scheme = beforeColon.ToLowerInvariant();
        return AllowedSchemes.Contains(scheme, StringComparer.Ordinal);
    }

    /// <summary>The address when it is safe, else null.</summary>
    public static string? SafeOrNull(string? url) => IsSafe(url) ? url : null;
}
