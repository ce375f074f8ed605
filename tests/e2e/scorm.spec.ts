/**
 * SCORM 1.2 packages (docs/CONTRACT.md, Embedding): the embed panel builds the zip in the browser; the
 * package, unzipped and served by a fixture learning platform on another host name (localhost;
 * the site is 127.0.0.1), finds the platform's SCORM 1.2 API in a parent frame or in the window
 * that opened it, and records completion (a KPI), a score out of 5 (SMART) or out of 100 (the
 * audit), then LMSFinish when it goes away. Without a platform it still shows the tool.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Frame, FrameLocator, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'yaml';
import { questionIds, scoreAudit, type Answer, type Answers } from '../../src/lib/audit';
import { fitRefs } from '../../src/lib/audit/fit';
import { AuditDimension } from '../../src/schemas/audit';
import { serveLms } from '../fixtures/lms';
import type { StaticServer } from '../fixtures/static-server';
import { expect, expectAccessible, expectNoProblems, test } from './fixtures';

interface Call {
  method: string;
  args: string[];
  result: string;
  error: string;
}

let lms: StaticServer;
let lmsUrl = '';
let dir = '';

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'smm-scorm-'));
  lms = await serveLms(dir);
  lmsUrl = lms.url.replace('127.0.0.1', 'localhost');
});
test.afterAll(async () => {
  await lms.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Clicks the panel's SCORM button, checks the zip's name, unzips it under the platform's folder. */
