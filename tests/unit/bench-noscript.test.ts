// @vitest-environment happy-dom
/** The bench's script-free copies of a tool page (scripts/bench/noscript-html.ts, used by noscript.ts). */
import { describe, expect, it } from 'vitest';
import { scriptFreeHtml } from '../../scripts/bench/noscript-html.ts';

function page(): Document {
  return new DOMParser().parseFromString(
    `
    <script type="application/ld+json">{"@type": "WebApplication"}</script>
    <main>
      <details class="dash-map" open><summary>Columns</summary>
        <select id="pick"><option value="">(not used)</option><option value="reach">Reach</option><option value="cost">Cost</option></select>
      </details>
      <details class="dash-ranks"><summary>Best posts</summary><p>Post 1</p></details>
      <script>window.started = true;</script>
    </main>`,
    'text/html',
  );
}

describe('a tool page copied without its scripts', () => {
  it('leaves out every script and keeps the rest of the page, open or closed as it was', () => {
    const html = scriptFreeHtml(page());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<summary>Columns</summary>');
    expect(html).toContain('Post 1');
    const copy = new DOMParser().parseFromString(html, 'text/html');
    expect(copy.querySelector('details.dash-map')?.hasAttribute('open')).toBe(true);
    expect(copy.querySelector('details.dash-ranks')?.hasAttribute('open')).toBe(false);
  });

  it('keeps the choice a script made in a list (a property, not an attribute)', () => {
    const doc = page();
    const select = doc.querySelector<HTMLSelectElement>('#pick');
    if (!select) throw new Error('no list');
    select.value = 'cost';
    const copy = new DOMParser().parseFromString(scriptFreeHtml(doc), 'text/html');
    // The attributes are what the copy promises (happy-dom's own parsing of `selected` is not a browser's).
    expect(Array.from(copy.querySelectorAll('#pick option[selected]'), (o) => o.getAttribute('value'))).toEqual([
      'cost',
    ]);
  });
});
