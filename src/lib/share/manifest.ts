/**
 * The web app manifest of a locale (`/{lang}/manifest.webmanifest`), so that the site, which
 * works offline (src/pages/sw.js.ts), can be installed on a phone. Icons are rendered from
 * public/favicon.svg at build time (src/build/social-images.ts).
 */
import { useTranslations, type Locale } from '../i18n';

/** The light theme's colour (the favicon's blue) and the dark theme's, as in src/styles/global.css. */
export const THEME_COLOR = '#0b5cad';
export const THEME_COLOR_DARK = '#15171a';
const BACKGROUND_COLOR = '#fdfcfa';

export interface Icon {
  file: string;
  size: number;
  purpose: 'any' | 'maskable';
}

/** Icons rendered from the favicon: the sizes Android and desktop Chrome ask for, a maskable one and Apple's. */
export const icons: readonly Icon[] = [
  { file: '/icons/icon-192.png', size: 192, purpose: 'any' },
  { file: '/icons/icon-512.png', size: 512, purpose: 'any' },
  { file: '/icons/maskable-512.png', size: 512, purpose: 'maskable' },
];
export const APPLE_TOUCH_ICON = { file: '/icons/apple-touch-icon.png', size: 180 } as const;

export function manifest(lang: Locale) {
  const t = useTranslations(lang);
  return {
    id: `/${lang}/`,
    name: t('site.name'),
    short_name: t('manifest.shortName'),
    description: t('manifest.description'),
    lang,
    dir: 'ltr',
    start_url: `/${lang}/`,
    scope: '/',
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: [
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ...icons.map((i) => ({ src: i.file, sizes: `${i.size}x${i.size}`, type: 'image/png', purpose: i.purpose })),
    ],
  };
}
