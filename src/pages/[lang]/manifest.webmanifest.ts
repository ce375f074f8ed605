/** /{lang}/manifest.webmanifest: the web app manifest of each locale (src/lib/share/manifest.ts). */
import type { APIRoute } from 'astro';
import { locales, type Locale } from '../../lib/i18n';
import { manifest } from '../../lib/share/manifest';

export function getStaticPaths() {
  return locales.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(manifest(params['lang'] as Locale), null, 2), {
    headers: { 'content-type': 'application/manifest+json; charset=utf-8' },
  });
