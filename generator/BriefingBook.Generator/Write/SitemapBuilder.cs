using System.Security;
using System.Text;
using BriefingBook.Generator.Model;

namespace BriefingBook.Generator.Write;

/// <summary>
/// Builds <c>sitemap.xml</c>: every page with its language alternates (<c>xhtml:link hreflang</c>).
/// With a base URL the addresses are absolute; without one they are relative to the sitemap.
/// </summary>
public static class SitemapBuilder
{
    public static OutputFile Build(Site site, IReadOnlyList<(string Path, IReadOnlyDictionary<string, string> Alternates)> pages)
    {
        var prefix = site.Config.BaseUrl ?? "";
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        foreach (var (path, alternates) in pages.OrderBy(p => p.Path, StringComparer.Ordinal))
        {
            xml.Append("  <url>\n    <loc>").Append(SecurityElement.Escape(prefix + path)).Append("</loc>\n");
            if (alternates.Count > 1)
            {
                foreach (var (language, alternate) in alternates.OrderBy(a => a.Key, StringComparer.Ordinal))
                {
                    xml.Append("    <xhtml:link rel=\"alternate\" hreflang=\"").Append(language).Append("\" href=\"")
                        .Append(SecurityElement.Escape(prefix + alternate)).Append("\"/>\n");
                }
            }
            if (site.Pages.FirstOrDefault(p => p.OutputPath == path) is { } page && (page.Updated ?? page.Date) is { } date)
            {
                xml.Append("    <lastmod>").Append(date.ToIso()).Append("</lastmod>\n");
            }
            xml.Append("  </url>\n");
        }
        xml.Append("</urlset>\n");
        return OutputFile.Text("sitemap.xml", xml.ToString());
    }
}
