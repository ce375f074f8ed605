/**
 * Wires the content collections to their folders and schemas. The schemas live in
 * src/schemas/ so that tests can import them without Astro.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { locales } from './lib/i18n/locales';
import { AuditDimension } from './schemas/audit';
import { GlossaryEntry } from './schemas/glossary';
import { GuideChapter } from './schemas/guide';
import { ToolPage } from './schemas/tools';
import { TrainersPage } from './schemas/trainers';

/** One folder (or file) per locale: `{fr,en}`. */
const localeFolders = `{${locales.join(',')}}`;

const guide = defineCollection({
  loader: glob({ pattern: `${localeFolders}/[0-9][0-9]-*.mdx`, base: './content/guide' }),
  schema: GuideChapter,
});

const tools = defineCollection({
  loader: glob({ pattern: `${localeFolders}/*.mdx`, base: './content/tools' }),
  schema: ToolPage,
});

const trainers = defineCollection({
  loader: glob({ pattern: `${localeFolders}.mdx`, base: './content/trainers' }),
  schema: TrainersPage,
});

const glossary = defineCollection({
  loader: file('./content/glossary.yaml'),
  schema: GlossaryEntry,
});

const audit = defineCollection({
  loader: file('./content/audit.yaml'),
  schema: AuditDimension,
});

export const collections = { guide, tools, trainers, glossary, audit };
