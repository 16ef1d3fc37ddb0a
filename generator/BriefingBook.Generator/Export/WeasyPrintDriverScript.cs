namespace BriefingBook.Generator.Export;

/// <summary>
/// The Python program the engine runs: it renders one document with WeasyPrint through a URL fetcher that serves
/// only files inside the output folder (and <c>data:</c> URLs), merges an index entry's repeated page numbers
/// (from a first layout without them), and answers with one line of JSON.
/// </summary>
internal static class WeasyPrintDriverScript
{
    internal const string FileName = "briefingbook_pdf.py";

    /// <summary>Writes the program into <paramref name="folder"/> and returns its path.</summary>
    internal static string WriteTo(string folder)
    {
        var path = Path.Combine(folder, FileName);
        File.WriteAllText(path, Source);
        return path;
    }

    internal const string Source = """
        import copy
        import json
        import logging
        import mimetypes
        import os
        import sys
        from urllib.parse import unquote, urlsplit
        from urllib.request import pathname2url


        def main():
            request = json.loads(sys.stdin.read())
            try:
                import weasyprint
            except ImportError as error:
                answer({'error': 'the weasyprint module cannot be imported: %s' % error}, 3)

            root = os.path.realpath(request['root'])
            refused = []
            warnings = []
            watch_engine_log(warnings)

            def inside(path):
                return path == root or path.startswith(root + os.sep)

            def fetch(url, timeout=10, ssl_context=None):
                scheme = url.split(':', 1)[0].lower()
                if scheme == 'data':
                    return weasyprint.default_url_fetcher(url)
                if scheme == 'file':
                    parts = urlsplit(url)
                    # Symbolic links are followed before the check, so none can lead outside.
                    path = os.path.realpath(unquote(parts.path))
                    if parts.netloc in ('', 'localhost') and inside(path) and os.path.isfile(path):
                        return {'file_obj': open(path, 'rb'),
                                'mime_type': mimetypes.guess_type(path)[0],
                                'redirected_url': 'file://' + pathname2url(path)}
                shown = url if len(url) <= 300 else url[:299] + '\u2026'
                if shown not in refused and len(refused) < 200:
                    refused.append(shown)
                raise ValueError('outside the output folder: %s' % url[:200])

            document_path = os.path.realpath(request['document'])
            if not inside(document_path):
                answer({'error': 'the print document is outside the output folder'}, 2)
            stylesheets = [weasyprint.CSS(string=css, base_url=document_path, url_fetcher=fetch)
                           for css in request.get('stylesheets', [])]
            html = weasyprint.HTML(filename=document_path, base_url=document_path, url_fetcher=fetch)
            if request.get('merge_page_refs', True) and any(page_ref_runs(html.etree_element)):
                # Page references sit in the index, after every page they point to: a first layout without them
                # gives those pages, and the final layout prints each entry's pages merged.
                light = copy.deepcopy(html.etree_element)
                for parent, refs in list(page_ref_runs(light)):
                    for ref in refs:
                        remove(parent, ref)
                page_of = anchor_pages(with_tree(html, light).render(stylesheets=stylesheets))
                merge_page_refs(page_of, html.etree_element)
                html = with_tree(html, html.etree_element)
            document = html.render(stylesheets=stylesheets)
            document.write_pdf(request['target'])
            answer({'pages': len(document.pages), 'refused': refused, 'warnings': warnings}, 0)


        def with_tree(html, root):
            # The parsed document with another element tree, without serialising and parsing it again.
            import cssselect2
            variant = copy.copy(html)
            variant.wrapper_element = cssselect2.ElementWrapper.from_html_root(root, content_language=None)
            variant.etree_element = variant.wrapper_element.etree_element
            return variant


        def anchor_pages(document):
            page_of = {}
            for number, page in enumerate(document.pages, 1):
                for anchor in page.anchors:
                    page_of.setdefault(anchor, number)
            return page_of


        def watch_engine_log(warnings):
            class Collect(logging.Handler):
                def emit(self, record):
                    message = record.getMessage().splitlines()[0][:300]
                    if message not in warnings and len(warnings) < 50:
                        warnings.append(message)

            logger = logging.getLogger('weasyprint')
            logger.handlers = [Collect(level=logging.WARNING)]
            logger.setLevel(logging.WARNING)
            logger.propagate = False


        def page_ref_runs(root):
            # Page references (links of class page-ref) that share a parent, two or more of them.
            for parent in root.iter():
                refs = [child for child in parent if is_page_ref(child)]
                if len(refs) >= 2:
                    yield parent, refs


        def merge_page_refs(page_of, root):
            # In each run, drop a reference to the page just cited, and print three or more consecutive pages as a
            # range: "12, 12, 13, 14" becomes "12-14".
            for parent, refs in list(page_ref_runs(root)):
                kept = []
                for ref in refs:
                    page = page_of.get(ref.get('href', '')[1:])
                    if page is not None and kept and kept[-1][1] == page:
                        remove(parent, ref)
                    else:
                        kept.append((ref, page))
                start = 0
                while start < len(kept):
                    end = start
                    while (end + 1 < len(kept) and kept[end][1] is not None
                           and kept[end + 1][1] == kept[end][1] + 1):
                        end += 1
                    if end - start >= 2:
                        first = kept[start][0]
                        first.set('class', first.get('class', '') + ' page-range-start')
                        for ref, _ in kept[start + 1:end]:
                            remove(parent, ref)
                    start = end + 1


        def is_page_ref(element):
            return (isinstance(element.tag, str) and element.tag.rsplit('}', 1)[-1] == 'a'
                    and 'page-ref' in (element.get('class') or '').split()
                    and (element.get('href') or '').startswith('#'))


        def remove(parent, element):
            children = list(parent)
            index = children.index(element)
            tail = element.tail if element.tail and element.tail.strip(' \t\n,') else None
            if tail:
                if index > 0:
                    children[index - 1].tail = (children[index - 1].tail or '') + tail
                else:
                    parent.text = (parent.text or '') + tail
            parent.remove(element)


        def answer(result, code):
            sys.stdout.write(json.dumps(result) + '\n')
            sys.stdout.flush()
            sys.exit(code)


        if __name__ == '__main__':
            try:
                main()
            except SystemExit:
                raise
            except BaseException as error:
                text = str(error).splitlines()
                answer({'error': '%s: %s' % (type(error).__name__, text[0] if text else '')}, 1)

        """;
}
