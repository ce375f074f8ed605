/* eslint-disable max-lines -- the island's behaviour in one file: profile, steps, report, plan, history and import, over one set of strings and dimensions. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import AuditQuiz from '../../src/islands/AuditQuiz';
import type { DimensionView } from '../../src/islands/audit/view';
import { encodeAnswers, SET_ASIDE_KEY, STORAGE_KEY } from '../../src/lib/audit';
import { dayOf } from '../../src/lib/days';
import { RESULT_EVENT, type ResultDetail } from '../../src/lib/embed/events';
import { pick } from '../../src/lib/i18n';
import { countIntlUse } from './intl-use';

const dimensions: DimensionView[] = [
  {
    id: 'goals',
    title: 'Goals',
    description: 'What you are after.',
    objective: 'Raise LinkedIn CTR from 0.8 % to 1.2 % by 31 March.',
    draft: 'Raise our {networks} reach from [today] to [target] by [date].',
    questions: [
      {
        id: 'smart-goals',
        weight: 3,
        question: 'Do you have SMART goals?',
        advice: 'Write SMART goals.',
        chapter: 'smart-objectives',
        chapterTitle: 'SMART objectives',
        kind: 'basic',
        minutes: 30,
        notApplicable: false,
        action: 'Do it',
        step: 'First step on {networks}.',
        check: 'Look it up.',
        tool: 'smart',
        toolTitle: 'SMART checker',
      },
      {
        id: 'kpi-baselines',
        weight: 2,
        question: 'Do you track KPIs?',
        help: 'Same formula.',
        advice: 'Keep a KPI sheet.',
        chapter: 'awareness-engagement-kpis',
        chapterTitle: 'KPIs',
        kind: 'basic',
        minutes: 30,
        notApplicable: false,
        action: 'Do it',
        step: 'First step on {networks}.',
        check: 'Look it up.',
      },
    ],
  },
  {
    id: 'community',
    title: 'Community',
    description: 'Answering people.',
    objective: 'Answer 90 % of messages within 2 hours this quarter.',
    draft: 'Raise our {networks} reach from [today] to [target] by [date].',
    questions: [
      {
        id: 'response-time',
        weight: 2,
        question: 'Are messages answered in time?',
        advice: 'Set a response target.',
        chapter: 'managing-social-media',
        chapterTitle: 'Managing',
        kind: 'basic',
        minutes: 30,
        notApplicable: true,
        action: 'Do it',
        step: 'First step on {networks}.',
        check: 'Look it up.',
      },
    ],
  },
];
const ids = ['smart-goals', 'kpi-baselines', 'response-time'];
const strings = pick('en', 'audit.');
const props = { lang: 'en' as const, strings, dimensions };

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/en/tools/audit/');
});
afterEach(cleanup);

async function ready(container: Element, skipProfile = true) {
  await waitFor(() => expect(container.querySelector('[data-ready="true"]')).not.toBeNull());
  // A fresh audit opens on the business profile (fetched on demand), which may be skipped.
  await waitFor(() => expect(container.querySelector('.audit-loading')).toBeNull(), { timeout: 5000 });
  const skip = screen.queryByRole('button', { name: 'Skip this step' });
  if (skipProfile && skip !== null) fireEvent.click(skip);
}

describe('AuditQuiz', () => {
  it('shows one step as radio groups, saves answers and moves focus between steps', async () => {
    const { container } = render(<AuditQuiz {...props} />);
    await ready(container);
    expect(screen.getByRole('heading', { level: 2, name: /Goals/ })).toBeTruthy();
    const group = screen.getByRole('group', { name: 'Do you have SMART goals?' });
    fireEvent.click(within(group).getByRole('radio', { name: 'Partly' }));
    expect(screen.getByText('Questions answered: 1 of 3')).toBeTruthy();
    await waitFor(() =>
      expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').current.answers).toEqual({
        'smart-goals': { v: 'partly', at: expect.stringMatching(/^\d{4}-/) as unknown },
      }),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    const heading = await screen.findByRole('heading', { level: 2, name: /Community/ });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(
      within(screen.getByRole('group', { name: 'Do you have SMART goals?' })).getByRole('radio', { name: 'Partly' }),
    ).toHaveProperty('checked', true);
  });

  it('announces no score before the first answer, then the score of the answers so far', async () => {
    const values: (number | null)[] = [];
    const listener = (event: Event) => values.push((event as CustomEvent<ResultDetail>).detail.value);
    window.addEventListener(RESULT_EVENT, listener);
    try {
      const { container } = render(<AuditQuiz {...props} />);
      await ready(container);
      await waitFor(() => expect(values).toEqual([null]));
      const group = screen.getByRole('group', { name: 'Do you have SMART goals?' });
      fireEvent.click(within(group).getByRole('radio', { name: 'Yes' }));
      // 3 x 2 points out of (3 + 2 + 2) x 2: 6 / 14.
      await waitFor(() => expect(values.at(-1)).toBeCloseTo((6 / 14) * 100, 10));
    } finally {
      window.removeEventListener(RESULT_EVENT, listener);
    }
  });

  it('resumes where the visitor was', async () => {
    const first = render(<AuditQuiz {...props} />);
    await ready(first.container);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { level: 2, name: /Community/ });
    await waitFor(() => expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').current.step).toBe(1));
    cleanup();
    const second = render(<AuditQuiz {...props} />);
    await ready(second.container);
    expect(screen.getByRole('heading', { level: 2, name: /Community/ })).toBeTruthy();
  });

  it('shows results with priorities, links and a prefilled SMART objective', async () => {
    const { container } = render(<AuditQuiz {...props} />);
    await ready(container);
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Do you have SMART goals?' })).getByRole('radio', { name: 'Yes' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Results' }));
    await screen.findByRole('heading', { level: 2, name: 'Your report' }, { timeout: 5000 });
    expect(container.querySelector('[data-percent]')?.getAttribute('data-percent')).toBe('43'); // 6 of 14
    // Two layouts of the chart (beside / above the bars); the stylesheet shows one.
    expect(screen.getAllByRole('img', { name: /Score by area/ })).toHaveLength(2);
    expect(screen.getByRole('table', { name: 'Score by area' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Chapter: KPIs' }).getAttribute('href')).toBe(
      '/en/guide/awareness-engagement-kpis/',
    );
    const check = screen.getAllByRole('link', { name: 'Complete it in the checker' })[0];
    expect(check?.getAttribute('href')).toMatch(/^\/en\/tools\/smart\/\?objective=/);
    const share = screen.getByRole('textbox', { name: 'Share link for this report' }) as HTMLInputElement;
    expect(share.value).toContain(`#r=${encodeAnswers(ids, { 'smart-goals': 'yes' })}`);
    expect(screen.getByText(/Finished reports/)).toBeTruthy();
  });

  it('writes its percentages and dates without Intl (see ./intl-use.ts)', async () => {
    const used = await countIntlUse(async () => {
      const { container } = render(<AuditQuiz {...props} />);
      await ready(container);
      fireEvent.click(
        within(screen.getByRole('group', { name: 'Do you have SMART goals?' })).getByRole('radio', { name: 'Yes' }),
      );
      fireEvent.click(screen.getByRole('button', { name: 'Results' }));
      await screen.findByRole('heading', { level: 2, name: 'Your report' }, { timeout: 5000 });
      // The report's score, its date and the finished reports list, all written.
      expect(screen.getAllByText(/43%/).length).toBeGreaterThan(0);
      expect(container.textContent).toMatch(
        /(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}/,
      );
    });
    expect(used).toBe(0);
  });

  it('sets aside a corrupted save, then recovers what it can', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 0, answers: { 'response-time': 'yes', bogus: 'no' } }));
    const { container } = render(<AuditQuiz {...props} />);
    await ready(container);
    expect(screen.getByRole('alert').textContent).toContain('older version');
    expect(localStorage.getItem(SET_ASIDE_KEY)).toContain('response-time');
    fireEvent.click(screen.getByRole('button', { name: 'Try to recover it' }));
    expect(await screen.findByText('Recovered 1 answer and 0 reports.')).toBeTruthy();
    expect(screen.getByText('Questions answered: 1 of 3')).toBeTruthy();
  });

  it('starts over after a corrupted save without losing it', async () => {
    localStorage.setItem(STORAGE_KEY, '{not json');
    const { container } = render(<AuditQuiz {...props} />);
    await ready(container);
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    expect(screen.getByText('Questions answered: 0 of 3')).toBeTruthy();
    expect(localStorage.getItem(SET_ASIDE_KEY)).toBe('{not json');
  });

  it('opens a share link as a read-only report, and explains a broken one', async () => {
    history.replaceState(
      null,
      '',
      `/en/tools/audit/#r=${encodeAnswers(ids, { 'smart-goals': 'yes', 'kpi-baselines': 'yes', 'response-time': 'yes' })}`,
    );
    const shared = render(<AuditQuiz {...props} />);
    await ready(shared.container);
    expect(screen.getByText(/You are looking at a shared report/)).toBeTruthy();
    await screen.findByRole('heading', { level: 2, name: 'Your report' }, { timeout: 5000 });
    expect(shared.container.querySelector('[data-percent]')?.getAttribute('data-percent')).toBe('100');
    // The visitor's own audit is not touched by a report they are only looking at.
    expect(localStorage.getItem(STORAGE_KEY) ?? '').not.toContain('yes');
    // A link made before links carried the audit's date says it has none, never the day it is opened.
    expect(screen.getByText('Shared report, undated: the link does not say when the audit was made.')).toBeTruthy();
    cleanup();

    // A link that carries its date: the report says it, on screen and in the address it prints.
    const code = encodeAnswers(ids, { 'smart-goals': 'yes' });
    history.replaceState(null, '', `/en/tools/audit/#r=${code}&date=2026-11-30`);
    const dated = render(<AuditQuiz {...props} />);
    await ready(dated.container);
    expect(await screen.findByText('Report of November 30, 2026, shared', {}, { timeout: 5000 })).toBeTruthy();
    expect(dated.container.querySelector('.audit-print-url')?.textContent).toContain(`#r=${code}&date=2026-11-30`);
    cleanup();

    history.replaceState(null, '', '/en/tools/audit/#r=1.zzz.yy');
    const broken = render(<AuditQuiz {...props} />);
    await ready(broken.container);
    expect(screen.getByRole('alert').textContent).toMatch(/questions have changed|unreadable/);
  });

  it('imports a JSON export, and explains a file it cannot read', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 1,
        current: { answers: {}, step: 2, startedAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' },
        history: [],
      }),
    );
    const { container } = render(<AuditQuiz {...props} />);
    await ready(container);
    const input = await screen.findByLabelText('Import a JSON export', {}, { timeout: 5000 });
    const good = new File(
      [JSON.stringify({ format: 'smm-audit', version: 1, answers: { 'response-time': 'yes', gone: 'no' } })],
      'a.json',
    );
    fireEvent.change(input, { target: { files: [good] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Replace my audit' }));
    expect(
      await screen.findByText(/1 answer imported; 1 answer to a question that no longer exists was ignored/),
    ).toBeTruthy();
    expect(screen.getByText('Questions answered: 1 of 3')).toBeTruthy();

    const bad = new File(['{"format":"something-else"}'], 'b.json');
    fireEvent.change(screen.getByLabelText('Import a JSON export'), { target: { files: [bad] } });
    expect((await screen.findByRole('alert')).textContent).toContain('not a self-audit export');
  });

  it('shows what another tab saved as soon as it is saved (storage event)', async () => {
    const { container } = render(<AuditQuiz {...props} />);
    await ready(container);
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Do you have SMART goals?' })).getByRole('radio', { name: 'Yes' }),
    );
    await waitFor(() => expect(localStorage.getItem(STORAGE_KEY)).toContain('smart-goals'));
    // Another tab answers the second question of the same audit.
    const other = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as {
      current: { answers: Record<string, unknown> };
    };
    other.current.answers['kpi-baselines'] = { v: 'no', at: new Date(Date.now() + 1000).toISOString() };
    const text = JSON.stringify(other);
    localStorage.setItem(STORAGE_KEY, text);
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: text }));
    await waitFor(() => expect(screen.getByText('Questions answered: 2 of 3')).toBeTruthy());
    expect(
      within(screen.getByRole('group', { name: 'Do you track KPIs?' })).getByRole('radio', { name: 'No' }),
    ).toHaveProperty('checked', true);
  });

  it('leaves a save from a newer version untouched and says it cannot read it', async () => {
    const newer = JSON.stringify({ version: 9, current: { answers: { 'smart-goals': 'yes' } } });
    localStorage.setItem(STORAGE_KEY, newer);
    const { container } = render(<AuditQuiz {...props} />);
    await ready(container);
    expect(screen.getByRole('alert').textContent).toMatch(/newer version of the site.*cannot read it/s);
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeTruthy();
    expect(localStorage.getItem(STORAGE_KEY)).toBe(newer);
    expect(localStorage.getItem(SET_ASIDE_KEY)).toBeNull();
  });

  it('downloads a save it could not copy before "start over" replaces it', async () => {
    for (const [i, key] of ['', '-2', '-3', '-4', '-5'].entries())
      localStorage.setItem(SET_ASIDE_KEY + key, `copy ${i}`);
    localStorage.setItem(STORAGE_KEY, '{"version":2,"current":');
    const downloads: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    };
    try {
      const { container } = render(<AuditQuiz {...props} />);
      await ready(container);
      expect(screen.getByRole('alert').textContent).toMatch(/5 places for set-aside copies are all taken/);
      expect(localStorage.getItem(STORAGE_KEY)).toBe('{"version":2,"current":');
      fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
      expect(downloads).toEqual([expect.stringMatching(/^audit-saved-\d{4}-\d\d-\d\d\.txt$/)]);
      expect(screen.getByText('Questions answered: 0 of 3')).toBeTruthy();
      expect(localStorage.getItem(`${SET_ASIDE_KEY}-5`)).toBe('copy 4');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
  });

  it('refuses a file that is too large by its size, without reading it', async () => {
    const { container } = render(<AuditQuiz {...props} />);
    await ready(container);
    fireEvent.click(screen.getByRole('button', { name: 'Results' }));
    await screen.findByRole('heading', { level: 2, name: 'Your report' }, { timeout: 5000 });
    const file = new File(['{}'], 'huge.json');
    Object.defineProperty(file, 'size', { value: 10 * 1024 * 1024 });
    let read = false;
    file.text = () => {
      read = true;
      return Promise.resolve('{}');
    };
    fireEvent.change(screen.getByLabelText('Import a JSON export'), { target: { files: [file] } });
    expect((await screen.findByRole('alert')).textContent).toContain('too large');
    expect(read).toBe(false);
  });

  it('sets up a trainer’s case from the URL, offers “not applicable”, and plans for that business', async () => {
    history.replaceState(null, '', '/en/tools/audit/?type=b2b&networks=linkedin,nowhere&goal=leads');
    const { container } = render(<AuditQuiz {...props} />);
    await ready(container, false);
    expect(
      screen.getByText(/Your business: Business selling to businesses \(B2B\) · LinkedIn · Find customers/),
    ).toBeTruthy();
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Do you have SMART goals?' })).getByRole('radio', { name: 'No' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    const heading = await screen.findByRole('heading', { level: 2, name: /Step 2 of 2.*Community/ });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const group = screen.getByRole('group', { name: 'Are messages answered in time?' });
    fireEvent.click(within(group).getByRole('radio', { name: 'Not applicable' }));
    expect(container.querySelector('[aria-live="polite"]')?.textContent).toBe(
      'Step 2 of 3: Community. 2 of 3 answered.',
    );
    // Clearing an answer brings focus back to the question.
    fireEvent.click(within(group).getByRole('button', { name: 'Clear my answer' }));
    await waitFor(() => expect(document.activeElement).toBe(within(group).getByRole('radio', { name: 'No' })));
    fireEvent.click(within(group).getByRole('radio', { name: 'Not applicable' }));

    fireEvent.click(screen.getByRole('button', { name: 'See the results' }));
    await screen.findByRole('heading', { level: 2, name: 'Your report' }, { timeout: 5000 });
    // Not applicable leaves the maximum: 0 of 2 x (3 + 2) points.
    expect(container.querySelector('[data-percent]')?.getAttribute('data-percent')).toBe('0');
    const actions = [...container.querySelectorAll('[data-action]')].map((a) => a.getAttribute('data-question'));
    expect(actions).toEqual(['smart-goals', 'kpi-baselines']);
    expect(container.querySelector('[data-question="smart-goals"]')?.textContent).toContain('First step on LinkedIn.');
    const drafts = [...container.querySelectorAll('[data-suggestion]')];
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) expect(d.getAttribute('data-networks')).toBe('linkedin');
    const share = screen.getByRole('textbox', { name: 'Share link for this report' }) as HTMLInputElement;
    // The audit's own date (the day of its last change) follows the code and the profile.
    expect(share.value).toMatch(/#r=2\.[^&]+\.n_x&type=b2b&networks=linkedin&goal=leads&date=\d{4}-\d{2}-\d{2}$/);
    expect(share.value.endsWith(`&date=${dayOf(new Date())}`)).toBe(true);
  });

  it('marks a half-finished report as partial and deletes a report on request', async () => {
    const { container } = render(<AuditQuiz {...props} />);
    await ready(container);
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Do you have SMART goals?' })).getByRole('radio', { name: 'Yes' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Results' }));
    const item = await screen.findByText(/partial: 1 of 3 answered/);
    expect(item.closest('[data-partial="true"]')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /^Delete the report of / }));
    expect(await screen.findByText(/^Report of .* deleted\.$/)).toBeTruthy();
    expect(screen.getByText(/Your first report will be recorded here/)).toBeTruthy();
    await waitFor(() => expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').history).toEqual([]));
  });
});
