/**
 * The text of a page's preview image, read back from the page's own JSON-LD (so that the image
 * says what the page says, with no list of pages anywhere): a kicker (chapter number, "Tool",
 * "Glossary"), the page's title, the site's name, in the page's language.
 */
import { defaultLocale, isLocale, localeTags, locales, useTranslations, type Locale } from '../i18n';

export interface CardText {
  lang: Locale;
  kicker: string;
  title: string;
  site: string;
}

type Node = Record<string, unknown>;

function localeOf(inLanguage: unknown): Locale {
  const tag: unknown = Array.isArray(inLanguage) ? (inLanguage as unknown[])[0] : inLanguage;
  const found = locales.find((l) => localeTags[l] === tag || l === tag);
  return found ?? defaultLocale;
}

/** The card of a page from its parsed JSON-LD; undefined when the JSON-LD has no usable page node. */
export function cardFromGraph(graph: unknown): CardText | undefined {
  if (!graph || typeof graph !== 'object') return undefined;
  const nodes = (graph as Node)['@graph'];
  if (!Array.isArray(nodes)) return undefined;
  const main = nodes[0] as Node | undefined;
  if (!main || typeof main['name'] !== 'string' || main['name'].trim() === '') return undefined;
  const lang = localeOf(main['inLanguage']);
  const t = useTranslations(isLocale(lang) ? lang : defaultLocale);
  const type = main['@type'];
  const position = main['position'];
  let kicker = '';
  if (type === 'LearningResource') {
    kicker =
      typeof position === 'number' ? `${t('card.guide')} · ${t('card.chapter', { n: position })}` : t('card.guide');
  } else if (type === 'WebApplication') kicker = t('card.tool');
  else if (type === 'DefinedTermSet') kicker = t('card.glossary');
  return { lang, kicker, title: main['name'], site: t('site.name') };
}
