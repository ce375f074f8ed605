/* eslint-disable max-lines -- a list of test cases over one feature, read one block at a time */
/**
 * The SCORM 1.2 package of a tool (src/lib/scorm): its manifest is valid against the published
 * SCORM 1.2 schemas and describes one organization with one SCO listing the package's files; the
 * launch page frames the embed with the trainer's settings; the launcher finds the platform's API
 * and makes the calls a platform records. (The whole package, launched in Chromium from a
 * fixture platform, is in tests/e2e/scorm.spec.ts.)
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { strFromU8, unzipSync } from 'fflate';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import type { EmbedChoice } from '../../src/lib/embed/snippet';
import { scormPackage } from '../../src/lib/scorm/files';
import { escapeXml, manifestXml, SCHEMA_FILES } from '../../src/lib/scorm/manifest';
import type { LauncherStrings } from '../../src/lib/scorm/page';
import { scormZip } from '../../src/lib/scorm/zip';

const ORIGIN = 'https://smm.example.org';
const XSD_DIR = new URL('../../src/lib/scorm/xsd/', import.meta.url);
const schemas = SCHEMA_FILES.map((fileName) => ({
  fileName,
  contents: readFileSync(new URL(fileName, XSD_DIR), 'utf8'),
}));

const frStrings: LauncherStrings = {
  title: 'Taux de clics (CTR)',
  open: 'Ouvrir la page complète (nouvel onglet)',
  none: 'Pas de plateforme : rien n’est enregistré.',
  connected: 'Relié à la plateforme.',
  saved: 'Résultat enregistré.',
  failed: 'La plateforme a refusé le résultat.',
};

const ctr: EmbedChoice = {
  lang: 'fr',
  tool: 'ctr',
  theme: 'dark',
  size: 'large',
  values: { clicks: '42', impressions: '5600' },
};
const smart: EmbedChoice = {
  lang: 'en',
  tool: 'smart',
  theme: 'auto',
  size: 'normal',
  values: { objective: 'Gain 150 Instagram followers by 30 April' },
};
const audit: EmbedChoice = { lang: 'fr', tool: 'audit', theme: 'light', size: 'normal', values: {} };

/**
 * Validates a manifest with libxml2 (compiled to WebAssembly) against the SCORM 1.2 schemas: the
 * IMS content packaging schema and ADL's extensions, imported together. (IMS's metadata schema,
 * imsmd_rootv1p2p1.xsd, has content models libxml2 refuses to compile; the manifest uses none of
 * its elements.)
 */
async function validate(xml: string) {
  const all = `<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="imscp_rootv1p1p2.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="adlcp_rootv1p2.xsd"/>
</xsd:schema>`;
  const result = await validateXML({
    xml: { fileName: 'imsmanifest.xml', contents: xml },
    schema: { fileName: 'scorm12.xsd', contents: all },
    preload: schemas,
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage).filter((m) => /validity/.test(m)) };
}

/** The elements of a manifest, read with a regular expression (the manifest is ours and flat). */
function elements(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map((m) => m[0]);
}

