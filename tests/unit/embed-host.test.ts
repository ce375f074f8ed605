/* eslint-disable max-lines -- a list of test cases over one feature, read one block at a time */
/**
 * The host-page rules (src/lib/embed/host.ts) and /embed.js, built from them
 * (src/build/embed-script.mjs), must agree: one table of messages, hostile ones included, goes
 * through both. embed.js runs in a happy-dom window whose page holds two frames of the site, one
 * frame of another site and one of the site's non-embed pages.
 */
import { Window } from 'happy-dom';
import { embedScript } from '../../src/build/embed-script.mjs';
import { describe, expect, it } from 'vitest';
import {
  handleMessage,
  isEmbedSrc,
  originOfScript,
  readMaxHeight,
  readResize,
  readResult,
  type FrameLike,
} from '../../src/lib/embed/host';

const SITE = 'https://smm.example.org';
const OTHER = 'https://evil.example.com';

type FrameName = 'ctr' | 'smart' | 'foreign' | 'page';
const FRAME_SRC: Record<FrameName, string> = {
  ctr: `${SITE}/fr/embed/ctr/?clicks=25&impressions=1000`,
  smart: `${SITE}/en/embed/smart/`,
  foreign: `${OTHER}/fr/embed/ctr/`,
  page: `${SITE}/fr/tools/ctr/`,
};

interface Case {
  name: string;
  origin: string;
  /** Which frame's window sends it; `window` is the host page itself, `none` is null. */
  source: FrameName | 'window' | 'none';
  data: unknown;
  /** Expected: the height set on the frame, the result announced, the key replayed, or nothing. */
  expect: { height: number } | { result: unknown } | { key: string; keyCode: number } | null;
}

const result = { type: 'smm:result', tool: 'ctr', value: 2.5, inputs: { clicks: '25', impressions: '1000' } };

