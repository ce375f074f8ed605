/**
 * The files of a SCORM 1.2 package for one tool with the embed panel's settings: the manifest,
 * the launch page framing the site's embed (absolute address on the site that built it), the
 * launcher script and style, and the four schema files. Text only; zip.ts packs them. Loaded
 * only when the visitor asks for a package (the embed panel imports it on demand).
 */
import { absolute, embedPath, toolPath, type EmbedChoice } from '../embed/snippet';
import imscp from './xsd/imscp_rootv1p1p2.xsd?raw';
import imsmd from './xsd/imsmd_rootv1p2p1.xsd?raw';
import adlcp from './xsd/adlcp_rootv1p2.xsd?raw';
import imsXml from './xsd/ims_xml.xsd?raw';
import launcherJs from './launcher.js?raw';
import launcherCss from './launcher.css?raw';
import { manifestXml, SCHEMA_FILES } from './manifest';
import { launcherHtml, type LauncherStrings } from './page';
import { scoreRange } from './score';

export interface ScormPackage {
  /** The zip's file name: `{tool}-{lang}-scorm12.zip`. */
  name: string;
  /** Path in the package → text. */
  files: Record<string, string>;
}

const SCHEMAS: Record<(typeof SCHEMA_FILES)[number], string> = {
  'imscp_rootv1p1p2.xsd': imscp,
  'imsmd_rootv1p2p1.xsd': imsmd,
  'adlcp_rootv1p2.xsd': adlcp,
  'ims_xml.xsd': imsXml,
};

/** FNV-1a, 32 bits, in hex: a short stable tag that tells two packages' settings apart. */
function tag(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function scormPackage(choice: EmbedChoice, options: { origin: string; strings: LauncherStrings }): ScormPackage {
  const embedUrl = absolute(options.origin, embedPath(choice));
  const index = launcherHtml({
    lang: choice.lang,
    theme: choice.theme,
    tool: choice.tool,
    embedUrl,
    fullUrl: absolute(options.origin, toolPath(choice)),
    range: scoreRange(choice.tool),
    strings: options.strings,
  });
  const manifest = manifestXml({
    identifier: `smm-${choice.tool}-${choice.lang}-${tag(embedUrl)}`,
    title: options.strings.title,
    files: ['index.html', 'launcher.js', 'launcher.css'],
  });
  return {
    name: `${choice.tool}-${choice.lang}-scorm12.zip`,
    files: {
      'imsmanifest.xml': manifest,
      'index.html': index,
      'launcher.js': launcherJs,
      'launcher.css': launcherCss,
      ...SCHEMAS,
    },
  };
}