async function downloadPackage(page: Page, name: string): Promise<Record<string, string>> {
  const panel = page.locator('[data-embed-panel]');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: /(Download for|Télécharger pour) Moodle \/ LMS \(SCORM 1\.2\)/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(name);
  const files = unzipSync(readFileSync((await download.path()) ?? ''));
  const texts: Record<string, string> = {};
  for (const [path, data] of Object.entries(files)) {
    const target = join(dir, name.replace(/\.zip$/, ''), path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
    texts[path] = strFromU8(data);
  }
  return texts;
}

const calls = (page: Page | Frame) => page.evaluate(() => (window as unknown as { scormCalls: Call[] }).scormCalls);
const summary = (list: Call[]) => list.map((c) => [c.method, ...c.args].join(' '));

/**
 * The SMART checker's score as the learner sees it, once analysed: 1 per criterion met, 0.5 per
 * partly met, 0 for missing or unclear ones.
 */
async function smartScore(tool: FrameLocator): Promise<number> {
  const statuses = await tool
    .locator('[data-criterion]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
  expect(statuses).toHaveLength(5);
  return statuses.reduce((sum, s) => sum + (s === 'met' ? 1 : s === 'partial' ? 0.5 : 0), 0);
}

test('a KPI in a platform’s frame: completion only; without a platform the tool still shows', async ({
  page,
  baseURL,
  problems,
}) => {
  test.setTimeout(180_000);
  // The panel: French CTR, dark theme, presenter mode, the values typed in.
  await page.goto('/fr/tools/ctr/?clicks=42&impressions=5600');
  const panel = page.locator('[data-embed-panel]');
  await panel.scrollIntoViewIfNeeded();
  await panel.getByRole('radio', { name: 'Sombre' }).check();
  await panel.getByRole('radio', { name: /Mode présentation/ }).check();
  const ctr = await downloadPackage(page, 'ctr-fr-scorm12.zip');
  await expect(panel.getByRole('status')).toHaveText(/^Paquet SCORM enregistré\u00a0: ctr-fr-scorm12\.zip\.$/);
  expect(Object.keys(ctr).sort()).toEqual([
    'adlcp_rootv1p2.xsd',
    'ims_xml.xsd',
    'imscp_rootv1p1p2.xsd',
    'imsmanifest.xml',
    'imsmd_rootv1p2p1.xsd',
    'index.html',
    'launcher.css',
    'launcher.js',
  ]);
  expect(ctr['index.html']).toContain(
    `src="${baseURL}/fr/embed/ctr/?clicks=42&amp;impressions=5600&amp;theme=dark&amp;size=large"`,
  );
  expect(ctr['imsmanifest.xml']).toContain('<title>Taux de clics (CTR)</title>');

  // Launched by the platform in a frame: completion only, committed, then LMSFinish.
  await page.goto(`${lmsUrl}/lms/frame.html?sco=/ctr-fr-scorm12/index.html`);
  const sco = page.frameLocator('#sco');
  const tool = sco.frameLocator('#smm-tool');
  await expect(tool.locator('html')).toHaveAttribute('data-size', 'large');
  await expect(tool.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(tool.locator('output[data-kpi="ctr"]')).toHaveAttribute('data-value', '0.75');
  await expect(sco.getByRole('status')).toHaveText('Résultat enregistré par la plateforme.');
  await tool.locator('input[name="clicks"]').fill('56');
  await expect(tool.locator('output[data-kpi="ctr"]')).toHaveAttribute('data-value', '1');
  await page.locator('#sco').evaluate((frame) => frame.remove());
  await expect.poll(async () => summary(await calls(page)).at(-1)).toBe('LMSFinish ');
  const kpiCalls = await calls(page);
  expect(summary(kpiCalls).map((c) => c.replace(/session_time \S+/, 'session_time T'))).toEqual([
    'LMSInitialize ',
    'LMSGetValue cmi.core.lesson_status',
    'LMSSetValue cmi.core.lesson_status incomplete',
    'LMSCommit ',
    'LMSSetValue cmi.core.lesson_status completed',
    'LMSCommit ',
    'LMSSetValue cmi.core.session_time T',
    'LMSFinish ',
  ]);
  expect(kpiCalls.find((c) => c.args[0] === 'cmi.core.session_time')?.args[1]).toMatch(/^\d{2,4}:\d\d:\d\d$/);
  // The platform (an independent SCORM 1.2 run-time) accepted every call and every value.
  expect(kpiCalls.filter((c) => c.method !== 'LMSGetValue').map((c) => c.result)).toEqual(Array(7).fill('true'));
  expect(kpiCalls.map((c) => c.error)).toEqual(Array(8).fill('0'));

  // Opened outside any platform: the tool works, and says that nothing is recorded.
  await page.goto(`${lmsUrl}/ctr-fr-scorm12/index.html`);
  await expect(page.getByRole('status')).toHaveText(
    'Outil ouvert hors d’une plateforme de formation\u00a0: votre résultat n’est pas enregistré.',
  );
  await expect(page.frameLocator('#smm-tool').locator('output[data-kpi="ctr"]')).toHaveAttribute('data-value', '0.75');
  await expectAccessible(page);

  expectNoProblems(problems);
});

test('SMART in a platform’s frame, out of 5; the audit in a window the platform opens, out of 100', async ({
  page,
  problems,
}) => {
  test.setTimeout(240_000);
  // SMART, in English: the score out of 5, recorded again when the learner rewrites the objective.
  const objective = 'Gain 150 Instagram followers by 30 April by posting two videos a week';
  await page.goto(`/en/tools/smart/?objective=${encodeURIComponent(objective)}`);
  await page.locator('[data-embed-panel]').scrollIntoViewIfNeeded();
  const smart = await downloadPackage(page, 'smart-en-scorm12.zip');
  expect(smart['index.html']).toContain('data-tool="smart" data-score-min="0" data-score-max="5"');
  await page.goto(`${lmsUrl}/lms/frame.html?sco=/smart-en-scorm12/index.html`);
  const smartTool = page.frameLocator('#sco').frameLocator('#smm-tool');
  // The SMART engine loads on demand: give it time on a busy machine.
  await expect(page.frameLocator('#sco').getByRole('status')).toHaveText('Result recorded by the platform.', {
    timeout: 30_000,
  });
  const first = await smartScore(smartTool);
  const setValues = async () =>
    (await calls(page)).filter((c) => c.method === 'LMSSetValue').map((c) => `${c.args[0]}=${c.args[1]}`);
  expect(await setValues()).toEqual([
    'cmi.core.lesson_status=incomplete',
    `cmi.core.score.raw=${first}`,
    'cmi.core.score.min=0',
    'cmi.core.score.max=5',
    'cmi.core.lesson_status=completed',
  ]);
  await smartTool.getByRole('textbox').first().fill('Post more often');
  await expect.poll(async () => (await setValues()).length, { timeout: 30_000 }).toBe(8);
  const second = await smartScore(smartTool);
  expect(second).toBeLessThan(first);
  expect((await setValues()).slice(5)).toEqual([
    `cmi.core.score.raw=${second}`,
    'cmi.core.score.min=0',
    'cmi.core.score.max=5',
  ]);
  expect(summary(await calls(page)).at(-1)).toBe('LMSCommit ');
  expect((await calls(page)).map((c) => c.error).filter((e) => e !== '0')).toEqual([]);
  const content = AuditDimension.array().parse(parse(readFileSync('content/audit.yaml', 'utf8')));
  await page.goto('/fr/tools/audit/');
  await page.locator('[data-embed-panel]').scrollIntoViewIfNeeded();
  const audit = await downloadPackage(page, 'audit-fr-scorm12.zip');
  expect(audit['index.html']).toContain('data-tool="audit" data-score-min="0" data-score-max="100"');

  await page.goto(`${lmsUrl}/lms/opener.html?sco=/audit-fr-scorm12/index.html`);
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Enter' }).click()]);
  await expect(popup.getByRole('status')).toHaveText(
    'Relié à la plateforme de formation\u00a0: votre résultat sera enregistré.',
  );
  const tool = popup.frameLocator('#smm-tool');
  await expect(tool.locator('.audit[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  // Nothing recorded before the first answer.
  expect(summary(await calls(page))).toEqual([
    'LMSInitialize ',
    'LMSGetValue cmi.core.lesson_status',
    'LMSSetValue cmi.core.lesson_status incomplete',
    'LMSCommit ',
  ]);

  // A fresh audit starts with the business profile, which the learner skips here.
  await tool.getByRole('button', { name: 'Passer cette étape' }).click();
  // The first step's questions: yes, partly, no, ...
  const refs = fitRefs(content, undefined);
  const dimension = content[0];
  if (!dimension) throw new Error('no audit dimension');
  const labels: Record<Answer, string> = { yes: 'Oui', partly: 'En partie', no: 'Non', unknown: 'Je ne sais pas' };
  const order: Answer[] = ['yes', 'partly', 'no', 'yes'];
  const answers: Answers = {};
  const raws: string[] = [];
  for (const [i, q] of dimension.questions.entries()) {
    const answer = order[i % order.length] ?? 'yes';
    answers[q.id] = answer;
    await tool
      .getByRole('group', { name: q.fr.question })
      .getByRole('radio', { name: labels[answer], exact: true })
      .check();
    raws.push(String(Math.round(scoreAudit(refs, answers).percent * 100) / 100));
  }
  const expected = raws.at(-1) ?? '';
  expect(questionIds(content).length).toBeGreaterThan(dimension.questions.length);
  await expect
    .poll(async () => (await calls(page)).filter((c) => c.args[0] === 'cmi.core.score.raw').at(-1)?.args[1])
    .toBe(expected);
  await expect(popup.getByRole('status')).toHaveText('Résultat enregistré par la plateforme.');
  const recorded = await calls(page);
  // One score per new answer (a "no" changes nothing), each with its range; completed once.
  expect(recorded.filter((c) => c.args[0] === 'cmi.core.score.raw').map((c) => c.args[1])).toEqual([...new Set(raws)]);
  expect(recorded.filter((c) => c.args[0] === 'cmi.core.score.min').map((c) => c.args[1])).toEqual(
    [...new Set(raws)].map(() => '0'),
  );
  expect(recorded.filter((c) => c.args[0] === 'cmi.core.score.max').map((c) => c.args[1])).toEqual(
    [...new Set(raws)].map(() => '100'),
  );
  expect(recorded.filter((c) => c.args[1] === 'completed')).toHaveLength(1);

  // The learner leaves: the session ends.
  await popup.goto('about:blank');
  await expect.poll(async () => summary(await calls(page)).at(-1)).toBe('LMSFinish ');
  expect((await calls(page)).map((c) => c.error).filter((e) => e !== '0')).toEqual([]);
  expectNoProblems(problems);
});
