/**
 * The texts of a SCORM package's launch page in one language, from the UI dictionaries. Used
 * when the tool page is built (the embed panel carries them for each language), so that the
 * package, made in the browser, needs no dictionary.
 */
import { useTranslations, type Locale } from '../i18n';
import type { LauncherStrings } from './page';

export function launcherStrings(lang: Locale, title: string): LauncherStrings {
  const t = useTranslations(lang);
  return {
    title,
    open: t('embed.openFull'),
    none: t('embed.scorm.none'),
    connected: t('embed.scorm.connected'),
    saved: t('embed.scorm.saved'),
    failed: t('embed.scorm.failed'),
  };
}
