/**
 * Reads a tool's current state from the page (docs/CONTRACT.md markup: labelled inputs, `<output>`
 * results, SMART criteria with `data-criterion`/`data-status`) and draws it, laid out by
 * src/lib/embed/picture.ts, as an SVG element built with DOM APIs (text goes in as text nodes,
 * never as markup), then as PNG through a canvas. Used by the embed panel of every tool page.
 */
import { cleanText, type PictureLayout, type PictureRow } from '../lib/embed/picture';

const SVG = 'http://www.w3.org/2000/svg';
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

const textOf = (node: Node | null | undefined) => cleanText(node?.textContent ?? '');

/** A label's text without the parts a slide does not need (marked `data-picture-skip`: "(optional)"). */
function labelText(label: Element | null | undefined): string {
  if (!label) return '';
  const copy = label.cloneNode(true) as Element;
  for (const skip of copy.querySelectorAll('[data-picture-skip]')) skip.remove();
  return textOf(copy);
}

/** The labelled inputs of a tool and their values; the results, with their labels where given. */
export function readTool(
  root: ParentNode,
  statuses: Record<string, string>,
): { inputs: PictureRow[]; results: PictureRow[]; formula: string[]; notes: string[] } {
  const inputs: PictureRow[] = [];
  const results: PictureRow[] = [];
  const doc = (root as Node).ownerDocument ?? (root as Document);
  for (const field of root.querySelectorAll<HTMLInputElement>('input[name], select[name], textarea[name]')) {
    const type = field.type;
    if (/hidden|button|submit|reset|file|password/.test(type) || field.closest('[hidden]')) continue;
    if ((type === 'checkbox' || type === 'radio') && !field.checked) continue;
    const select = field as unknown as HTMLSelectElement;
    const value =
      type === 'checkbox' || type === 'radio'
        ? '✓'
        : field.tagName === 'SELECT'
          ? textOf(select.options[select.selectedIndex])
          : field.value;
    if (cleanText(value)) inputs.push({ label: labelText(field.labels?.[0]) || field.name, value });
  }
  for (const output of root.querySelectorAll('output')) {
    const ids = output.getAttribute('aria-labelledby') ?? '';
    const label = ids
      .split(' ')
      .map((id) => textOf(doc.getElementById(id)))
      .join(' ');
    results.push({ label: cleanText(label), value: textOf(output) });
  }
  // The SMART score first, then each criterion with the status word the page shows.
  for (const score of root.querySelectorAll('[data-score]')) results.push({ label: '', value: textOf(score) });
  for (const criterion of root.querySelectorAll<HTMLElement>('[data-criterion]')) {
    const heading = criterion.querySelector('h2, h3, h4, dt, strong');
    results.push({
      label: textOf(heading) || (criterion.dataset['criterion'] ?? ''),
      value: textOf(criterion.querySelector('.smart-status')) || (statuses[criterion.dataset['status'] ?? ''] ?? '?'),
    });
  }
  // The page's own formula lines and what it says of the result (KPI calculators mark them).
  const formula = [...root.querySelectorAll('[data-picture-formula]')].map(textOf).filter(Boolean).slice(0, 2);
  const notes = [...root.querySelectorAll('[data-picture-note]')].map(textOf).filter(Boolean);
  return { inputs, results, formula, notes };
}

/** The picture as an SVG element, drawn with DOM APIs. */
export function renderSvg(layout: PictureLayout, doc: Document, title: string): SVGSVGElement {
  const node = (name: string, attrs: Record<string, string | number>, parent: Element, text?: string) => {
    const element = doc.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, String(value));
    if (text !== undefined) element.textContent = text;
    parent.appendChild(element);
    return element;
  };
  const { width, height } = layout;
  const svg = doc.createElementNS(SVG, 'svg');
  for (const [key, value] of Object.entries({
    xmlns: SVG,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': FONT,
  })) {
    svg.setAttribute(key, String(value));
  }
  node('title', {}, svg, title);
  node('rect', { width, height, fill: layout.background }, svg);
  for (const item of layout.items) {
    if (item.size === 0) {
      node(
        'rect',
        {
          x: item.x,
          y: item.y,
          width: item.w ?? width - 2 * item.x,
          height: item.h ?? 0,
          rx: 12,
          fill: item.fill,
          stroke: layout.border,
          'stroke-width': 2,
        },
        svg,
      );
    } else {
      node(
        'text',
        { x: item.x, y: item.y, 'font-size': item.size, 'font-weight': item.bold ? 700 : 400, fill: item.fill },
        svg,
        item.text,
      );
    }
  }
  return svg;
}

/** The SVG drawn on a canvas, as a PNG file. The SVG goes in as a data: image (CSP img-src). */
export async function svgToPng(svg: SVGSVGElement, width: number, height: number): Promise<Blob | null> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')?.drawImage(image, 0, 0);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}
