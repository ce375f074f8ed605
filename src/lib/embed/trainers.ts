/**
 * The data of the trainers' page (/{lang}/trainers/, prose in content/trainers/{lang}.mdx): the
 * copy-ready snippets, built from the worked KPI lesson (lessons.ts) so that the page's code and
 * its prefilled links never disagree, and the tools' names. Snippets are text: the page shows
 * them escaped, never as HTML.
 */
import type { Locale, Translate, UiKey } from '../i18n';
import { exerciseChoice, lessons } from './lessons';
import { absolute, embedPath, escapeHtml, frameAttributes, iframeCode, toolPath, type EmbedChoice } from './snippet';
import { frameHeight } from './heights';
import type { ToolId } from './tools';

/** A tool's name in the page's language. */
export function toolName(tool: ToolId, t: Translate): string {
  return tool === 'smart'
    ? t('smart.page.title')
    : tool === 'audit'
      ? t('audit.title')
      : t(`kpi.${tool}.name` as UiKey);
}

/** The snippets the page shows, by their `data-snippet` name. */
export type TrainerSnippets = Readonly<
  Record<
    'address' | 'reveal' | 'reveal-background' | 'powerpoint' | 'slides' | 'moodle' | 'lesson' | 'listener',
    string
  >
>;

export function trainerSnippets(origin: string, lang: Locale, t: Translate): TrainerSnippets {
  const step = (tool: ToolId) => {
    const exercise = lessons.kpi.exercises.find((e) => exerciseChoice(e, lang, t).tool === tool);
    if (!exercise) throw new Error(`The KPI lesson has no ${tool} step`);
    const choice: EmbedChoice = exerciseChoice(exercise, lang, t);
    return { choice, name: toolName(tool, t) };
  };
  const ctr = step('ctr');
  const ctrLarge: EmbedChoice = { ...ctr.choice, size: 'large', theme: 'dark' };
  const ctrLargeUrl = absolute(origin, embedPath(ctrLarge));
  const engagement = step('engagement-rate');

  // The recipe's deck is 960×540 (reveal.js scales it to the screen): the slide layout fits it.
  const reveal = [
    '<section>',
    `  <h2>${escapeHtml(ctr.name)}</h2>`,
    `  <iframe data-src="${escapeHtml(absolute(origin, embedPath({ ...ctr.choice, layout: 'slide' })))}"`,
    `          title="${escapeHtml(ctr.name)}" height="${frameHeight('ctr', 'normal', 'slide', 960)}"`,
    `          ${frameAttributes('ctr')}`,
    '          data-max-height="440" style="width: 100%; border: 0;"></iframe>',
    '</section>',
    '',
    `<!-- ${t('trainers.snippet.once')} -->`,
    `<script src="${escapeHtml(absolute(origin, '/embed.js'))}" defer></script>`,
    '<script>Reveal.initialize({ width: 960, height: 540, hash: true });</script>',
  ].join('\n');

  const revealBackground = [
    `<section data-background-iframe="${escapeHtml(absolute(origin, embedPath({ ...ctrLarge, layout: 'slide' })))}"`,
    '         data-background-interactive>',
    '</section>',
  ].join('\n');

  return {
    address: ctrLargeUrl,
    reveal,
    'reveal-background': revealBackground,
    powerpoint: ctrLargeUrl,
    slides: absolute(origin, toolPath(ctr.choice)),
    moodle: iframeCode(engagement.choice, { origin, title: engagement.name, script: false }),
    lesson: iframeCode(ctr.choice, { origin, title: ctr.name, script: true }),
    listener: [
      "document.addEventListener('smm:result', (event) => {",
      '  const { tool, value, inputs } = event.detail;',
      '  console.log(tool, value, inputs);',
      '});',
    ].join('\n'),
  };
}
