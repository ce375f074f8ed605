/**
 * Packs a SCORM package into a zip, in the browser: fflate (a small, maintained zip library),
 * synchronous (no worker, so nothing for the Content-Security-Policy to allow), and loaded with
 * the package's files only when the visitor asks for one.
 */
import { strToU8, zipSync } from 'fflate';
import { scormPackage, type ScormPackage } from './files';

function zipFiles(files: ScormPackage['files']): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [path, text] of Object.entries(files)) entries[path] = strToU8(text);
  return zipSync(entries, { level: 9 });
}

/** The zip of a tool's package, and its file name. */
export function scormZip(...args: Parameters<typeof scormPackage>): { name: string; bytes: Uint8Array } {
  const pack = scormPackage(...args);
  return { name: pack.name, bytes: zipFiles(pack.files) };
}