const cases: Case[] = [
  {
    name: 'a resize from a site frame',
    origin: SITE,
    source: 'ctr',
    data: { type: 'smm:resize', height: 640 },
    expect: { height: 640 },
  },
  {
    name: 'a fractional height, rounded up',
    origin: SITE,
    source: 'smart',
    data: { type: 'smm:resize', height: 480.2 },
    expect: { height: 481 },
  },
  {
    name: 'the smallest height',
    origin: SITE,
    source: 'ctr',
    data: { type: 'smm:resize', height: 100 },
    expect: { height: 100 },
  },
  {
    name: 'the largest height',
    origin: SITE,
    source: 'ctr',
    data: { type: 'smm:resize', height: 5000 },
    expect: { height: 5000 },
  },
  {
    name: 'a result from a site frame',
    origin: SITE,
    source: 'ctr',
    data: result,
    expect: { result: { tool: 'ctr', value: 2.5, inputs: { clicks: '25', impressions: '1000' } } },
  },
  {
    name: 'a result with no value',
    origin: SITE,
    source: 'smart',
    data: { type: 'smm:result', tool: 'smart', value: null, inputs: {} },
    expect: { result: { tool: 'smart', value: null, inputs: {} } },
  },
  // Hostile or broken messages: nothing happens.
  { name: 'another origin', origin: OTHER, source: 'ctr', data: { type: 'smm:resize', height: 640 }, expect: null },
  {
    name: 'another origin posing as a frame of its own',
    origin: OTHER,
    source: 'foreign',
    data: { type: 'smm:resize', height: 640 },
    expect: null,
  },
  {
    name: 'the site origin, but the host window as source',
    origin: SITE,
    source: 'window',
    data: { type: 'smm:resize', height: 640 },
    expect: null,
  },
  {
    name: 'the site origin, no source',
    origin: SITE,
    source: 'none',
    data: { type: 'smm:resize', height: 640 },
    expect: null,
  },
  {
    name: 'a frame of a site page that is not an embed',
    origin: SITE,
    source: 'page',
    data: { type: 'smm:resize', height: 640 },
    expect: null,
  },
  { name: 'a NaN height', origin: SITE, source: 'ctr', data: { type: 'smm:resize', height: Number.NaN }, expect: null },
  {
    name: 'an infinite height',
    origin: SITE,
    source: 'ctr',
    data: { type: 'smm:resize', height: Number.POSITIVE_INFINITY },
    expect: null,
  },
  { name: 'a huge height', origin: SITE, source: 'ctr', data: { type: 'smm:resize', height: 1e9 }, expect: null },
  {
    name: 'a height just over the range',
    origin: SITE,
    source: 'ctr',
    data: { type: 'smm:resize', height: 5000.5 },
    expect: null,
  },
  { name: 'a tiny height', origin: SITE, source: 'ctr', data: { type: 'smm:resize', height: 99 }, expect: null },
  { name: 'a negative height', origin: SITE, source: 'ctr', data: { type: 'smm:resize', height: -300 }, expect: null },
  { name: 'a string height', origin: SITE, source: 'ctr', data: { type: 'smm:resize', height: '640' }, expect: null },
  {
    name: 'a CSS string height',
    origin: SITE,
    source: 'ctr',
    data: { type: 'smm:resize', height: '100vh' },
    expect: null,
  },
  {
    name: 'an object height',
    origin: SITE,
    source: 'ctr',
    data: { type: 'smm:resize', height: { valueOf: () => 640 } },
    expect: null,
  },
  { name: 'no height', origin: SITE, source: 'ctr', data: { type: 'smm:resize' }, expect: null },
  { name: 'a string message', origin: SITE, source: 'ctr', data: 'smm:resize 640', expect: null },
  {
    name: 'a JSON string message',
    origin: SITE,
    source: 'ctr',
    data: '{"type":"smm:resize","height":640}',
    expect: null,
  },
  { name: 'null data', origin: SITE, source: 'ctr', data: null, expect: null },
  { name: 'an array', origin: SITE, source: 'ctr', data: ['smm:resize', 640], expect: null },
  { name: 'an unknown type', origin: SITE, source: 'ctr', data: { type: 'smm:navigate', height: 640 }, expect: null },
  {
    name: 'a result with a script as tool',
    origin: SITE,
    source: 'ctr',
    data: { ...result, tool: '<img src=x onerror=alert(1)>' },
    expect: null,
  },
  {
    name: 'a result with a string value',
    origin: SITE,
    source: 'ctr',
    data: { ...result, value: '2.5' },
    expect: null,
  },
  {
    name: 'a result with a NaN value',
    origin: SITE,
    source: 'ctr',
    data: { ...result, value: Number.NaN },
    expect: null,
  },
  {
    name: 'a result without inputs',
    origin: SITE,
    source: 'ctr',
    data: { type: 'smm:result', tool: 'ctr', value: 1 },
    expect: null,
  },
  {
    name: 'a result with a non-string input',
    origin: SITE,
    source: 'ctr',
    data: { ...result, inputs: { clicks: 25 } },
    expect: null,
  },
  {
    name: 'a result with an odd input name',
    origin: SITE,
    source: 'ctr',
    data: { ...result, inputs: { 'on click': '25' } },
    expect: null,
  },
  {
    name: 'a result with a huge input',
    origin: SITE,
    source: 'ctr',
    data: { ...result, inputs: { objective: 'x'.repeat(1001) } },
    expect: null,
  },
  { name: 'a result from another origin', origin: OTHER, source: 'ctr', data: result, expect: null },
  {
    name: 'PageDown from a site frame (a clicker)',
    origin: SITE,
    source: 'ctr',
    data: { type: 'smm:key', key: 'PageDown' },
    expect: { key: 'PageDown', keyCode: 34 },
  },
  {
    name: 'PageUp from a site frame',
    origin: SITE,
    source: 'smart',
    data: { type: 'smm:key', key: 'PageUp' },
    expect: { key: 'PageUp', keyCode: 33 },
  },
  {
    name: 'Escape from a site frame',
    origin: SITE,
    source: 'ctr',
    data: { type: 'smm:key', key: 'Escape' },
    expect: { key: 'Escape', keyCode: 27 },
  },
  { name: 'any other key', origin: SITE, source: 'ctr', data: { type: 'smm:key', key: 'Enter' }, expect: null },
  { name: 'a key not as a string', origin: SITE, source: 'ctr', data: { type: 'smm:key', key: 34 }, expect: null },
  {
    name: 'a key from another origin',
    origin: OTHER,
    source: 'foreign',
    data: { type: 'smm:key', key: 'PageDown' },
    expect: null,
  },
  {
    name: 'a key from a site page that is not an embed',
    origin: SITE,
    source: 'page',
    data: { type: 'smm:key', key: 'PageDown' },
    expect: null,
  },
  {
    name: 'a key the host page posts to itself',
    origin: SITE,
    source: 'window',
    data: { type: 'smm:key', key: 'PageDown' },
    expect: null,
  },
];

