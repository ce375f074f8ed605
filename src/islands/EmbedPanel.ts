/**
 * The embed panel of every tool page (markup in src/layouts/Tool.astro). Plain DOM, no framework,
 * to stay light beside the tool's island, and loaded only when the visitor reaches the panel
 * (src/scripts/tool-page.ts). It
 * - keeps the tool's current values: from the page URL, then from every `smm:result` event the
 *   tool dispatches (its inputs as URL params), filtered by src/lib/embed/snippet.ts;
 * - opens the live preview (the page ships it empty), and rewrites the iframe code, the link and
 *   the preview when a value or a setting changes,
 *   and sizes the preview from its `smm:resize` messages (the host-page rules of host.ts);
 * - copies the code or the link, and downloads a picture of the result (SVG or PNG);
 * - downloads a SCORM 1.2 package of the tool with the same settings (src/lib/scorm, with its zip
 *   library, loaded only when asked for).
 */
import type { ResultDetail } from '../lib/embed/events';
import { defaultLocale, isLocale } from '../lib/i18n/locales';
import { readResize } from '../lib/embed/host';
import { layoutPicture, pictureFileName } from '../lib/embed/picture';
import {
  absolute,
  clampHeight,
  embedPath,
  iframeCode,
  normaliseChoice,
  toolPath,
  toolValues,
} from '../lib/embed/snippet';
import type { LauncherStrings } from '../lib/scorm/page';
import { readTool, renderSvg, svgToPng } from './EmbedPicture';

/**
 * Wires the panel. `latest` is the tool's last `smm:result`, dispatched before this module was
 * loaded (the page's bootstrap keeps it).
 */
// eslint-disable-next-line max-lines-per-function -- plain-DOM wiring of the whole panel, its handlers share the panel's state
export function setUp(panel: HTMLElement, latest?: ResultDetail): void {
  const data = panel.dataset;
  const tool = data['tool'] ?? '';
  const title = data['title'] ?? '';
  let s: Record<string, string> = {};
  let scormStrings: Partial<Record<string, LauncherStrings>> = {};
  try {
    s = JSON.parse(data['strings'] ?? '{}') as Record<string, string>;
    scormStrings = JSON.parse(data['scorm'] ?? '{}') as typeof scormStrings;
  } catch {
    // Labels stay empty rather than break the panel.
  }
  // The markup is Tool.astro's own: every element is there.
  const $ = <T extends Element>(selector: string) => panel.querySelector(selector) as T;
  const form = $<HTMLFormElement>('form');
  const code = $<HTMLTextAreaElement>('textarea');
  const link = $<HTMLInputElement>('[data-embed-link]');
  const preview = $<HTMLIFrameElement>('iframe');
  const status = $<HTMLElement>('[role=status]');
  const height = $<HTMLInputElement>('[name=embed-height]');
  let values = latest?.tool === tool ? toolValues(latest.inputs) : toolValues(location.search);
  let touched = false;
  let timer = 0;

  const say = (text: string) => {
    status.textContent = '';
    setTimeout(() => (status.textContent = text), 50);
  };

  const choice = () => {
    const fields = new FormData(form);
    return {
      ...normaliseChoice({
        lang: fields.get('embed-lang'),
        tool: tool as never,
        theme: fields.get('embed-theme'),
        size: fields.get('embed-size'),
        layout: fields.get('embed-layout'),
        reveal: fields.has('embed-reveal'),
        values: fields.has('embed-values') ? values : {},
      }),
      script: fields.has('embed-script'),
    };
  };

  const update = (event?: Event) => {
    const current = choice();
    const target = event?.target as HTMLInputElement | undefined;
    if (target === height) touched = true;
    // The height follows the size and the layout (measured heights, heights.json) until typed in.
    if ((target?.name === 'embed-size' || target?.name === 'embed-layout') && !touched) {
      const key = current.layout === 'slide' ? `slide${current.size === 'large' ? 'Large' : 'Normal'}` : current.size;
      height.value = height.dataset[key] ?? height.value;
    }
    const px = clampHeight(Number(height.value));
    code.value = iframeCode(current, { origin: location.origin, title, script: current.script, height: px });
    link.value = absolute(location.origin, toolPath(current));
    clearTimeout(timer);
    const src = embedPath(current);
    // The page ships the preview without a source (an embed is a whole second page on the same
    // main thread): it opens at once when the panel is set up, then follows the settings as
    // they pause.
    if (!preview.getAttribute('src')) preview.src = src;
    else timer = window.setTimeout(() => preview.getAttribute('src') !== src && (preview.src = src), 400);
  };

  form.addEventListener('input', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  addEventListener('smm:result', (event) => {
    const detail = (event as CustomEvent<ResultDetail | undefined>).detail;
    if (detail?.tool !== tool) return;
    values = toolValues(detail.inputs);
    update();
  });
  // The preview is one of the site's embeds: it sizes itself as in any host page.
  addEventListener('message', (event) => {
    const px =
      event.origin === location.origin && event.source === preview.contentWindow ? readResize(event.data) : null;
    if (px !== null) preview.style.height = `${px}px`;
  });

  const save = (blob: Blob, name: string) => {
    const anchor = document.createElement('a');
    anchor.href = URL.createObjectURL(blob);
    anchor.download = name;
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(anchor.href), 10_000);
  };

  /** The SCORM package: the embed with the current settings, framed by a launcher that talks to the LMS. */
  const downloadScorm = async () => {
    const current = choice();
    const strings = scormStrings[current.lang];
    try {
      if (!strings) throw new Error('No texts for the package');
      const { scormZip } = await import('../lib/scorm/zip');
      const { name, bytes } = scormZip(current, { origin: location.origin, strings });
      save(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), name);
      say((s['scormSaved'] ?? '').replace('{file}', name));
    } catch {
      say(s['scormError'] ?? '');
    }
  };

  const onClick = async (event: MouseEvent): Promise<void> => {
    const button = (event.target as Element).closest('button');
    if (!button) return;
    if (button.hasAttribute('data-scorm')) {
      await downloadScorm();
      return;
    }
    const copy = button.dataset['copy'];
    if (copy) {
      const field = document.getElementById(copy) as HTMLInputElement;
      try {
        await navigator.clipboard.writeText(field.value);
        say(s['copied'] ?? '');
      } catch {
        field.select();
        say(s['copyManual'] ?? '');
      }
      return;
    }
    const kind = button.dataset['picture'] === 'png' ? 'png' : 'svg';
    const state = readTool(document.querySelector('[data-tool-app]') ?? document.body, s);
    const current = choice();
    const layout = layoutPicture(
      {
        title,
        ...state,
        footer: `${s['site']} · ${absolute(location.origin, toolPath({ ...current, lang: isLocale(data['lang']) ? data['lang'] : defaultLocale, theme: 'auto', size: 'normal', layout: 'page', reveal: false, values }))}`,
        strings: {
          inputs: s['inputs'] ?? '',
          results: s['results'] ?? '',
          noResult: s['noResult'] ?? '',
          colon: s['colon'] ?? ': ',
        },
      },
      current.theme === 'dark' ? 'dark' : 'light',
    );
    const svg = renderSvg(layout, document, title);
    const blob =
      kind === 'svg'
        ? new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' })
        : await svgToPng(svg, layout.width, layout.height);
    if (!blob) return;
    const name = pictureFileName(tool, kind);
    save(blob, name);
    say((s['downloaded'] ?? '').replace('{file}', name));
  };
  panel.addEventListener('click', (event) => void onClick(event));

  update();
}