describe('the manifest', () => {
  it.each([
    ['a KPI', ctr],
    ['the SMART checker', smart],
    ['the audit', audit],
  ])('of %s is valid SCORM 1.2 content packaging', async (_, choice) => {
    const xml = scormPackage(choice, { origin: ORIGIN, strings: frStrings }).files['imsmanifest.xml'] ?? '';
    expect(await validate(xml)).toEqual({ valid: true, errors: [] });
  });

  it('fails validation when it breaks the schemas (the check can fail)', async () => {
    const good = manifestXml({ identifier: 'smm-ctr', title: 'CTR', files: ['index.html'] });
    const badType = await validate(good.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"'));
    expect(badType.valid).toBe(false);
    expect(badType.errors.join('\n')).toContain('scormtype');
    const noResources = await validate(good.replace(/<resources>[\s\S]*<\/resources>/, ''));
    expect(noResources.valid).toBe(false);
  });

  it('declares SCORM 1.2, one organization, one item pointing at one SCO that lists every file of the package', () => {
    const pack = scormPackage(ctr, { origin: ORIGIN, strings: frStrings });
    const xml = pack.files['imsmanifest.xml'] ?? '';
    expect(xml).toMatch(/<schema>ADL SCORM<\/schema>\s*<schemaversion>1\.2<\/schemaversion>/);
    expect(elements(xml, 'organization')).toHaveLength(1);
    expect(xml).toContain('<organizations default="organization">');
    const items = elements(xml, 'item');
    expect(items).toEqual(['<item identifier="item" identifierref="sco" isvisible="true">']);
    const resources = elements(xml, 'resource');
    expect(resources).toEqual([
      '<resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="index.html">',
    ]);
    const listed = elements(xml, 'file').map((f) => /href="([^"]+)"/.exec(f)?.[1]);
    const content = Object.keys(pack.files).filter((f) => f !== 'imsmanifest.xml' && !f.endsWith('.xsd'));
    expect(listed.sort()).toEqual(content.sort());
    // The schemas the manifest names travel with it, at the root.
    expect(
      Object.keys(pack.files)
        .filter((f) => f.endsWith('.xsd'))
        .sort(),
    ).toEqual([...SCHEMA_FILES].sort());
    expect(xml).toContain('<title>Taux de clics (CTR)</title>');
  });

  it('escapes the title and gives every set of settings its own identifier', () => {
    const xml = manifestXml({ identifier: 'x1', title: 'Q&A <b>"ROI"</b>', files: ['index.html'] });
    expect(xml).toContain('<title>Q&amp;A &lt;b&gt;&quot;ROI&quot;&lt;/b&gt;</title>');
    expect(escapeXml(`'`)).toBe('&apos;');
    expect(() => manifestXml({ identifier: '1 bad', title: 'x', files: ['index.html'] })).toThrow();
    const id = (choice: EmbedChoice) =>
      /<manifest identifier="([^"]+)"/.exec(
        scormPackage(choice, { origin: ORIGIN, strings: frStrings }).files['imsmanifest.xml'] ?? '',
      )?.[1];
    expect(id(ctr)).toMatch(/^smm-ctr-fr-[0-9a-f]{8}$/);
    expect(id(ctr)).toBe(id({ ...ctr }));
    expect(id(ctr)).not.toBe(id({ ...ctr, values: { clicks: '43', impressions: '5600' } }));
  });
});

describe('the launch page', () => {
  it('frames the embed of the site that built it, with the language, values, theme and size chosen', () => {
    const pack = scormPackage(ctr, { origin: ORIGIN, strings: frStrings });
    expect(pack.name).toBe('ctr-fr-scorm12.zip');
    const html = pack.files['index.html'] ?? '';
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain(
      'src="https://smm.example.org/fr/embed/ctr/?clicks=42&amp;impressions=5600&amp;theme=dark&amp;size=large"',
    );
    expect(html).toContain('title="Taux de clics (CTR)"');
    expect(html).toContain('data-tool="ctr"');
    expect(html).not.toContain('data-score-max');
    expect(html).toContain('<meta name="color-scheme" content="dark">');
    expect(html).toContain(
      'href="https://smm.example.org/fr/tools/ctr/?clicks=42&amp;impressions=5600&amp;theme=dark&amp;size=large"',
    );
    expect(html).toContain('data-none="Pas de plateforme : rien n’est enregistré."');
    // In <head>, before the frame: no result the tool announces early can be missed.
    expect(html).toMatch(/<script src="launcher.js"><\/script>\n<\/head>[\s\S]*<iframe id="smm-tool"/);
    // No inline script or style: the package works under a platform's strict CSP.
    expect(html).not.toMatch(/<script>|<style|style="/);
  });

  it('gives the SMART checker a score from 0 to 5 and the audit one from 0 to 100', () => {
    const smartHtml = scormPackage(smart, { origin: ORIGIN, strings: frStrings }).files['index.html'] ?? '';
    expect(smartHtml).toContain('data-tool="smart" data-score-min="0" data-score-max="5"');
    expect(smartHtml).toContain('/en/embed/smart/?objective=Gain+150+Instagram+followers+by+30+April"');
    const auditHtml = scormPackage(audit, { origin: ORIGIN, strings: frStrings }).files['index.html'] ?? '';
    expect(auditHtml).toContain('data-tool="audit" data-score-min="0" data-score-max="100"');
    expect(auditHtml).toContain('src="https://smm.example.org/fr/embed/audit/?theme=light"');
  });

  it('never lets a value or a title write markup', () => {
    const hostile = { ...smart, values: { objective: '"><script>alert(1)</script>' } };
    const html =
      scormPackage(hostile, { origin: ORIGIN, strings: { ...frStrings, title: '<img src=x onerror=alert(1)>' } }).files[
        'index.html'
      ] ?? '';
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html.match(/<script/g)).toHaveLength(1);
  });
});