describe('host rules (src/lib/embed/host.ts)', () => {
  const frames: Record<FrameName, FrameLike & { name: FrameName }> = {
    ctr: { name: 'ctr', src: FRAME_SRC.ctr, contentWindow: { id: 'ctr' } },
    smart: { name: 'smart', src: FRAME_SRC.smart, contentWindow: { id: 'smart' } },
    foreign: { name: 'foreign', src: FRAME_SRC.foreign, contentWindow: { id: 'foreign' } },
    page: { name: 'page', src: FRAME_SRC.page, contentWindow: { id: 'page' } },
  };
  const hostWindow = { id: 'host' };

  for (const c of cases) {
    it(c.name, () => {
      const source = c.source === 'window' ? hostWindow : c.source === 'none' ? null : frames[c.source].contentWindow;
      const action = handleMessage({ origin: c.origin, data: c.data, source }, Object.values(frames), SITE);
      if (c.expect === null) expect(action).toBeNull();
      else if ('height' in c.expect)
        expect(action).toMatchObject({ kind: 'resize', height: c.expect.height, frame: { name: c.source } });
      else if ('key' in c.expect)
        expect(action).toMatchObject({ kind: 'key', key: c.expect.key, frame: { name: c.source } });
      else expect(action).toMatchObject({ kind: 'result', detail: c.expect.result, frame: { name: c.source } });
    });
  }

  it('reads a frame’s data-max-height only when it is a height in range', () => {
    expect(readMaxHeight('480')).toBe(480);
    expect(readMaxHeight(' 600 ')).toBe(600);
    for (const bad of [null, undefined, '', 'tall', '-5', '50', '90000', '480px', 'Infinity']) {
      expect(readMaxHeight(bad)).toBeNull();
    }
  });

  it('reads heights and results only from plain objects', () => {
    expect(readResize({ type: 'smm:resize', height: 300 })).toBe(300);
    expect(readResize(undefined)).toBeNull();
    expect(readResult({ type: 'smm:resize', height: 300 })).toBeNull();
  });

  it('knows the site embeds by origin and path', () => {
    expect(isEmbedSrc(`${SITE}/en/embed/roi/?revenue=10&cost=5`, SITE)).toBe(true);
    expect(isEmbedSrc(`${SITE}/en/embed/roi`, SITE)).toBe(false);
    expect(isEmbedSrc(`${SITE}/de/embed/roi/`, SITE)).toBe(false);
    expect(isEmbedSrc(`${SITE}.evil.com/en/embed/roi/`, SITE)).toBe(false);
    expect(isEmbedSrc('not a url', SITE)).toBe(false);
  });

  it('takes the site origin from its own script address', () => {
    expect(originOfScript(`${SITE}/embed.js`)).toBe(SITE);
    expect(originOfScript('javascript:alert(1)')).toBeNull();
    expect(originOfScript('')).toBeNull();
  });
});

