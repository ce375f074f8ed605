/**
 * Typing in the SMART checker costs no render of the verdicts: a visitor who has a result on
 * screen and goes on typing sees the field change at once, and the verdicts only when the new
 * analysis arrives (a Chromium trace showed every keystroke re-rendering the whole island:
 * docs/performance.md). The field still cleans what is typed, in place, without moving the caret.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import SmartChecker from '../../src/islands/SmartChecker';
import fr from '../../src/lib/i18n/fr/smart';
import '../../src/lib/smart/analyze';

const renders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/islands/smart/SmartResult', async (original) => {
  const actual = await original<typeof import('../../src/islands/smart/SmartResult')>();
  return {
    ...actual,
    SmartResult: (props: Parameters<typeof actual.SmartResult>[0]) => {
      renders.count += 1;
      return actual.SmartResult(props);
    },
  };
});

beforeEach(() => {
  history.replaceState(null, '', '/fr/tools/smart/');
  renders.count = 0;
});
afterEach(() => cleanup());

const score = (container: Element) => container.querySelector('[data-score]')?.getAttribute('data-score');

describe('SmartChecker while typing', () => {
  it('keeps the verdicts as they are, unrendered, until the next analysis arrives', async () => {
    const { container } = render(<SmartChecker lang="fr" strings={fr as Record<string, string>} builder />);
    const box = screen.getByLabelText('Votre objectif') as HTMLTextAreaElement;
    const first = 'Gagner 300 abonnés sur TikTok';
    fireEvent.input(box, { target: { value: first } });
    await waitFor(() => expect(score(container)).toBeTruthy(), { timeout: 5000 });
    const before = renders.count;
    const shown = score(container);

    // The visitor goes on typing, key by key: " d’ici le 31 mars 2027".
    const more = ' d’ici le 31 mars 2027';
    for (let i = 1; i <= more.length; i++) fireEvent.input(box, { target: { value: first + more.slice(0, i) } });
    expect(renders.count).toBe(before);
    expect(score(container)).toBe(shown);
    expect(box.value).toBe(first + more);

    // Once typing pauses, the new analysis is rendered once: the deadline is now found.
    await waitFor(
      () => expect(container.querySelector('[data-criterion="time-bound"]')?.getAttribute('data-status')).toBe('met'),
      { timeout: 5000 },
    );
    expect(renders.count - before).toBe(1);
  });

  it('turns a typed line break into a space in place, with the caret where it was', () => {
    render(<SmartChecker lang="fr" strings={fr as Record<string, string>} />);
    const box = screen.getByLabelText('Votre objectif') as HTMLTextAreaElement;
    box.focus();
    box.value = 'Gagner 300 abonnés\nsur TikTok';
    box.setSelectionRange(19, 19);
    fireEvent.input(box);
    expect(box.value).toBe('Gagner 300 abonnés sur TikTok');
    expect(box.selectionStart).toBe(19);
    // Emptied: the invitation to type comes back.
    box.value = '   ';
    fireEvent.input(box);
    expect(screen.getByText(/^Saisissez un objectif/)).toBeTruthy();
  });
});
