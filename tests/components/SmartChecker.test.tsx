import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import SmartChecker from '../../src/islands/SmartChecker';
import { RESULT_EVENT, type ResultDetail } from '../../src/lib/embed/events';
import en from '../../src/lib/i18n/en/smart';
import fr from '../../src/lib/i18n/fr/smart';
// Both languages' rules, as a page has them once the other one is fetched. The island still
// fetches its engine (src/lib/smart/load.ts) with a dynamic import: analyses arrive asynchronously.
import '../../src/lib/smart/analyze';

const strings = { fr: fr as Record<string, string>, en: en as Record<string, string> };

function statusOf(container: Element, criterion: string): string | null {
  return container.querySelector(`[data-criterion="${criterion}"]`)?.getAttribute('data-status') ?? null;
}

/** Waits until the engine has arrived and the analysis is on screen. */
async function analysed(container: Element): Promise<Element> {
  return waitFor(
    () => {
      const analysis = container.querySelector('.smart-analysis:not([aria-busy])');
      expect(analysis).toBeTruthy();
      return analysis as Element;
    },
    { timeout: 5000 },
  );
}

beforeEach(() => history.replaceState(null, '', '/fr/tools/smart/'));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('SmartChecker', () => {
  it('renders without the engine, then shows the criteria as unknown and busy until it arrives', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { container } = render(<SmartChecker lang="en" strings={strings.en} builder />);
    const box = screen.getByLabelText('Your objective');
    expect(screen.getByText('Type an objective to start the analysis.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open the step-by-step builder' })).toBeTruthy();
    fireEvent.focus(box);
    fireEvent.input(box, { target: { value: 'Get 500 leads.' } });
    // While the visitor types, only the field changes: no analysis is asked for before a pause.
    expect(container.querySelector('.smart-analysis')).toBeNull();
    expect(screen.getByText('Type an objective to start the analysis.')).toBeTruthy();
    act(() => void vi.advanceTimersByTime(149));
    expect(container.querySelector('.smart-analysis')).toBeNull();
    act(() => void vi.advanceTimersByTime(1));
    vi.useRealTimers();
    // The engine's promise resolves after this synchronous render.
    const busy = container.querySelector('.smart-analysis[aria-busy="true"]');
    expect(busy).toBeTruthy();
    expect(busy?.querySelectorAll('[data-criterion][data-status="unknown"]')).toHaveLength(5);
    expect(screen.getByText('Loading the analysis…')).toBeTruthy();
    await analysed(container);
    expect(container.querySelector('[aria-busy]')).toBeNull();
    expect(statusOf(container, 'measurable')).toBe('met');
    expect(statusOf(container, 'time-bound')).toBe('missing');
  });

  it('prefills and analyses ?objective=', async () => {
    history.replaceState(null, '', `/fr/tools/smart/?objective=${encodeURIComponent("Avoir plus d'abonnés.")}`);
    const { container } = render(<SmartChecker lang="fr" strings={strings.fr} />);
    const box = await screen.findByLabelText('Votre objectif');
    await waitFor(() => expect((box as HTMLTextAreaElement).value).toBe("Avoir plus d'abonnés."));
    await analysed(container);
    expect(statusOf(container, 'specific')).toBe('partial');
    expect(statusOf(container, 'measurable')).toBe('missing');
    expect(statusOf(container, 'achievable')).toBe('unknown');
    // Followers with no stated purpose: a vanity metric.
    expect(statusOf(container, 'relevant')).toBe('partial');
    expect(statusOf(container, 'time-bound')).toBe('missing');
    expect(container.querySelectorAll('[data-criterion]')).toHaveLength(5);
    // Testing Library folds every space (U+00A0, U+202F) into a plain one when matching text.
    expect(screen.getByText(/Score : 1 sur 5/)).toBeTruthy();
    expect(
      screen.getByText(/^Avoir plus d'abonnés sur \[réseau\] \(cible : \[cible\]\) d’ici le \[date\], pour/),
    ).toBeTruthy();
  });

  it('analyses as you type, highlights the words and announces politely', async () => {
    const { container } = render(<SmartChecker lang="en" strings={strings.en} />);
    const box = screen.getByLabelText('Your objective');
    expect(screen.getByText('Type an objective to start the analysis.')).toBeTruthy();
    fireEvent.input(box, {
      target: { value: 'Gain 500 Instagram followers by March 31 to fill our workshops (currently 4,000).' },
    });
    await analysed(container);
    expect(statusOf(container, 'achievable')).toBe('met');
    const marks = [...container.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(expect.arrayContaining(['Instagram', 'followers', 'by March 31', '500']));
    const live = container.querySelector('[role="status"][aria-live="polite"]');
    await waitFor(() => expect(live?.textContent).toMatch(/Analysis updated: 5 out of 5/));
    expect(screen.getByText('Your objective meets all five criteria. Well done!')).toBeTruthy();
  });

  it('recognises an objective in the other language and shows the calculator link', async () => {
    const { container } = render(<SmartChecker lang="fr" strings={strings.fr} />);
    fireEvent.input(screen.getByLabelText('Votre objectif'), {
      target: { value: 'Reach 100k followers next month (current 800).' },
    });
    await analysed(container);
    expect(screen.getByText('Objectif rédigé en anglais : analysé en anglais.')).toBeTruthy();
    expect(statusOf(container, 'achievable')).toBe('missing');
    const link = screen.getByRole('link', { name: /calculateur de croissance/ });
    expect(link.getAttribute('href')).toBe('/fr/tools/audience-growth/?start=800&end=100000');
  });

  it('dispatches the result event with the score and the objective', async () => {
    const events: ResultDetail[] = [];
    const listener = (e: Event) => events.push((e as CustomEvent<ResultDetail>).detail);
    window.addEventListener(RESULT_EVENT, listener);
    render(<SmartChecker lang="fr" strings={strings.fr} />);
    fireEvent.input(screen.getByLabelText('Votre objectif'), { target: { value: 'Lancer TikTok un jour.' } });
    await waitFor(
      () =>
        expect(events.at(-1)).toEqual({ tool: 'smart', value: 0.5, inputs: { objective: 'Lancer TikTok un jour.' } }),
      { timeout: 5000 },
    );
    window.removeEventListener(RESULT_EVENT, listener);
  });

  it('shows hostile text as text, strips control characters and caps the length', async () => {
    const { container } = render(<SmartChecker lang="fr" strings={strings.fr} />);
    const box = screen.getByLabelText('Votre objectif') as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: '<img src=x onerror=alert(1)>\u0000 300 abonnés' } });
    await analysed(container);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.smart-highlight')?.textContent).toBe('<img src=x onerror=alert(1)> 300 abonnés');
    fireEvent.input(box, { target: { value: 'a'.repeat(2000) } });
    expect(box.value.length).toBe(400);
    expect(box.getAttribute('maxlength')).toBe('400');
  });

  it('sends the improved version back to the checker', async () => {
    render(<SmartChecker lang="fr" strings={strings.fr} />);
    const box = screen.getByLabelText('Votre objectif') as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: 'Get 500 leads.' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Analyser cette version' }));
    expect(box.value).toBe('Get 500 leads (currently [current value]) by [date].');
    expect(document.activeElement).toBe(box);
  });

  it('shows the improved version as data-rewrite, says when it lowered the target, and shows none when none is right', async () => {
    const { container } = render(<SmartChecker lang="fr" strings={strings.fr} />);
    const box = screen.getByLabelText('Votre objectif') as HTMLTextAreaElement;
    fireEvent.input(box, {
      target: { value: 'Atteindre 10 000 abonnés Instagram (2 000 aujourd’hui) d’ici le 31 décembre 2026.' },
    });
    await analysed(container);
    const rewrite = await waitFor(() => {
      const el = container.querySelector('[data-rewrite]');
      expect(el).toBeTruthy();
      return el as Element;
    });
    expect(rewrite.textContent).toMatch(/^Atteindre 2\u202f\d00 abonnés Instagram \(2 000 aujourd’hui\)/);
    expect(screen.getByText(/^Cible ramenée de « 10 000 » à/)).toBeTruthy();

    fireEvent.input(box, { target: { value: 'Doubler les likes sur Facebook d’ici juin (objectif B2B = leads).' } });
    await waitFor(() => expect(container.querySelector('[data-rewrite]')).toBeNull());
    expect(await screen.findByText(/^Pas de version améliorée/)).toBeTruthy();
  });
});