describe('/embed.js (built) behaves as the host rules', async () => {
  const code = await embedScript();

  function setUp() {
    const window = new Window({
      url: 'https://host.example.net/slides/',
      settings: { disableIframePageLoading: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
    });
    const document = window.document;
    const frames = {} as Record<FrameName, HTMLIFrameElement>;
    for (const name of Object.keys(FRAME_SRC) as FrameName[]) {
      const frame = document.createElement('iframe');
      frame.setAttribute('src', FRAME_SRC[name]);
      document.body.appendChild(frame);
      // Frame loading is off in this window: give each frame a window of its own to compare with.
      const own = { frame: name };
      Object.defineProperty(frame, 'contentWindow', { get: () => own });
      frames[name] = frame as unknown as HTMLIFrameElement;
    }
    const script = document.createElement('script');
    script.setAttribute('src', `${SITE}/embed.js`);
    document.body.appendChild(script);
    // Run the file as a browser would, with the happy-dom window as its globals.
    new Function('window', 'document', code)(window, document);
    const results: { frame: string; detail: unknown }[] = [];
    const keys: { type: string; key: string; keyCode: number }[] = [];
    for (const type of ['keydown', 'keyup']) {
      document.addEventListener(type, (event) => {
        const e = event as unknown as KeyboardEvent;
        keys.push({ type: e.type, key: e.key, keyCode: e.keyCode });
      });
    }
    document.addEventListener('smm:result', (event) => {
      const target = event.target as unknown as HTMLIFrameElement;
      const name = (Object.keys(frames) as FrameName[]).find((n) => frames[n] === target) ?? '?';
      results.push({ frame: name, detail: (event as unknown as CustomEvent).detail });
    });
    return { window, frames, results, keys };
  }

  it('the frames have windows to compare sources with', () => {
    const { frames } = setUp();
    expect(frames.ctr.contentWindow).toBeTruthy();
    expect(frames.ctr.contentWindow).not.toBe(frames.smart.contentWindow);
  });

  for (const c of cases) {
    it(c.name, () => {
      const { window, frames, results, keys } = setUp();
      const source =
        c.source === 'window' ? window : c.source === 'none' ? null : (frames[c.source].contentWindow as unknown);
      window.dispatchEvent(
        new window.MessageEvent('message', { data: c.data, origin: c.origin, source: source as never }),
      );
      const heights = Object.fromEntries(
        (Object.keys(frames) as FrameName[]).map((name) => [name, frames[name].style.height]),
      );
      if (c.expect === null) {
        expect(Object.values(heights).every((h) => h === '')).toBe(true);
        expect(results).toEqual([]);
        expect(keys).toEqual([]);
      } else if ('key' in c.expect) {
        // Replayed on the host page as reveal.js reads it: keydown then keyup, with keyCode.
        const { key, keyCode } = c.expect;
        expect(keys).toEqual([
          { type: 'keydown', key, keyCode },
          { type: 'keyup', key, keyCode },
        ]);
        expect(results).toEqual([]);
      } else if ('height' in c.expect) {
        expect(heights[c.source as FrameName]).toBe(`${c.expect.height}px`);
        expect(Object.entries(heights).filter(([, h]) => h !== '')).toHaveLength(1);
        expect(results).toEqual([]);
      } else {
        expect(results).toEqual([{ frame: c.source, detail: c.expect.result }]);
        expect(Object.values(heights).every((h) => h === '')).toBe(true);
      }
    });
  }

  it('stops a frame at its data-max-height; the frame then scrolls inside', () => {
    const { window, frames } = setUp();
    frames.ctr.setAttribute('data-max-height', '480');
    frames.smart.setAttribute('data-max-height', 'tall');
    for (const name of ['ctr', 'smart'] as const) {
      window.dispatchEvent(
        new window.MessageEvent('message', {
          data: { type: 'smm:resize', height: 1930 },
          origin: SITE,
          source: frames[name].contentWindow as never,
        }),
      );
    }
    expect(frames.ctr.style.height).toBe('480px');
    // An unreadable data-max-height is ignored, not a reason to stop resizing.
    expect(frames.smart.style.height).toBe('1930px');
  });

  it('runs once even when included twice', () => {
    const { window, frames } = setUp();
    new Function('window', 'document', code)(window, window.document);
    let count = 0;
    frames.ctr.addEventListener('smm:result', () => (count += 1));
    window.dispatchEvent(
      new window.MessageEvent('message', { data: result, origin: SITE, source: frames.ctr.contentWindow as never }),
    );
    expect(count).toBe(1);
  });

  it('does nothing without knowing the site origin', () => {
    const window = new Window({ url: 'https://host.example.net/', settings: { disableIframePageLoading: true } });
    expect(() => new Function('window', 'document', code)(window, window.document)).not.toThrow();
    expect((window as unknown as Record<string, unknown>)['__smmEmbedHost']).toBeUndefined();
  });
});
