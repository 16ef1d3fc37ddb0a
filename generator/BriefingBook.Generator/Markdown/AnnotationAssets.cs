namespace BriefingBook.Generator.Markdown;

/// <summary>
/// The style sheet and script the theme includes for the markup the annotation layer writes: entry
/// tooltips (on hover and keyboard focus, closed with Escape, kept inside the viewport, hidden in print),
/// notes, quotations, index terms, broken references, the letter bar of the glossary and index, and the
/// chronology's timeline beside its list. Both work offline; without the script a tooltip
/// still opens and closes with hover and focus, and without either the mention is still a plain link.
/// </summary>
public static class AnnotationAssets
{
    /// <summary>The style sheet.</summary>
    public const string Css = """
        .entry { position: relative; }
        .entry-tip {
          position: absolute; left: 0; top: 100%; z-index: 20;
          width: max-content; max-width: min(22rem, calc(100vw - 2rem));
          margin-top: .25rem; padding: .5rem .75rem;
          background: Canvas; color: CanvasText; border: 1px solid currentColor; border-radius: .25rem;
          box-shadow: 0 .25rem .75rem rgb(0 0 0 / .2);
          font-size: .875rem; font-style: normal; font-weight: normal; line-height: 1.4; text-align: start;
          visibility: hidden; opacity: 0; transition: opacity .15s, visibility .15s;
        }
        .entry-tip > span { display: block; }
        .entry-tip-name { font-weight: bold; }
        .entry-tip-expansion, .entry-tip-other { font-style: italic; }
        .entry:hover > .entry-tip, .entry-link:focus + .entry-tip, .entry-link:focus-visible + .entry-tip { visibility: visible; opacity: 1; }
        .entry.entry-tip-dismissed > .entry-tip { visibility: hidden; opacity: 0; }
        .entry-tip.entry-tip-above { top: auto; bottom: 100%; margin-top: 0; margin-bottom: .25rem; }
        @media (prefers-reduced-motion: reduce) { .entry-tip { transition: none; } }
        @media print { .entry-tip { display: none; } .entry-link { color: inherit; text-decoration: none; } }

        .editor-note { margin: 1.5rem 0; padding: .75rem 1rem; border-inline-start: .25rem solid currentColor; background: color-mix(in srgb, CanvasText 6%, Canvas); }
        .editor-note > .note-label { margin: 0 0 .25rem; font-weight: bold; font-size: .875rem; text-transform: uppercase; letter-spacing: .04em; }
        .margin-note { margin: 1rem 0; padding-inline-start: .75rem; border-inline-start: 1px solid currentColor; font-size: .875rem; }
        @media (min-width: 72rem) {
          .margin-note { float: right; clear: right; width: 14rem; margin: 0 -16rem 1rem 1rem; border: 0; padding: 0; }
        }
        @media print { .margin-note { float: none; width: auto; margin: 1rem 0; } }

        figure.quote { margin: 1.5rem 0; }
        figure.quote > blockquote { margin: 0; }
        figure.quote > figcaption { margin-top: .25rem; font-size: .875rem; text-align: end; }
        .xref-broken { color: #b00020; text-decoration: underline wavy; }
        .index-term { font-style: inherit; }

        .letter-bar > ul { display: flex; flex-wrap: wrap; gap: .25rem .75rem; margin: 1rem 0; padding: 0; list-style: none; }
        .timeline-chart { max-width: 100%; height: auto; }
        .timeline { margin: 1rem 0; }
        @media (min-width: 60rem) {
          .chronology-body { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 2fr); gap: 2rem; align-items: start; }
          .chronology-body > .timeline { position: sticky; top: 1rem; }
        }
        @media print { .chronology-body { display: block; } .timeline { break-inside: avoid; } .letter-bar { display: none; } }
        """;

    /// <summary>
    /// The script: places an opening tooltip inside the viewport (shifted left from the right edge, above its
    /// mention near the bottom edge) and closes it with Escape until the pointer or focus leaves its mention.
    /// </summary>
    public const string Script = """
        (function () {
          var gap = 8;
          function open() {
            return document.querySelectorAll('.entry:hover, .entry:focus-within');
          }
          function place(entry) {
            var tip = entry.querySelector(':scope > .entry-tip');
            if (!tip) { return; }
            tip.style.left = '';
            tip.classList.remove('entry-tip-above');
            var box = tip.getBoundingClientRect();
            if (box.width === 0) { return; }
            var width = document.documentElement.clientWidth;
            var height = document.documentElement.clientHeight;
            var shift = Math.max(gap - box.left, Math.min(0, width - gap - box.right));
            if (shift !== 0) { tip.style.left = shift + 'px'; }
            var mention = entry.getBoundingClientRect();
            if (box.bottom > height - gap && mention.top > height - mention.bottom) {
              tip.classList.add('entry-tip-above');
            }
          }
          function opening(event) {
            var entry = event.target instanceof Element ? event.target.closest('.entry') : null;
            if (entry && !entry.contains(event.relatedTarget)) { place(entry); }
          }
          document.addEventListener('mouseover', opening);
          document.addEventListener('focusin', opening);
          // An open tooltip (kept open by keyboard focus) is placed again when the window is resized or scrolled.
          var placing = false;
          function placeOpen() {
            if (placing) { return; }
            placing = true;
            window.requestAnimationFrame(function () {
              placing = false;
              open().forEach(place);
            });
          }
          window.addEventListener('resize', placeOpen);
          window.addEventListener('scroll', placeOpen, { passive: true });
          document.addEventListener('keydown', function (event) {
            if (event.key !== 'Escape') { return; }
            open().forEach(function (entry) { entry.classList.add('entry-tip-dismissed'); });
          });
          function reset(event) {
            var entry = event.target instanceof Element ? event.target.closest('.entry') : null;
            if (entry && !entry.contains(event.relatedTarget)) { entry.classList.remove('entry-tip-dismissed'); }
          }
          document.addEventListener('focusout', reset);
          document.addEventListener('mouseout', reset);
        })();
        """;
}
