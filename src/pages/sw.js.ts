/**
 * /sw.js, the service worker (body in src/lib/embed/sw.js), built with the list of pages to keep
 * for offline use: every tool and embed page, the guide, the glossary, the trainers' page, the
 * legal notice, the privacy page and the homes, in both locales, with the app manifests and icons
 * (so that the installed app starts offline). A new build gives a new VERSION, so visitors get the new files.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { chaptersOf } from '../lib/content/guide';
import { toolIds } from '../lib/embed/tools';
import { locales } from '../lib/i18n';
import { icons } from '../lib/share/manifest';
import body from '../lib/embed/sw.js?raw';

export const GET: APIRoute = async () => {
  const entries = await getCollection('guide');
  const pages = ['/', '/404.html', '/favicon.svg', '/embed.js', ...icons.map((i) => i.file)];
  for (const lang of locales) {
    pages.push(`/${lang}/`, `/${lang}/guide/`, `/${lang}/glossary/`, `/${lang}/tools/`, `/${lang}/trainers/`);
    pages.push(`/${lang}/legal/`, `/${lang}/privacy/`, `/${lang}/manifest.webmanifest`);
    for (const chapter of chaptersOf(entries, lang)) pages.push(`/${lang}/guide/${chapter.slug}/`);
    for (const tool of toolIds) pages.push(`/${lang}/tools/${tool}/`, `/${lang}/embed/${tool}/`);
  }
  const head = `const VERSION = ${JSON.stringify(new Date().toISOString())};\nconst PAGES = ${JSON.stringify(pages)};\n`;
  return new Response(head + body, {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
  });
};
