import { describe, expect, it } from 'vitest';
import { fullPageLink } from '../../src/lib/embed/messages';
import { parsePresentation } from '../../src/lib/embed/params';
import {
  clampHeight,
  embedPath,
  escapeHtml,
  framePermissions,
  iframeCode,
  normaliseChoice,
  toolPath,
  toolValues,
  type EmbedChoice,
} from '../../src/lib/embed/snippet';
import { frameHeight, isToolId, toolIds } from '../../src/lib/embed/tools';

const ORIGIN = 'https://smm.example.org';
const ctr: EmbedChoice = {
  lang: 'fr',
  tool: 'ctr',
  theme: 'auto',
  size: 'normal',
  values: { clicks: '25', impressions: '1000' },
};

describe('embed addresses', () => {
  it('follow the contract: /{lang}/embed/{tool}/?params', () => {
    expect(embedPath(ctr)).toBe('/fr/embed/ctr/?clicks=25&impressions=1000');
    expect(toolPath({ ...ctr, lang: 'en' })).toBe('/en/tools/ctr/?clicks=25&impressions=1000');
    expect(embedPath({ ...ctr, values: {} })).toBe('/fr/embed/ctr/');
  });

  it('carry theme and size only when they are not the defaults', () => {
    const path = embedPath({ ...ctr, theme: 'dark', size: 'large' });
    expect(path).toBe('/fr/embed/ctr/?clicks=25&impressions=1000&theme=dark&size=large');
    expect(parsePresentation(new URL(path, ORIGIN).search)).toEqual({
      theme: 'dark',
      size: 'large',
      layout: 'page',
      reveal: false,
    });
  });

  it('encode values', () => {
    const smart = {
      ...ctr,
      tool: 'smart' as const,
      values: { objective: 'Gagner 300 abonnés & plus d’ici le 31/03 ?' },
    };
    const url = new URL(embedPath(smart), ORIGIN);
    expect(url.searchParams.get('objective')).toBe('Gagner 300 abonnés & plus d’ici le 31/03 ?');
  });
});

describe('tool values from outside input', () => {
  it('keep a tool’s params and drop presentation params', () => {
    expect(toolValues('?clicks=25&impressions=1000&theme=dark&size=large&lang=en')).toEqual({
      clicks: '25',
      impressions: '1000',
    });
    expect(toolValues({ clicks: '25', theme: 'dark' })).toEqual({ clicks: '25' });
  });

  it('drop odd names, non-strings, empty and huge values, and stop at 20', () => {
    expect(toolValues({ 'on click': '1', Clicks: '2', clicks: 3, reach: '', cost: 'x'.repeat(501) })).toEqual({});
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`p${i}`, String(i)]));
    expect(Object.keys(toolValues(many))).toHaveLength(20);
    expect(toolValues(null)).toEqual({});
    expect(toolValues(42)).toEqual({});
  });

  it('fall back to safe presentation values', () => {
    expect(normaliseChoice({ lang: 'de', tool: 'roi', theme: 'neon', size: 'huge', values: '?revenue=2' })).toEqual({
      lang: 'fr',
      tool: 'roi',
      theme: 'auto',
      size: 'normal',
      values: { revenue: '2' },
    });
  });
});

describe('iframe code', () => {
  it('has the address, a title, lazy loading, the sandbox and a fixed height', () => {
    const code = iframeCode(ctr, { origin: ORIGIN, title: 'Taux de clic (CTR)', script: false });
    expect(code).toContain('src="https://smm.example.org/fr/embed/ctr/?clicks=25&amp;impressions=1000"');
    expect(code).toContain('title="Taux de clic (CTR)"');
    expect(code).toContain('loading="lazy"');
    expect(code).toContain(
      'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" allow="clipboard-write"',
    );
    expect(code).toContain(`height="${frameHeight('ctr')}"`);
    expect(code).not.toContain('<script');
  });

  it('allows what each tool needs and nothing more', () => {
    const base = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
    expect(framePermissions('audit')).toEqual({
      sandbox: `${base} allow-downloads allow-modals`,
      allow: 'clipboard-write',
    });
    expect(framePermissions('smart')).toEqual({ sandbox: base, allow: null });
    for (const kpi of ['ctr', 'roi', 'engagement-rate'] as const) {
      expect(framePermissions(kpi)).toEqual({ sandbox: base, allow: 'clipboard-write' });
    }
    const smart = iframeCode({ ...ctr, tool: 'smart', values: {} }, { origin: ORIGIN, title: 'SMART', script: false });
    expect(smart).toContain(`sandbox="${base}" style=`);
    expect(smart).not.toContain('allow="');
  });

  it('adds the host script when asked', () => {
    const code = iframeCode(ctr, { origin: ORIGIN, title: 'CTR', script: true });
    expect(code.split('\n')[1]).toBe('<script src="https://smm.example.org/embed.js" defer></script>');
  });

  it('escapes what it did not write itself', () => {
    const code = iframeCode(
      { ...ctr, tool: 'smart', values: { objective: '"><script>alert(1)</script>' } },
      { origin: ORIGIN, title: 'A "title" <b>', script: false },
    );
    expect(code).not.toContain('<script>');
    expect(code).not.toContain('<b>');
    expect(code).toContain('title="A &quot;title&quot; &lt;b&gt;"');
    expect(escapeHtml('a&b')).toBe('a&amp;b');
  });

  it('uses a taller frame in presenter mode and clamps typed heights', () => {
    expect(frameHeight('ctr', 'large')).toBeGreaterThan(frameHeight('ctr'));
    for (const id of toolIds) expect(frameHeight(id)).toBeGreaterThanOrEqual(400);
    expect(clampHeight(99999)).toBe(5000);
    expect(clampHeight(3)).toBe(100);
    expect(clampHeight(Number.NaN)).toBe(600);
    expect(iframeCode(ctr, { origin: ORIGIN, title: 'x', script: false, height: 480 })).toContain('height="480"');
  });

  it('knows the tool ids', () => {
    expect(toolIds).toHaveLength(14);
    expect(isToolId('audit')).toBe(true);
    expect(isToolId('../admin')).toBe(false);
  });
});

describe('the link to the full page from an embed', () => {
  const plain = parsePresentation('');
  it('carries the values typed, and the embed’s theme and size', () => {
    const detail = { tool: 'ctr', value: 5, inputs: { clicks: '50', impressions: '1 000' } };
    expect(fullPageLink('/fr/tools/ctr/', detail, plain)).toBe('/fr/tools/ctr/?clicks=50&impressions=1+000');
    expect(fullPageLink('/fr/tools/ctr/', detail, parsePresentation('size=large&theme=dark'))).toBe(
      '/fr/tools/ctr/?clicks=50&impressions=1+000&theme=dark&size=large',
    );
    expect(fullPageLink('/fr/tools/ctr/', null, plain)).toBe('/fr/tools/ctr/');
  });
  it('gives the audit its share link, and keeps nothing odd', () => {
    expect(fullPageLink('/en/tools/audit/', { tool: 'audit', value: 40, inputs: { r: '1.abc-_' } }, plain)).toBe(
      '/en/tools/audit/#r=1.abc-_',
    );
    expect(fullPageLink('/en/tools/audit/', { tool: 'audit', value: 40, inputs: { r: '1.a#b"<' } }, plain)).toBe(
      '/en/tools/audit/',
    );
    const odd = { tool: 'ctr', value: 1, inputs: { 'Bad Name': 'x', theme: 'dark', clicks: 'x'.repeat(501) } };
    expect(fullPageLink('/en/tools/ctr/', odd, plain)).toBe('/en/tools/ctr/');
  });
});
