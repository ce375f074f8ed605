/**
 * The `imsmanifest.xml` of a SCORM 1.2 package (IMS Content Packaging 1.1.2 with ADL's SCORM 1.2
 * extensions): one organization, one item, one SCO resource listing its files. The schemas it
 * names are in ./xsd and travel in the package beside it.
 */

/** The schema files a SCORM 1.2 package carries at its root, beside the manifest. */
export const SCHEMA_FILES = [
  'imscp_rootv1p1p2.xsd',
  'imsmd_rootv1p2p1.xsd',
  'adlcp_rootv1p2.xsd',
  'ims_xml.xsd',
] as const;

export interface ManifestOptions {
  /** The package's identifier: an XML name (letters, digits, `-`, `_`, `.`; a letter first). */
  identifier: string;
  /** The title the platform shows for the course and its one activity. */
  title: string;
  /** The SCO's launch page, then its other files, as paths relative to the package root. */
  files: readonly [string, ...string[]];
}

/** Escapes text for XML element content and double-quoted attributes. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const NAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;

export function manifestXml({ identifier, title, files }: ManifestOptions): string {
  if (!NAME.test(identifier)) throw new Error(`Not an XML name: ${identifier}`);
  const name = escapeXml(title.trim() === '' ? identifier : title.trim());
  const list = files.map((file) => `      <file href="${escapeXml(file)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${identifier}" version="1.0"
          xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd
                              http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd
                              http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="organization">
    <organization identifier="organization">
      <title>${name}</title>
      <item identifier="item" identifierref="sco" isvisible="true">
        <title>${name}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(files[0])}">
${list}
    </resource>
  </resources>
</manifest>
`;
}
