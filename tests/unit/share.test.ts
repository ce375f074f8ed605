/** Link previews, structured data, share links, the manifest and the legal notice's settings (src/lib/share). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SET_ASIDE_KEY, STORAGE_KEY } from '../../src/lib/audit/storage';
import { cardFromGraph } from '../../src/lib/share/card';
import { shareLinks, toolShareUrl } from '../../src/lib/share/links';
import { icons, manifest, THEME_COLOR } from '../../src/lib/share/manifest';
import { cardImagePath, isoMinutes } from '../../src/lib/share/page';
import { missingWarning, publisherVariables, readPublisher } from '../../src/lib/share/publisher';
import { breadcrumbs, jsonLdText, structuredData, type PageData } from '../../src/lib/share/structured-data';

const site = new URL('https://smm.example.org');

const chapter: PageData = {
  lang: 'fr',
  site,
  pathname: '/fr/guide/kpis/',
  title: 'Les KPI : mesurer ce qui compte',
  description: 'Choisir trois à cinq indicateurs qui suivent vos objectifs.',
  page: { kind: 'chapter', order: 7, minutes: 14, updated: new Date('2026-11-03T00:00:00Z') },
};

type Node = Record<string, unknown>;
const nodes = (data: PageData) => structuredData(data)['@graph'] as Node[];

describe('share links (content pages)', () => {
  const url = 'https://smm.example.org/fr/guide/kpis/';
  const links = shareLinks(url, 'Les KPI : mesurer ce qui compte', `Les KPI : ${url}`);
  const href = (network: string) => links.find((l) => l.network === network)?.href ?? '';

  it('gives one plain link per network, in a fixed order', () => {
    expect(links.map((l) => l.network)).toEqual(['linkedin', 'facebook', 'x', 'whatsapp', 'email']);
  });

  it('passes the page address, encoded, to each network', () => {
    expect(new URL(href('linkedin')).searchParams.get('url')).toBe(url);
    expect(new URL(href('facebook')).searchParams.get('u')).toBe(url);
    const x = new URL(href('x'));
    expect(x.host).toBe('x.com');
    expect(x.searchParams.get('url')).toBe(url);
    expect(x.searchParams.get('text')).toBe('Les KPI : mesurer ce qui compte');
    expect(new URL(href('whatsapp')).searchParams.get('text')).toBe(`Les KPI : mesurer ce qui compte ${url}`);
  });

  it('writes an e-mail with subject and body, spaces as %20 (mail clients show + as is)', () => {
    const mail = href('email');
    expect(mail.startsWith('mailto:?subject=Les%20KPI')).toBe(true);
    expect(mail).not.toContain('+');
    expect(decodeURIComponent(mail.split('body=')[1] ?? '')).toBe(`Les KPI : ${url}`);
  });
});

describe('the address a tool shares', () => {
  const here = { origin: 'https://smm.example.org', pathname: '/fr/tools/ctr/', search: '' };

  it('carries the values the visitor typed', () => {
    expect(toolShareUrl(here, { clicks: '25', impressions: '1000' })).toBe(
      'https://smm.example.org/fr/tools/ctr/?clicks=25&impressions=1000',
    );
  });

  it('keeps the page’s own parameters, replaces the values and drops emptied ones', () => {
    const opened = { ...here, search: '?clicks=3&theme=dark&impressions=9' };
    expect(toolShareUrl(opened, { clicks: '40', impressions: '' })).toBe(
      'https://smm.example.org/fr/tools/ctr/?clicks=40&theme=dark',
    );
  });

  it('shares the page as opened when the tool has said nothing yet, and never a bad value', () => {
    expect(toolShareUrl({ ...here, search: '?objective=Gagner%20100%20abonn%C3%A9s' })).toBe(
      'https://smm.example.org/fr/tools/ctr/?objective=Gagner%20100%20abonn%C3%A9s',
    );
    expect(toolShareUrl(here, { clicks: 25, impressions: { x: 1 }, cost: 'x'.repeat(501) })).toBe(
      'https://smm.example.org/fr/tools/ctr/',
    );
    expect(toolShareUrl(here, 'clicks=3')).toBe('https://smm.example.org/fr/tools/ctr/');
  });
});

describe('structured data', () => {
  it('describes a chapter as a LearningResource that is part of the guide', () => {
    const [main] = nodes(chapter);
    expect(main).toMatchObject({
      '@type': 'LearningResource',
      '@id': 'https://smm.example.org/fr/guide/kpis/',
      name: 'Les KPI : mesurer ce qui compte',
      inLanguage: 'fr-FR',
      educationalLevel: 'Débutant',
      timeRequired: 'PT14M',
      position: 7,
      dateModified: '2026-11-03',
      isPartOf: { '@type': 'LearningResource', '@id': 'https://smm.example.org/fr/guide/', name: 'Le guide' },
    });
  });

  it('describes the guide with its total reading time, in English on English pages', () => {
    const [main] = nodes({
      ...chapter,
      lang: 'en',
      pathname: '/en/guide/',
      title: 'The guide',
      page: { kind: 'guide', minutes: 171.6 },
    });
    expect(main).toMatchObject({
      '@type': 'LearningResource',
      inLanguage: 'en',
      educationalLevel: 'Beginner',
      timeRequired: 'PT172M',
    });
    expect((main?.['isPartOf'] as Node)['@type']).toBe('WebSite');
  });

  it('lists every glossary term as a DefinedTerm with its anchor', () => {
    const [main] = nodes({
      ...chapter,
      pathname: '/fr/glossary/',
      title: 'Glossaire',
      page: {
        kind: 'glossary',
        terms: [
          { id: 'reach', term: 'Portée', definition: 'Nombre de personnes distinctes qui ont vu un contenu.' },
          { id: 'ctr', term: 'Taux de clics', definition: 'Clics divisés par impressions.' },
        ],
      },
    });
    expect(main?.['@type']).toBe('DefinedTermSet');
    expect(main?.['hasDefinedTerm']).toEqual([
      expect.objectContaining({
        '@type': 'DefinedTerm',
        '@id': 'https://smm.example.org/fr/glossary/#reach',
        name: 'Portée',
      }),
      expect.objectContaining({
        '@type': 'DefinedTerm',
        name: 'Taux de clics',
        inDefinedTermSet: 'https://smm.example.org/fr/glossary/',
      }),
    ]);
  });

  it('describes a tool as a free WebApplication', () => {
    const [main] = nodes({
      ...chapter,
      pathname: '/fr/tools/ctr/',
      title: 'Taux de clics',
      page: { kind: 'tool', tool: 'ctr' },
    });
    expect(main).toMatchObject({ '@type': 'WebApplication', isAccessibleForFree: true, offers: { price: '0' } });
  });

  it('builds breadcrumbs from the path: home, known sections, the page', () => {
    expect(breadcrumbs(chapter)).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Accueil', item: 'https://smm.example.org/fr/' },
        { '@type': 'ListItem', position: 2, name: 'Le guide', item: 'https://smm.example.org/fr/guide/' },
        {
          '@type': 'ListItem',
          position: 3,
          name: 'Les KPI : mesurer ce qui compte',
          item: 'https://smm.example.org/fr/guide/kpis/',
        },
      ],
    });
    // A section the site does not name (a page added later) is skipped, never invented.
    const deep = breadcrumbs({ ...chapter, lang: 'en', pathname: '/en/kits/scorm/', title: 'SCORM package' });
    expect((deep['itemListElement'] as Node[]).map((i) => i['name'])).toEqual(['Home', 'SCORM package']);
    const home = breadcrumbs({ ...chapter, pathname: '/fr/', title: 'Accueil du site' });
    expect((home['itemListElement'] as Node[]).length).toBe(1);
    const landing = breadcrumbs({ ...chapter, pathname: '/', title: 'Bienvenue' });
    expect(landing['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Bienvenue', item: 'https://smm.example.org/' },
    ]);
  });

  it('cannot be closed early by a title: < is escaped, the JSON still parses', () => {
    const text = jsonLdText(structuredData({ ...chapter, title: 'A </script><script>alert(1)</script>' }));
    expect(text).not.toContain('</script');
    expect((JSON.parse(text) as { '@graph': Node[] })['@graph'][0]?.['name']).toBe(
      'A </script><script>alert(1)</script>',
    );
  });

  it('gives ISO 8601 durations, never zero or NaN', () => {
    expect(isoMinutes(12)).toBe('PT12M');
    expect(isoMinutes(0)).toBe('PT1M');
    expect(isoMinutes(Number.NaN)).toBe('PT1M');
  });
});

describe('preview image text and path', () => {
  it('reads the chapter number, the title and the site name back from the JSON-LD', () => {
    expect(cardFromGraph(structuredData(chapter))).toEqual({
      lang: 'fr',
      kicker: 'Le guide · Chapitre 7',
      title: 'Les KPI : mesurer ce qui compte',
      site: 'Médias sociaux, mode d’emploi',
    });
    const tool = structuredData({
      ...chapter,
      lang: 'en',
      pathname: '/en/tools/roi/',
      title: 'Return on investment',
      page: { kind: 'tool', tool: 'roi' },
    });
    expect(cardFromGraph(tool)).toMatchObject({ lang: 'en', kicker: 'Tool', site: 'Social Media, Explained' });
  });

  it('refuses JSON-LD without a named page node', () => {
    expect(cardFromGraph(null)).toBeUndefined();
    expect(cardFromGraph({ '@graph': [{ '@type': 'WebPage', name: '  ' }] })).toBeUndefined();
    expect(cardFromGraph({ '@graph': 'x' })).toBeUndefined();
  });

  it('maps each page to its own image file, never outside /og/', () => {
    expect(cardImagePath('/fr/guide/kpis/')).toBe('/og/fr/guide/kpis.png');
    expect(cardImagePath('/')).toBe('/og/index.png');
    expect(cardImagePath('/en/')).toBe('/og/en.png');
    expect(cardImagePath('/404.html')).toBe('/og/404.png');
    expect(cardImagePath('/fr/../../etc/')).toBe('/og/fr/etc.png');
  });
});

describe('web app manifest', () => {
  it('has one per locale, in its language, with the icons the installers ask for', () => {
    const fr = manifest('fr');
    const en = manifest('en');
    expect(fr).toMatchObject({ lang: 'fr', start_url: '/fr/', display: 'standalone', theme_color: THEME_COLOR });
    expect(en.name).toBe('Social Media, Explained');
    expect(fr.name).toBe('Médias sociaux, mode d’emploi');
    const sizes = fr.icons.filter((i) => i.type === 'image/png').map((i) => `${i.sizes} ${i.purpose}`);
    expect(sizes).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    expect(icons.every((i) => i.file.startsWith('/icons/'))).toBe(true);
  });
});

describe('legal notice settings', () => {
  it('reads every setting, trimmed, and lists the missing ones for the build warning', () => {
    const { publisher, missing } = readPublisher({
      SMM_PUBLISHER_NAME: '  Association Les Médias Clairs ',
      SMM_PUBLISHER_CONTACT: 'contact@medias-clairs.example',
      SMM_HOST_NAME: 'Hébergeur SAS\n',
      SMM_HOST_ADDRESS: '   ',
      SMM_HOST_CONTACT: 'x'.repeat(301),
    });
    expect(publisher.name).toBe('Association Les Médias Clairs');
    expect(publisher.hostName).toBe('Hébergeur SAS');
    expect(publisher.hostAddress).toBeUndefined();
    expect(publisher.hostContact).toBeUndefined();
    expect(missing).toEqual([
      'SMM_PUBLISHER_ADDRESS',
      'SMM_PUBLICATION_DIRECTOR',
      'SMM_HOST_ADDRESS',
      'SMM_HOST_CONTACT',
    ]);
    expect(missingWarning(missing)).toContain('SMM_PUBLISHER_ADDRESS, SMM_PUBLICATION_DIRECTOR');
  });

  it('says nothing when everything is set', () => {
    const env = Object.fromEntries(Object.values(publisherVariables).map((v) => [v, 'set']));
    expect(readPublisher(env).missing).toEqual([]);
    expect(missingWarning([])).toBe('');
  });
});

describe('the privacy page stays true', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? files(full) : [full];
    });

  it('names every place the code stores something: the self-audit (localStorage), presenter mode and the reload mark (sessionStorage)', () => {
    const storing = files('src')
      .filter((f) => /\.(ts|tsx|astro|js|mjs)$/.test(f))
      .filter((f) => /\b(localStorage|sessionStorage|indexedDB|document\.cookie)\b/.test(readFileSync(f, 'utf8')))
      .filter((f) => !f.endsWith('privacy.astro') && !f.includes('i18n'))
      .map((f) => f.split('\\').join('/'))
      .sort();
    // A new file here stores something new: list its keys on src/pages/[lang]/privacy.astro.
    expect(storing).toEqual([
      'src/islands/audit/useAuditStore.ts',
      'src/islands/dashboard/view.ts',
      'src/islands/stale.ts',
      'src/lib/audit/storage.ts',
      'src/lib/audit/validate.ts',
      'src/lib/dashboard/storage.ts',
      'src/lib/dashboard/work.ts',
      'src/lib/embed/presenter-state.ts',
      'src/scripts/presenter-mode.ts',
      'src/scripts/tool-page.ts',
    ]);
    const page = readFileSync('src/pages/[lang]/privacy.astro', 'utf8');
    expect(page).toContain('STORAGE_KEY');
    expect(page).toContain('SET_ASIDE_KEY');
    expect(page).toContain('PRESENTER_KEY');
    expect(page).toContain('RELOAD_KEY');
    expect(page).toContain('DASHBOARD_KEY');
    expect(page).toContain('DASHBOARD_SET_ASIDE_KEY');
    expect([STORAGE_KEY, SET_ASIDE_KEY]).toEqual(['smm-audit', 'smm-audit-set-aside']);
  });

  it('names the service worker’s cache as the worker names it', () => {
    const worker = readFileSync('src/lib/embed/sw.js', 'utf8');
    expect(worker).toContain("const PREFIX = 'smm-';");
    expect(worker).toContain('const CACHE = `${PREFIX}${MANIFEST.version}`;');
    expect(readFileSync('src/pages/[lang]/privacy.astro', 'utf8')).toContain("const CACHE_PREFIX = 'smm-'");
  });
});
