/**
 * A small .xlsx reader for the tests, independent of ExcelJS (which writes the files): it unzips
 * with node:zlib and reads the XML parts with regular expressions, so that what is checked is
 * what is in the file, not what the writer's own reader makes of it.
 */
import { inflateRawSync } from 'node:zlib';

/** The entries of a zip archive, by name (stored or deflated entries: what .xlsx writers use). */
export function unzip(bytes: Uint8Array): Map<string, Buffer> {
  const buf = Buffer.from(bytes);
  const files = new Map<string, Buffer>();
  // End of central directory: signature 0x06054b50, searched from the end.
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('Not a zip file');
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('Bad central directory');
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataStart, dataStart + size);
    if (!name.endsWith('/')) files.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

export interface XCell {
  ref: string;
  /** A text, a number or null (empty). For a formula: its cached value. */
  value: string | number | null;
  formula?: string;
  numFmt: string;
  italic: boolean;
}

export interface XSheet {
  name: string;
  cells: Map<string, XCell>;
  /** `xSplit`/`ySplit` of the frozen pane. */
  frozen?: { columns: number; rows: number };
  landscape: boolean;
  paperSize?: number;
  validations: string[];
}

/** Number formats every spreadsheet knows by id (the ones the writer may use). */
const builtinFormats: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  14: 'mm-dd-yy',
  49: '@',
};

export function readXlsx(bytes: Uint8Array): { sheets: XSheet[]; files: Map<string, Buffer> } {
  const files = unzip(bytes);
  const part = (name: string) => {
    const file = files.get(name);
    if (!file) throw new Error(`No ${name} in the file`);
    return file.toString('utf8');
  };
  const shared = [...part('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    [...(m[1] ?? '').matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescapeXml(t[1] ?? '')).join(''),
  );
  const styles = part('xl/styles.xml');
  const custom = new Map<number, string>(
    [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/g)].map((m) => [
      Number(m[1]),
      unescapeXml(m[2] ?? ''),
    ]),
  );
  const fonts = [
    ...(/<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)?.[1] ?? '').matchAll(/<font>([\s\S]*?)<\/font>|<font\/>/g),
  ].map((m) => (m[1] ?? '').includes('<i/>'));
  const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf ([^>]*?)\/?>/g)].map(
    (m) => {
      const attrs = m[1] ?? '';
      const numFmtId = Number(/numFmtId="(\d+)"/.exec(attrs)?.[1] ?? 0);
      const fontId = Number(/fontId="(\d+)"/.exec(attrs)?.[1] ?? 0);
      return {
        numFmt: custom.get(numFmtId) ?? builtinFormats[numFmtId] ?? `#${numFmtId}`,
        italic: fonts[fontId] ?? false,
      };
    },
  );
  const workbook = part('xl/workbook.xml');
  const rels = part('xl/_rels/workbook.xml.rels');
  const sheets = [...workbook.matchAll(/<sheet ([^>]*)\/>/g)].map((m) => {
    const attrs = m[1] ?? '';
    const name = unescapeXml(/name="([^"]*)"/.exec(attrs)?.[1] ?? '');
    const rid = /r:id="([^"]*)"/.exec(attrs)?.[1] ?? '';
    const target =
      new RegExp(`Id="${rid}"[^>]*Target="([^"]*)"`).exec(rels)?.[1] ??
      new RegExp(`Target="([^"]*)"[^>]*Id="${rid}"`).exec(rels)?.[1];
    const xml = part(`xl/${(target ?? '').replace(/^\/?xl\//, '')}`);
    const cells = new Map<string, XCell>();
    for (const c of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = c[1] ?? '';
      const attrs = c[2] ?? '';
      const body = c[3] ?? '';
      const type = /t="(\w+)"/.exec(attrs)?.[1];
      const style = xfs[Number(/s="(\d+)"/.exec(attrs)?.[1] ?? 0)] ?? { numFmt: 'General', italic: false };
      const f = /<f>([\s\S]*?)<\/f>/.exec(body)?.[1];
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let value: string | number | null = null;
      if (v !== undefined) {
        if (type === 's') value = shared[Number(v)] ?? null;
        else if (type === 'str' || type === 'e') value = unescapeXml(v);
        else value = Number(v);
      } else if (type === 'inlineStr') {
        value = unescapeXml(/<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1] ?? '');
      }
      cells.set(ref, {
        ref,
        value,
        ...(f === undefined ? {} : { formula: unescapeXml(f) }),
        numFmt: style.numFmt,
        italic: style.italic,
      });
    }
    const pane = /<pane ([^>]*)\/>/.exec(xml)?.[1];
    const paper = /<pageSetup [^>]*paperSize="(\d+)"/.exec(xml)?.[1];
    return {
      name,
      cells,
      ...(pane
        ? {
            frozen: {
              columns: Number(/xSplit="(\d+)"/.exec(pane)?.[1] ?? 0),
              rows: Number(/ySplit="(\d+)"/.exec(pane)?.[1] ?? 0),
            },
          }
        : {}),
      landscape: /<pageSetup [^>]*orientation="landscape"/.test(xml),
      ...(paper ? { paperSize: Number(paper) } : {}),
      validations: [...xml.matchAll(/<formula1>([\s\S]*?)<\/formula1>/g)].map((m) => unescapeXml(m[1] ?? '')),
    };
  });
  return { sheets, files };
}
