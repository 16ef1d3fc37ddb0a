namespace BriefingBook.Server;

/// <summary>
/// The script the preview adds to the pages it serves (never to the built book): it listens for the
/// server's events, reloads its page when the page changed, keeping the scroll position, and shows build
/// errors over the page until they are fixed.
/// </summary>
public static class LiveReloadScript
{
    public const string Path = "/__briefingbook/live.js";

    public const string EventsPath = "/__briefingbook/events";

    public const string Tag = "<script src=\"" + Path + "\"></script>";

    /// <summary>The page with the script added before its closing body tag (or at its end).</summary>
    public static string Inject(string html)
    {
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + Tag : html.Insert(at, Tag + "\n");
    }

    public const string Source = """
        (() => {
          const key = 'briefingbook-scroll:' + location.pathname;
          const saved = sessionStorage.getItem(key);
          if (saved !== null) {
            sessionStorage.removeItem(key);
            const restore = () => window.scrollTo(0, Number(saved));
            if (document.readyState === 'complete') restore(); else addEventListener('load', restore);
          }
          let here = decodeURIComponent(location.pathname).replace(/^\/+/, '');
          if (here === '' || here.endsWith('/')) here += 'index.html';
          const overlayId = 'briefingbook-errors';
          const hide = () => document.getElementById(overlayId)?.remove();
          const show = errors => {
            hide();
            const box = document.createElement('div');
            box.id = overlayId;
            box.setAttribute('role', 'alert');
            box.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.92);color:#fff;font:15px/1.5 ui-monospace,monospace;padding:2rem';
            const title = document.createElement('h2');
            title.textContent = 'The book has errors; this is the last good version of the page.';
            title.style.cssText = 'font:bold 18px sans-serif;margin:0 0 1rem';
            box.append(title);
            for (const e of errors) {
              const item = document.createElement('p');
              item.className = 'briefingbook-error';
              item.textContent = `${e.path}(${Math.max(e.line, 1)},${Math.max(e.column, 1)}): error ${e.id}: ${e.message}` + (e.hint ? `\n  hint: ${e.hint}` : '');
              item.style.cssText = 'white-space:pre-wrap;margin:0 0 1rem;color:#ffb4b4';
              box.append(item);
            }
            document.body.append(box);
          };
          const events = new EventSource('/__briefingbook/events');
          events.addEventListener('errors', e => show(JSON.parse(e.data)));
          events.addEventListener('reload', e => {
            const change = JSON.parse(e.data);
            if (change.everything || change.pages.includes(here)) {
              sessionStorage.setItem(key, String(window.scrollY));
              location.reload();
            } else {
              hide();
            }
          });
        })();
        """;
}
