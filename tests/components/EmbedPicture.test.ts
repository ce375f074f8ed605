/** Reading a tool's state from its markup (docs/CONTRACT.md) and drawing it as SVG with DOM APIs. */
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
  const optional = add(['label', { for: 'i' }, 'Impressions']);
  const skip = document.createElement('span');
  skip.setAttribute('data-picture-skip', '');
  skip.textContent = ' (facultatif)';
  optional.appendChild(skip);
  (add(['input', { id: 'i', name: 'impressions' }]) as HTMLInputElement).value = '1 000';
  add(['input', { type: 'hidden', name: 'secret', value: 'x' }]);
  add(['span', { id: 'basis' }, 'Par portée']);
  add(['output', { 'data-kpi': 'ctr', 'data-value': '2.5', 'aria-labelledby': 'basis' }, '2,5 %']);
  add(['code', { 'data-picture-formula': '' }, 'CTR = clics ÷ impressions × 100']);
  add(['p', { 'data-picture-note': '' }, 'Sur 100 affichages, 2,5 clics.']);
  add(['p', { 'data-score': '4' }, 'Score : 4/5']);
  const criterion = add(['section', { 'data-criterion': 'measurable', 'data-status': 'met' }]);
  const h = document.createElement('h3');
  h.textContent = 'Mesurable';
  criterion.appendChild(h);
  const other = add(['section', { 'data-criterion': 'achievable', 'data-status': 'unknown' }]);
  const h2 = document.createElement('h3');
  h2.textContent = 'Atteignable';
  const word = document.createElement('span');
  word.className = 'smart-status';
  word.textContent = 'impossible à dire';
  other.append(h2, word);
  root.appendChild(form);
  document.body.appendChild(root);
  return root;
}

describe('EmbedPicture', () => {
  it('reads labelled inputs (without "(optional)"), outputs, the formula, the page’s words and SMART criteria', () => {
    const state = readTool(kpiMarkup(), { met: 'respecté', unknown: 'flou' });
    expect(state.inputs).toEqual([
      { label: 'Clics', value: '25' },
      { label: 'Impressions', value: '1 000' },
    ]);
    expect(state.results).toEqual([
      { label: 'Par portée', value: '2,5 %' },
      { label: '', value: 'Score : 4/5' },
      { label: 'Mesurable', value: 'respecté' },
      // The status word the page shows wins over the panel's own list.
      { label: 'Atteignable', value: 'impossible à dire' },
    ]);
    expect(state.formula).toEqual(['CTR = clics ÷ impressions × 100']);
    expect(state.notes).toEqual(['Sur 100 affichages, 2,5 clics.']);
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
