/**
 * Wires the content collections to their folders and schemas. The schemas live in
 * src/schemas/ so that tests can import them without Astro.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { AuditDimension } from './schemas/audit';
import { GlossaryEntry } from './schemas/glossary';
import { GuideChapter } from './schemas/guide';
import { ToolPage } from './schemas/tools';
import { TrainersPage } from './schemas/trainers';

const guide = defineCollection({
  loader: glob({ pattern: '{fr,en}/[0-9][0-9]-*.mdx', base: './content/guide' }),
  schema: GuideChapter,
});

const tools = defineCollection({
  loader: glob({ pattern: '{fr,en}/*.mdx', base: './content/tools' }),
  schema: ToolPage,
});

const trainers = defineCollection({
  loader: glob({ pattern: '{fr,en}.mdx', base: './content/trainers' }),
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
