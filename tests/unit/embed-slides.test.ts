/**
 * Slides and classrooms (docs/CONTRACT.md, common parameters): `layout=slide`, `reveal=1`, and the
 * measured frame heights of hosts without /embed.js.
 */
import { describe, expect, it } from 'vitest';
import measured from '../../src/lib/embed/heights.json';
import { DEFAULT_WIDTH, frameHeight, frameWidths, storedHeight } from '../../src/lib/embed/heights';
import { fullPageLink } from '../../src/lib/embed/messages';
import { applyPresentation, parsePresentation } from '../../src/lib/embed/params';
import { isHidden, revealFor } from '../../src/lib/embed/reveal';
import {
  embedPath,
  iframeCode,
  normaliseChoice,
  toolPath,
  toolValues,
  type EmbedChoice,
} from '../../src/lib/embed/snippet';
import { toolIds } from '../../src/lib/embed/tools';

const ORIGIN = 'https://smm.example.org';
const roi: EmbedChoice = {
  lang: 'fr',
  tool: 'roi',
  theme: 'auto',
  size: 'normal',
  values: { revenue: '120', cost: '30' },
};

describe('layout and reveal parameters', () => {
  it('read layout=slide and reveal=1, and nothing else', () => {
    expect(parsePresentation('?layout=slide&reveal=1')).toMatchObject({ layout: 'slide', reveal: true });
    expect(parsePresentation('')).toMatchObject({ layout: 'page', reveal: false });
    for (const odd of ['layout=Slide', 'layout=slides', 'layout=', 'layout=<b>']) {
      expect(parsePresentation(odd).layout).toBe('page');
    }
    for (const odd of ['reveal=true', 'reveal=yes', 'reveal=0', 'reveal=', 'reveal=11']) {
      expect(parsePresentation(odd).reveal).toBe(false);
    }
  });

  it('set the root’s data attributes the style sheets read', () => {
    const root = { dataset: {} as Record<string, string | undefined> };
    applyPresentation(root, parsePresentation('layout=slide&reveal=1&size=large&theme=dark'));
    expect(root.dataset).toEqual({ theme: 'dark', size: 'large', layout: 'slide', reveal: 'true' });
    const plain = { dataset: {} as Record<string, string | undefined> };
    applyPresentation(plain, parsePresentation('layout=page&reveal=0'));
    expect(plain.dataset).toEqual({});
  });

  it('go into the embed address and the full-page address, only when chosen', () => {
    const slide = { ...roi, layout: 'slide', reveal: true } as const;
    expect(embedPath(slide)).toBe('/fr/embed/roi/?revenue=120&cost=30&layout=slide&reveal=1');
    expect(toolPath({ ...slide, lang: 'en' })).toBe('/en/tools/roi/?revenue=120&cost=30&layout=slide&reveal=1');
    expect(embedPath(roi)).toBe('/fr/embed/roi/?revenue=120&cost=30');
    expect(iframeCode(slide, { origin: ORIGIN, title: 'ROI', script: false })).toContain(
      'src="https://smm.example.org/fr/embed/roi/?revenue=120&amp;cost=30&amp;layout=slide&amp;reveal=1"',
    );
  });

  it('are read from the panel’s form safely, and never taken for a tool’s values', () => {
    expect(
      normaliseChoice({
        lang: 'fr',
        tool: 'roi',
        theme: 'auto',
        size: 'normal',
        layout: 'slide',
        reveal: true,
        values: {},
      }),
    ).toMatchObject({ layout: 'slide', reveal: true });
    const odd = normaliseChoice({
      lang: 'fr',
      tool: 'roi',
      theme: 'auto',
      size: 'normal',
      layout: 'x',
      reveal: 'on',
      values: {},
    });
    expect(odd.layout).toBeUndefined();
    expect(odd.reveal).toBeUndefined();
    expect(toolValues('?cost=30&layout=slide&reveal=1')).toEqual({ cost: '30' });
  });

  it('stay out of the embed’s link to the full page (made for reading the explanation)', () => {
    const detail = { tool: 'roi', value: 300, inputs: { revenue: '120', cost: '30', layout: 'slide' } };
    expect(fullPageLink('/fr/tools/roi/', detail, parsePresentation('layout=slide&reveal=1&size=large'))).toBe(
      '/fr/tools/roi/?revenue=120&cost=30&size=large',
    );
  });
});

describe('guess first', () => {
  it('hides a result until it is shown, and again when the inputs change', () => {
    let state = revealFor({ key: '', shown: false }, 'clicks=42');
    expect(isHidden(true, true, state)).toBe(true);
    state = { ...state, shown: true };
    expect(isHidden(true, true, revealFor(state, 'clicks=42'))).toBe(false);
    state = revealFor(state, 'clicks=43');
    expect(isHidden(true, true, state)).toBe(true);
    // Back to the first figures: a new guess all the same.
    expect(isHidden(true, true, revealFor(state, 'clicks=42'))).toBe(true);
  });

  it('hides nothing without reveal=1, nor when there is no result yet', () => {
    expect(isHidden(false, true, { key: 'a', shown: false })).toBe(false);
    expect(isHidden(true, false, { key: 'a', shown: false })).toBe(false);
  });
});

describe('measured frame heights', () => {
  const tools = (measured as { tools: Record<string, Record<string, number[]>> }).tools;

  it('cover every tool, layout, size and named width', () => {
    expect(Object.keys(tools).sort()).toEqual([...toolIds].sort());
    for (const id of toolIds) {
      for (const variant of ['page-normal', 'page-large', 'slide-normal', 'slide-large']) {
        const heights = tools[id]?.[variant];
        expect(heights, `${id} ${variant}`).toHaveLength(frameWidths.length);
        for (const h of heights ?? []) expect(Number.isInteger(h) && h >= 200 && h <= 5000).toBe(true);
      }
    }
  });

  it('are read by width, layout and size; the iframe code uses the learning-platform width', () => {
    expect(DEFAULT_WIDTH).toBe(720);
    expect(frameHeight('engagement-rate')).toBe(tools['engagement-rate']?.['page-normal']?.[1]);
    expect(frameHeight('smart', 'large', 'slide', 1280)).toBe(tools['smart']?.['slide-large']?.[3]);
    expect(iframeCode(roi, { origin: ORIGIN, title: 'ROI', script: false })).toContain(
      `height="${tools['roi']?.['page-normal']?.[1]}"`,
    );
    expect(iframeCode({ ...roi, layout: 'slide' }, { origin: ORIGIN, title: 'ROI', script: false })).toContain(
      `height="${tools['roi']?.['slide-normal']?.[1]}"`,
    );
  });

  it('are the content plus a margin, rounded up to 10 px', () => {
    expect(storedHeight(1333)).toBe(1380);
    expect(storedHeight(1340)).toBe(1380);
    expect(storedHeight(1341)).toBe(1390);
  });
});