describe('the zip', () => {
  it('holds exactly the package’s files, unchanged', () => {
    const { name, bytes } = scormZip(audit, { origin: ORIGIN, strings: frStrings });
    expect(name).toBe('audit-fr-scorm12.zip');
    const files = unzipSync(bytes);
    const pack = scormPackage(audit, { origin: ORIGIN, strings: frStrings });
    expect(Object.keys(files).sort()).toEqual(Object.keys(pack.files).sort());
    for (const [path, data] of Object.entries(files)) expect(strFromU8(data)).toBe(pack.files[path]);
    expect(Object.keys(files)).toContain('imsmanifest.xml');
  });
});

// ---- The launcher script, run as the package runs it (its exact text), in a Node context. ----

interface Call {
  method: string;
  args: string[];
}

/** A SCORM 1.2 API that records every call, with the platform's answers. */
function recordingApi(options: { status?: string; initialize?: string; setValue?: string } = {}) {
  const calls: Call[] = [];
  const data: Record<string, string> = { 'cmi.core.lesson_status': options.status ?? 'not attempted' };
  const record = (method: string, args: string[]) => calls.push({ method, args });
  return {
    calls,
    data,
    LMSInitialize: (arg: string) => (record('LMSInitialize', [arg]), options.initialize ?? 'true'),
    LMSFinish: (arg: string) => (record('LMSFinish', [arg]), 'true'),
    LMSGetValue: (name: string) => (record('LMSGetValue', [name]), data[name] ?? ''),
    LMSSetValue: (name: string, value: string) => {
      record('LMSSetValue', [name, value]);
      data[name] = value;
      return options.setValue ?? 'true';
    },
    LMSCommit: (arg: string) => (record('LMSCommit', [arg]), 'true'),
    LMSGetLastError: () => '0',
    LMSGetErrorString: () => '',
    LMSGetDiagnostic: () => '',
  };
}
type Api = ReturnType<typeof recordingApi>;

interface Launcher {
  findApi: (win: unknown) => unknown;
  connect: (
    api: Api,
    range: { min: number; max: number } | null,
    now: () => number,
  ) => { record: (value: unknown) => string; finish: () => void } | null;
  scoreText: (value: number) => string;
  sessionTime: (ms: number) => string;
}

function loadLauncher(): Launcher {
  const context: { smmScorm?: Launcher } = {};
  runInNewContext(readFileSync(new URL('../../src/lib/scorm/launcher.js', import.meta.url), 'utf8'), context);
  if (!context.smmScorm) throw new Error('launcher.js exposes nothing');
  return context.smmScorm;
}

/** A window with its parent chain; `API` on some of them; `blocked` ones throw on read, as other origins do. */
interface FakeWindow {
  parent: FakeWindow;
  opener: FakeWindow | null;
  top: FakeWindow;
  API?: unknown;
}
function chain(depth: number, api: unknown, apiAt: number, blocked: number[] = []): FakeWindow[] {
  const wins: FakeWindow[] = [];
  for (let i = 0; i <= depth; i++) {
    const own: Partial<FakeWindow> = {};
    if (i === apiAt) own.API = api;
    const win = blocked.includes(i)
      ? new Proxy(own as FakeWindow, {
          get(target, key) {
            if (key === 'parent' || key === 'top' || key === 'opener') return Reflect.get(target, key);
            throw new Error('SecurityError: blocked a frame with another origin');
          },
        })
      : (own as FakeWindow);
    wins.push(win);
  }
  wins.forEach((w, i) => {
    Object.assign(w, { parent: wins[i + 1] ?? w, top: wins[depth], opener: null });
  });
  return wins;
}

describe('the launcher finds the platform’s SCORM 1.2 API', () => {
  const launcher = loadLauncher();
  const api = recordingApi();

  it('in its own window or a parent frame, the nearest first', () => {
    const [self] = chain(3, api, 2);
    expect(launcher.findApi(self)).toBe(api);
    const nearer = recordingApi();
    const wins = chain(3, api, 3);
    (wins[1] as FakeWindow).API = nearer;
    expect(launcher.findApi(wins[0])).toBe(nearer);
    expect(launcher.findApi(chain(0, api, 0)[0])).toBe(api);
  });

  it('past frames of other origins, which cannot be read', () => {
    const [self] = chain(3, api, 3, [1, 2]);
    expect(launcher.findApi(self)).toBe(api);
  });

  it('in the window that opened it, when no frame has one', () => {
    const lms = chain(1, api, 1);
    const popup = chain(1, null, -1);
    (popup[1] as FakeWindow).opener = lms[0] as FakeWindow; // the top of the popup was opened by the LMS's inner frame
    expect(launcher.findApi(popup[0])).toBe(api);
    const single = chain(0, null, -1);
    (single[0] as FakeWindow).opener = lms[1] as FakeWindow;
    expect(launcher.findApi(single[0])).toBe(api);
  });

  it('and nowhere else: nothing, something that is not an API, or too far up', () => {
    expect(launcher.findApi(chain(2, null, -1)[0])).toBeNull();
    expect(launcher.findApi(chain(2, { LMSInitialize: () => 'true' }, 1)[0])).toBeNull();
    expect(launcher.findApi(chain(2, 'API', 1)[0])).toBeNull();
    expect(launcher.findApi(chain(14, api, 14)[0])).toBeNull();
    expect(launcher.findApi(null)).toBeNull();
  });
});

