/**
 * /{lang}/templates/{id}.xlsx: each template as a spreadsheet, written at build time from the
 * same model as its printable page (src/lib/templates). ExcelJS runs here, in the build, only.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '../../../lib/i18n';
import { buildTemplate } from '../../../lib/templates/build';
import { templateIds, type TemplateId } from '../../../lib/templates/ids';
import { writeXlsx } from '../../../lib/templates/xlsx';

export const getStaticPaths = (() =>
  locales.flatMap((lang) => templateIds.map((id) => ({ params: { lang, id } })))) satisfies GetStaticPaths;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const GET: APIRoute = async ({ params, site }) => {
  const template = buildTemplate(
    params.id as TemplateId,
    params.lang as Locale,
    (site ?? new URL('https://example.org')).origin,
  );
  const bytes = await writeXlsx(template);
  return new Response(bytes, { headers: { 'Content-Type': XLSX_TYPE } });
};
