// @ts-check
/**
 * Renders one preview image (1200×630 PNG) from its text: satori lays the card out (HTML/CSS-like
 * flexbox to SVG, text as paths, with the Atkinson Hyperlegible font from @fontsource) and resvg
 * rasterises it. Run in worker threads by src/build/social-images.ts; build time only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

const WIDTH = 1200;
const HEIGHT = 630;

/** @typedef {{ lang: string; kicker: string; title: string; site: string }} CardText */
/** @typedef {{ accent: string; favicon: string }} Look */

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('@fontsource/atkinson-hyperlegible/LICENSE')), 'files');
/** @param {400 | 700} weight */
const font = (weight) => readFileSync(join(fontDir, `atkinson-hyperlegible-latin-${weight}-normal.woff`));

/** The same array on every call: satori caches parsed fonts by it. */
const fonts = [
  {
    name: 'Atkinson Hyperlegible',
    data: font(400),
    weight: /** @type {const} */ (400),
    style: /** @type {const} */ ('normal'),
  },
  {
    name: 'Atkinson Hyperlegible',
    data: font(700),
    weight: /** @type {const} */ (700),
    style: /** @type {const} */ ('normal'),
  },
];

/** Identifies the fonts, so that cached images are rendered anew when they change. */
export const FONT_SIGNATURE = fonts.map((f) => f.data.length).join('-');

/**
 * @param {string} type
 * @param {Record<string, unknown>} style
 * @param {unknown} [children]
 * @param {Record<string, unknown>} [extra]
 */
const el = (type, style, children, extra = {}) => ({ type, props: { style, children, ...extra } });

/** Title size by length, so that long titles still fit in three lines. @param {string} title */
function titleSize(title) {
  if (title.length <= 30) return 76;
  if (title.length <= 55) return 64;
  if (title.length <= 80) return 54;
  return 46;
}

/** @param {CardText} card @param {string} host @param {Look} look */
function cardTree(card, host, look) {
  const logo = `data:image/svg+xml;base64,${Buffer.from(look.favicon).toString('base64')}`;
  return el(
    'div',
    {
      width: WIDTH,
      height: HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: '#fdfcfa',
      fontFamily: 'Atkinson Hyperlegible',
      color: '#1d1d1f',
    },
    [
      el('div', { display: 'flex', alignItems: 'center', padding: '56px 72px 0', gap: 24 }, [
        el('img', { width: 72, height: 72 }, undefined, { src: logo, width: 72, height: 72 }),
        el('div', { fontSize: 34, fontWeight: 700 }, card.site),
      ]),
      el(
        'div',
        { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', padding: '0 72px' },
        [
          card.kicker
            ? el('div', { fontSize: 34, fontWeight: 700, color: look.accent, marginBottom: 16 }, card.kicker)
            : null,
          el(
            'div',
            { fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.15, lineClamp: 3, display: 'block' },
            card.title,
          ),
        ].filter(Boolean),
      ),
      el(
        'div',
        {
          display: 'flex',
          height: 84,
          alignItems: 'center',
          padding: '0 72px',
          backgroundColor: look.accent,
          color: '#ffffff',
          fontSize: 30,
        },
        host,
      ),
    ],
  );
}

/** @param {string} svg @param {number} width */
export function svgToPng(svg, width) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render().asPng();
}

/** @param {CardText} card @param {string} host @param {Look} look */
export async function renderCard(card, host, look) {
  const svg = await satori(/** @type {never} */ (cardTree(card, host, look)), { width: WIDTH, height: HEIGHT, fonts });
  return svgToPng(svg, WIDTH);
}