describe('the launcher records results', () => {
  const launcher = loadLauncher();
  const sets = (api: Api) => api.calls.filter((c) => c.method !== 'LMSGetValue').map((c) => [c.method, ...c.args]);

  it('for a KPI: completion only, once, then LMSFinish with the time spent', () => {
    const api = recordingApi();
    let clock = 1_000;
    const session = launcher.connect(api, null, () => clock);
    expect(session).not.toBeNull();
    expect(session?.record(2.5)).toBe('saved');
    expect(session?.record(3)).toBe('');
    clock += 65_400;
    session?.finish();
    session?.finish();
    expect(sets(api)).toEqual([
      ['LMSInitialize', ''],
      ['LMSSetValue', 'cmi.core.lesson_status', 'incomplete'],
      ['LMSCommit', ''],
      ['LMSSetValue', 'cmi.core.lesson_status', 'completed'],
      ['LMSCommit', ''],
      ['LMSSetValue', 'cmi.core.session_time', '00:01:05'],
      ['LMSFinish', ''],
    ]);
    expect(api.calls.some((c) => c.args[0]?.startsWith('cmi.core.score'))).toBe(false);
  });

  it('for the SMART checker: the score out of 5, each time it changes', () => {
    const api = recordingApi({ status: 'incomplete' });
    const session = launcher.connect(api, { min: 0, max: 5 }, () => 0);
    expect(session?.record(null)).toBe('');
    expect(session?.record(3.5)).toBe('saved');
    expect(session?.record(3.5)).toBe('');
    expect(session?.record(4.5)).toBe('saved');
    expect(session?.record(7)).toBe('');
    expect(session?.record(Number.NaN)).toBe('');
    expect(session?.record('5')).toBe('');
    expect(sets(api)).toEqual([
      ['LMSInitialize', ''],
      ['LMSSetValue', 'cmi.core.score.raw', '3.5'],
      ['LMSSetValue', 'cmi.core.score.min', '0'],
      ['LMSSetValue', 'cmi.core.score.max', '5'],
      ['LMSSetValue', 'cmi.core.lesson_status', 'completed'],
      ['LMSCommit', ''],
      ['LMSSetValue', 'cmi.core.score.raw', '4.5'],
      ['LMSSetValue', 'cmi.core.score.min', '0'],
      ['LMSSetValue', 'cmi.core.score.max', '5'],
      ['LMSCommit', ''],
    ]);
    expect(api.data['cmi.core.lesson_status']).toBe('completed');
  });

  it('for the audit: a percentage with at most two decimals; a finished lesson stays finished', () => {
    const api = recordingApi({ status: 'completed' });
    const session = launcher.connect(api, { min: 0, max: 100 }, () => 0);
    expect(session?.record(200 / 3)).toBe('saved');
    expect(api.data['cmi.core.score.raw']).toBe('66.67');
    expect(api.data['cmi.core.score.max']).toBe('100');
    expect(api.calls.some((c) => c.args[1] === 'incomplete' || c.args[1] === 'completed')).toBe(false);
    session?.finish();
    expect(session?.record(80)).toBe('');
  });

  it('reports a platform that refuses, and does nothing when it will not initialise', () => {
    const refusing = recordingApi({ setValue: 'false' });
    expect(launcher.connect(refusing, null, () => 0)?.record(1)).toBe('failed');
    const closed = recordingApi({ initialize: 'false' });
    expect(launcher.connect(closed, null, () => 0)).toBeNull();
    expect(closed.calls.map((c) => c.method)).toEqual(['LMSInitialize']);
  });

  it('writes times and scores as SCORM 1.2 types (CMITimespan, CMIDecimal)', () => {
    expect(launcher.sessionTime(0)).toBe('00:00:00');
    expect(launcher.sessionTime(3_725_999)).toBe('01:02:05');
    expect(launcher.sessionTime(-5)).toBe('00:00:00');
    expect(launcher.sessionTime(1e12)).toBe('9999:59:59');
    expect(launcher.scoreText(4)).toBe('4');
    expect(launcher.scoreText(2.5)).toBe('2.5');
  });
});

