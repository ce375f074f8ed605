/** Reading a tool's state from its markup (CONTRACT.md) and drawing it as SVG with DOM APIs. */
import { describe, expect, it } from 'vitest';
import { layoutPicture } from '../../src/lib/embed/picture';
import { readTool, renderSvg } from '../../src/islands/EmbedPicture';

function kpiMarkup(): HTMLElement {
  const root = document.createElement('div');
  const form = document.createElement('form');
  const add = (html: [string, Record<string, string>, string?]) => {
    const [tag, attrs, text] = html;
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    if (text) el.textContent = text;
    form.appendChild(el);
    return el;
  };
  add(['label', { for: 'c' }, 'Clics']);
  (add(['input', { id: 'c', name: 'clicks' }]) as HTMLInputElement).value = '25';
  add(['label', { for: 'i' }, 'Impressions']);
  (add(['input', { id: 'i', name: 'impressions' }]) as HTMLInputElement).value = '1 000';
  add(['input', { type: 'hidden', name: 'secret', value: 'x' }]);
  add(['span', { id: 'basis' }, 'Par portée']);
  add(['output', { 'data-kpi': 'ctr', 'data-value': '2.5', 'aria-labelledby': 'basis' }, '2,5 %']);
  const criterion = add(['section', { 'data-criterion': 'measurable', 'data-status': 'met' }]);
  const h = document.createElement('h3');
  h.textContent = 'Mesurable';
  criterion.appendChild(h);
  root.appendChild(form);
  document.body.appendChild(root);
  return root;
}

describe('EmbedPicture', () => {
  it('reads labelled inputs, outputs and SMART criteria', () => {
    const state = readTool(kpiMarkup(), { met: 'respecté' });
    expect(state.inputs).toEqual([
      { label: 'Clics', value: '25' },
      { label: 'Impressions', value: '1 000' },
    ]);
    expect(state.results).toEqual([
      { label: 'Par portée', value: '2,5 %' },
      { label: 'Mesurable', value: 'respecté' },
    ]);
  });

  it('draws text as text nodes, never as markup', () => {
    const layout = layoutPicture({
      title: '<img src=x onerror=alert(1)>',
      inputs: [{ label: 'a', value: '<b>1</b>' }],
      results: [{ label: '', value: '2' }],
      footer: 'f',
      strings: { inputs: 'I', results: 'R', noResult: 'N', colon: ': ' },
    });
    const svg = renderSvg(layout, document, 'Titre <i>');
    expect(svg.querySelector('img, b, i, script')).toBeNull();
    expect(svg.querySelector('title')?.textContent).toBe('Titre <i>');
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toContain('<img src=x onerror=alert(1)>');
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${layout.width} ${layout.height}`);
    expect(svg.querySelectorAll('rect').length).toBe(2);
  });
});
