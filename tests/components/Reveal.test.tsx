/**
 * Guess first (`?reveal=1`, docs/CONTRACT.md): each tool keeps its result behind "Show the answer" /
 * « Voir la réponse », with no `data-value`, no verdict and no `smm:result` until it is pressed,
 * and hides it again when an input changes.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import AuditQuiz from '../../src/islands/AuditQuiz';
import type { DimensionView } from '../../src/islands/audit/view';
import KpiCalculator from '../../src/islands/KpiCalculator';
import SmartChecker from '../../src/islands/SmartChecker';
import { RESULT_EVENT, type ResultDetail } from '../../src/lib/embed/events';
import { pick } from '../../src/lib/i18n';
import en from '../../src/lib/i18n/en/smart';
import { kpiProps } from '../../src/lib/kpi/strings';
import '../../src/lib/smart/analyze';

let events: ResultDetail[] = [];
const listen = (event: Event) => events.push((event as CustomEvent<ResultDetail>).detail);
beforeEach(() => {
  events = [];
  localStorage.clear();
  addEventListener(RESULT_EVENT, listen);
});
afterEach(() => {
  removeEventListener(RESULT_EVENT, listen);
  cleanup();
});

describe('a KPI calculator with reveal=1', () => {
  it('waits for « Voir la réponse », then hides the answer again at the next guess', async () => {
    history.replaceState(null, '', '/fr/embed/ctr/?clicks=42&impressions=5600&reveal=1');
    const { container } = render(<KpiCalculator {...kpiProps('fr', 'ctr')} />);
    const button = await screen.findByRole('button', { name: 'Voir la réponse' });
    const output = () => container.querySelector('output[data-kpi="ctr"]') as HTMLOutputElement;
    expect(screen.getByLabelText('Clics')).toHaveProperty('value', '42');
    expect(output().hasAttribute('data-value')).toBe(false);
    expect(output().textContent).toBe('?');
    // Neither the figure, nor the sentence that explains it, nor the worked formula gives it away.
    expect(container.textContent).not.toMatch(/0,75/);
    await new Promise((done) => setTimeout(done, 50));
    expect(events).toEqual([]);

    fireEvent.click(button);
    await waitFor(() => expect(output().dataset['value']).toBe('0.75'));
    expect(output().textContent).toBe('0,75\u00a0%');
    expect(document.activeElement?.textContent).toBe('Résultat');
    await waitFor(() => expect(events.at(-1)?.value).toBe(0.75));

    const announced = events.length;
    fireEvent.input(screen.getByLabelText('Clics'), { target: { value: '56' } });
    await screen.findByRole('button', { name: 'Voir la réponse' });
    expect(output().hasAttribute('data-value')).toBe(false);
    expect(container.textContent).not.toMatch(/1\s?%/);
    await new Promise((done) => setTimeout(done, 50));
    expect(events).toHaveLength(announced);
    fireEvent.click(screen.getByRole('button', { name: 'Voir la réponse' }));
    await waitFor(() => expect(output().dataset['value']).toBe('1'));
  });

  it('shows the result at once without reveal=1', async () => {
    history.replaceState(null, '', '/en/embed/ctr/?clicks=42&impressions=5600');
    const { container } = render(<KpiCalculator {...kpiProps('en', 'ctr')} />);
    await waitFor(() => expect(container.querySelector('output[data-value="0.75"]')).not.toBeNull());
    expect(screen.queryByRole('button', { name: 'Show the answer' })).toBeNull();
  });
});

describe('the SMART checker with reveal=1', () => {
  it('shows neither the score nor a verdict before “Show the answer”', async () => {
    const objective = 'Grow our Instagram followers from 1,200 to 1,500 by June 30 to fill our workshops';
    history.replaceState(null, '', `/en/embed/smart/?reveal=1&objective=${encodeURIComponent(objective)}`);
    const { container } = render(<SmartChecker lang="en" strings={en as Record<string, string>} />);
    const button = await screen.findByRole('button', { name: 'Show the answer' }, { timeout: 5000 });
    expect(container.querySelector('.smart-score')).toBeNull();
    expect(container.querySelector('[data-status]')).toBeNull();
    await new Promise((done) => setTimeout(done, 600));
    expect(events).toEqual([]);

    fireEvent.click(button);
    await waitFor(() => expect(container.querySelector('.smart-score')).not.toBeNull());
    expect(container.querySelectorAll('[data-criterion][data-status]')).toHaveLength(5);
    await waitFor(() => expect(events.at(-1)?.value).toBeTypeOf('number'), { timeout: 2000 });
  });
});

describe('the self-audit with reveal=1', () => {
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
        },
      ],
    },
  ];

  it('keeps the score to itself until the results are asked for', async () => {
    history.replaceState(null, '', '/en/embed/audit/?reveal=1');
    const { container } = render(<AuditQuiz lang="en" strings={pick('en', 'audit.')} dimensions={dimensions} embed />);
    await waitFor(() => expect(container.querySelector('[data-ready="true"]')).not.toBeNull());
    fireEvent.click(await screen.findByRole('button', { name: 'Skip this step' }, { timeout: 5000 }));
    const group = screen.getByRole('group', { name: 'Do you have SMART goals?' });
    fireEvent.click(within(group).getByRole('radio', { name: 'Yes' }));
    fireEvent.click(screen.getByRole('button', { name: 'See the results' }));
    const button = await screen.findByRole('button', { name: 'Show the answer' });
    expect(container.querySelector('[data-percent]')).toBeNull();
    await new Promise((done) => setTimeout(done, 50));
    expect(events).toEqual([]);

    fireEvent.click(button);
    await waitFor(() => expect(container.querySelector('[data-percent="100"]')).not.toBeNull(), { timeout: 5000 });
    await waitFor(() => expect(events.at(-1)?.value).toBe(100));
  });
});