describe('the launch page, wired by launcher.js', () => {
  const code = readFileSync(new URL('../../src/lib/scorm/launcher.js', import.meta.url), 'utf8');

  /** The package's index.html in a happy-dom window framed by a platform that exposes `api`. */
  function launch(api: Api | null, choice: EmbedChoice = smart, parsing = false) {
    const html = scormPackage(choice, { origin: ORIGIN, strings: frStrings }).files['index.html'] ?? '';
    const window = new Window({
      url: 'https://lms.example.edu/pluginfile.php/12/mod_scorm/content/1/index.html',
      settings: { disableIframePageLoading: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
    });
    window.document.write(html);
    const frame = window.document.getElementById('smm-tool') as unknown as HTMLIFrameElement;
    const tool = { tool: 'window' };
    Object.defineProperty(frame, 'contentWindow', { get: () => tool });
    const platform = { API: api };
    Object.assign(platform, { parent: platform, top: platform });
    // The script's globals: the page's window, whose parent is the platform's.
    // While the page is still being parsed (the script runs from <head>), the document says so
    // and wiring waits for DOMContentLoaded; `parsed()` fires it.
    let ready: (() => void) | undefined;
    const document = parsing
      ? {
          readyState: 'loading',
          getElementById: (id: string) => window.document.getElementById(id),
          addEventListener: (type: string, listener: () => void) => {
            if (type === 'DOMContentLoaded') ready = listener;
          },
        }
      : window.document;
    const globals = {
      document,
      location: window.location,
      URL,
      addEventListener: window.addEventListener.bind(window),
      parent: platform,
      top: platform,
      opener: null,
    };
    runInNewContext(code, globals);
    const post = (data: unknown, origin = ORIGIN, source: unknown = tool) =>
      window.dispatchEvent(new window.MessageEvent('message', { data, origin, source: source as never }));
    const status = () => window.document.getElementById('smm-status')?.textContent;
    return { window, post, status, parsed: () => ready?.() };
  }
  const result = (value: unknown, tool = 'smart') => ({ type: 'smm:result', tool, value, inputs: {} });
  const scores = (api: Api) => api.calls.filter((c) => c.args[0] === 'cmi.core.score.raw').map((c) => c.args[1]);

  it('records the framed tool’s results, and says so', () => {
    const api = recordingApi();
    const { post, status } = launch(api);
    expect(status()).toBe(frStrings.connected);
    post(result(4));
    expect(scores(api)).toEqual(['4']);
    expect(api.data['cmi.core.lesson_status']).toBe('completed');
    expect(status()).toBe(frStrings.saved);
  });

  it('records a result the tool announced before the launch page was parsed', () => {
    const api = recordingApi();
    const { post, status, parsed } = launch(api, smart, true);
    post(result(3));
    expect(api.calls).toEqual([]);
    parsed();
    expect(scores(api)).toEqual(['3']);
    expect(status()).toBe(frStrings.saved);
  });

  it('ignores messages from anyone else, of another kind or about another tool', () => {
    const api = recordingApi();
    const { window, post } = launch(api);
    post(result(1), 'https://evil.example.com');
    post(result(1), ORIGIN, window);
    post(result(1), ORIGIN, null);
    post(result(1, 'audit'));
    post({ type: 'smm:resize', height: 3 });
    post('smm:result');
    post(null);
    expect(scores(api)).toEqual([]);
    expect(api.data['cmi.core.lesson_status']).toBe('incomplete');
  });

  it('finishes once when the page goes away', () => {
    const api = recordingApi();
    const { window } = launch(api);
    window.dispatchEvent(new window.Event('pagehide'));
    window.dispatchEvent(new window.Event('beforeunload'));
    expect(api.calls.filter((c) => c.method === 'LMSFinish')).toHaveLength(1);
  });

  it('without a platform, leaves the tool alone and says nothing is recorded', () => {
    const { post, status } = launch(null, ctr);
    expect(status()).toBe(frStrings.none);
    expect(() => post(result(2.5, 'ctr'))).not.toThrow();
    expect(status()).toBe(frStrings.none);
  });
});
