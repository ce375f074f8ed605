/**
 * What ./noscript.ts writes for a page: its HTML without script. Apart from the browser code of
 * ./noscript.ts, so that a unit test can run it in happy-dom (importing Playwright there makes it
 * try to reach a server).
 */

/**
 * The HTML of `doc` without any script: `<script>` elements gone, the choices of every list kept
 * as `selected` attributes (a script sets a list's value as a property, which HTML does not
 * show), what is open or closed kept as it is. Self-contained: Playwright runs it in the page (its
 * source is sent there, `doc` then being the page's document).
 */
export function scriptFreeHtml(doc: Document = document): string {
  const chosen = Array.from(doc.querySelectorAll('select'), (select) => select.selectedIndex);
  const copy = doc.documentElement.cloneNode(true) as HTMLElement;
  Array.from(copy.querySelectorAll('select')).forEach((select, i) => {
    Array.from(select.querySelectorAll('option')).forEach((option, j) => {
      if (j === chosen[i]) option.setAttribute('selected', '');
      else option.removeAttribute('selected');
    });
  });
  for (const script of Array.from(copy.querySelectorAll('script'))) script.remove();
  return `<!doctype html>\n${copy.outerHTML}\n`;
}
