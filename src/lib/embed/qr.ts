/**
 * A QR code as an SVG element, built with DOM APIs (no markup string): the modules come from
 * uqr's encoder (a maintained, dependency-free library), loaded only when presenter mode opens.
 * One path draws every dark module; a quiet zone of four modules surrounds the code, as the
 * standard asks, so that phone cameras find it on a projected slide.
 */
import { encode } from 'uqr';

const SVG = 'http://www.w3.org/2000/svg';
const QUIET = 4;

/** The path data of the dark modules of a QR code matrix (one unit square per module). */
function modulesPath(matrix: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x + QUIET} ${y + QUIET}h1v1h-1z`);
    });
  });
  return parts.join('');
}

/** Draws `text` as a QR code (error correction M), titled for screen readers. */
export function qrSvg(doc: Document, text: string, title: string): SVGSVGElement {
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  const side = size + 2 * QUIET;
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${side} ${side}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('shape-rendering', 'crispEdges');
  const label = doc.createElementNS(SVG, 'title');
  label.textContent = title;
  const background = doc.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(side));
  background.setAttribute('height', String(side));
  background.setAttribute('fill', '#fff');
  const modules = doc.createElementNS(SVG, 'path');
  modules.setAttribute('d', modulesPath(data));
  modules.setAttribute('fill', '#000');
  svg.append(label, background, modules);
  return svg;
}