describe('SmartBuilder', () => {
  it('writes a sentence the checker rates fully met', async () => {
    const { container } = render(<SmartChecker lang="fr" strings={strings.fr} builder />);
    const builder = within(screen.getByRole('region', { name: 'Rédiger un objectif SMART pas à pas' }));
    fireEvent.click(builder.getByRole('button', { name: 'Ouvrir l’assistant' }));
    await waitFor(() => expect(document.activeElement).toBe(builder.getByLabelText('Indicateur')));
    fireEvent.change(builder.getByLabelText('Indicateur'), { target: { value: 'followers' } });
    fireEvent.change(builder.getByLabelText('Réseau'), { target: { value: 'instagram' } });
    fireEvent.input(builder.getByLabelText('Valeur actuelle'), { target: { value: '2 000' } });
    fireEvent.input(builder.getByLabelText('Valeur visée'), { target: { value: '2 400' } });
    const next = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
    fireEvent.input(builder.getByLabelText('Échéance'), { target: { value: next } });
    fireEvent.change(builder.getByLabelText('Objectif d’affaires'), { target: { value: 'awareness' } });
    fireEvent.click(builder.getByRole('button', { name: 'Rédiger l’objectif' }));
    const sentence = await builder.findByText(
      /^Faire passer le nombre d’abonnés sur Instagram de 2 000 à 2 400 d’ici le/,
    );
    expect(sentence).toBeTruthy();
    fireEvent.click(builder.getByRole('button', { name: 'Analyser cet objectif' }));
    await analysed(container);
    for (const c of ['specific', 'measurable', 'achievable', 'relevant', 'time-bound'])
      expect(statusOf(container, c)).toBe('met');
  });

  it('ties errors to their fields', async () => {
    render(<SmartChecker lang="en" strings={strings.en} builder />);
    const builder = within(screen.getByRole('region', { name: 'Write a SMART objective step by step' }));
    fireEvent.click(builder.getByRole('button', { name: 'Open the step-by-step builder' }));
    await builder.findByLabelText('Current value');
    fireEvent.input(builder.getByLabelText('Current value'), { target: { value: 'lots' } });
    fireEvent.click(builder.getByRole('button', { name: 'Write the objective' }));
    const baseline = builder.getByLabelText('Current value');
    expect(baseline.getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(baseline.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe('Enter a number, such as 1,200 or 2.5.');
    expect(builder.getByLabelText('Metric').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(builder.getByLabelText('Metric'));
    await act(() => undefined);
  });

  it('refuses a French 1.500 as ambiguous, as the calculators do', async () => {
    render(<SmartChecker lang="fr" strings={strings.fr} builder />);
    const builder = within(screen.getByRole('region', { name: 'Rédiger un objectif SMART pas à pas' }));
    fireEvent.click(builder.getByRole('button', { name: 'Ouvrir l’assistant' }));
    await builder.findByLabelText('Valeur actuelle');
    fireEvent.input(builder.getByLabelText('Valeur actuelle'), { target: { value: '1.500' } });
    fireEvent.click(builder.getByRole('button', { name: 'Rédiger l’objectif' }));
    const baseline = builder.getByLabelText('Valeur actuelle');
    expect(baseline.getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(baseline.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toMatch(/^Nombre ambigu/);
    await act(() => undefined);
  });
});
