/**
 * JSON-LD (schema.org) for every page, derived from what the page is (PageInfo), its title,
 * description and path: the page's own node (LearningResource for the guide and its chapters,
 * DefinedTermSet for the glossary, WebApplication for tools, WebSite for the homes, WebPage
 * otherwise) and a BreadcrumbList from the path.
 */
import { localeTags, splitLocalePath, useTranslations, type Locale, type UiKey } from '../i18n';
import { isoMinutes, type PageInfo } from './page';

const LICENSE_URL = 'https://creativecommons.org/licenses/by-sa/4.0/';

export interface PageData {
  lang: Locale;
  /** Absolute site origin with a trailing slash or not: `https://example.org`. */
  site: URL;
  /** The page's path: `/fr/guide/kpis/`. */
  pathname: string;
  /** The page title without the site name. */
  title: string;
  description: string;
  page: PageInfo;
}

type Node = Record<string, unknown>;

export interface Graph {
  '@context': 'https://schema.org';
  '@graph': Node[];
}

/** Names of the site's sections, for breadcrumbs; a section not listed here is left out of them. */
const sections: Partial<Record<string, UiKey>> = {
  guide: 'guide.title',
  tools: 'tools.title',
  glossary: 'glossary.title',
  trainers: 'nav.trainers',
};

export function structuredData(data: PageData): Graph {
  const { lang, site, pathname, title, description, page } = data;
  const t = useTranslations(lang);
  const abs = (path: string) => new URL(path, site).href;
  const url = abs(pathname);
  const inLanguage = localeTags[lang];
  const siteNode: Node = { '@type': 'WebSite', '@id': abs(`/${lang}/`), name: t('site.name'), url: abs(`/${lang}/`) };
  const common = { '@id': url, url, name: title, description, inLanguage };
  const learning = { isAccessibleForFree: true, license: LICENSE_URL, educationalLevel: t('ld.level') };

  let main: Node;
  switch (page.kind) {
    case 'home':
      main = { ...siteNode, ...common, '@type': 'WebSite' };
      break;
    case 'guide':
      main = {
        ...common,
        '@type': 'LearningResource',
        ...learning,
        learningResourceType: 'course',
        timeRequired: isoMinutes(page.minutes),
        isPartOf: siteNode,
      };
      break;
    case 'chapter':
      main = {
        ...common,
        '@type': 'LearningResource',
        ...learning,
        learningResourceType: 'chapter',
        position: page.order,
        timeRequired: isoMinutes(page.minutes),
        ...(page.updated ? { dateModified: page.updated.toISOString().slice(0, 10) } : {}),
        isPartOf: { '@type': 'LearningResource', '@id': abs(`/${lang}/guide/`), name: t('guide.title') },
      };
      break;
    case 'glossary':
      main = {
        ...common,
        '@type': 'DefinedTermSet',
        hasDefinedTerm: page.terms.map((term) => ({
          '@type': 'DefinedTerm',
          '@id': `${url}#${term.id}`,
          url: `${url}#${term.id}`,
          name: term.term,
          description: term.definition,
          inDefinedTermSet: url,
        })),
      };
      break;
    case 'tool':
      main = {
        ...common,
        '@type': 'WebApplication',
        applicationCategory: 'EducationalApplication',
        operatingSystem: 'Any',
        browserRequirements: 'Requires JavaScript',
        isAccessibleForFree: true,
        offers: { '@type': 'Offer', price: '0', priceCurrency: 'EUR' },
        isPartOf: siteNode,
      };
      break;
    default:
      main = { ...common, '@type': 'WebPage', isPartOf: siteNode };
  }
  return { '@context': 'https://schema.org', '@graph': [main, breadcrumbs(data)] };
}

/** Home, then each known section above the page, then the page itself. */
export function breadcrumbs({ lang, site, pathname, title }: PageData): Node {
  const t = useTranslations(lang);
  const abs = (path: string) => new URL(path, site).href;
  const { lang: inPath, rest } = splitLocalePath(pathname);
  // The bilingual landing page (`/`) is above both homes: it is its own only crumb.
  if (!inPath) return { '@type': 'BreadcrumbList', itemListElement: [listItem(1, title, abs(pathname))] };
  const parts = rest.split('/').filter(Boolean);
  const crumbs: { name: string; item: string }[] = [{ name: t('ld.home'), item: abs(`/${lang}/`) }];
  parts.forEach((part, i) => {
    const path = `/${lang}/${parts.slice(0, i + 1).join('/')}/`;
    if (i === parts.length - 1) crumbs.push({ name: title, item: abs(path) });
    else {
      const key = sections[part];
      if (key) crumbs.push({ name: t(key), item: abs(path) });
    }
  });
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => listItem(i + 1, c.name, c.item)),
  };
}

function listItem(position: number, name: string, item: string): Node {
  return { '@type': 'ListItem', position, name, item };
}

/**
 * The JSON-LD as the text of a `<script type="application/ld+json">`: `<` is escaped so that no
 * text in it (a title, a definition) can close the script element.
 */
export function jsonLdText(graph: Graph): string {
  return JSON.stringify(graph).replace(/</g, '\\u003c');
}
