/**
 * The dashboard says in words when it works for more than a moment (reading, working out the
 * figures, saving), in one polite status that stays silent for quick work and is emptied when the
 * work is done. The worker's answers are held back here (as a 5,000-post export on a slow phone
 * would), then released.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Dashboard from '../../src/islands/Dashboard';
import en from '../../src/lib/i18n/en/dashboard';
import fr from '../../src/lib/i18n/fr/dashboard';
import kpi from '../../src/lib/i18n/en/kpi';

/** Work held back until released: each call waits for the next `release()`. */
const held: (() => void)[] = [];
const release = () => held.splice(0).forEach((go) => go());
const hold = () => new Promise<void>((resolve) => held.push(resolve));

vi.mock('../../src/lib/dashboard/client', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/lib/dashboard/client')>();
  return {
    ...actual,
    figuresInBrowser: async (...args: Parameters<typeof actual.figuresInBrowser>) => {
      await hold();
      return actual.figuresInBrowser(...args);
    },
    saveFiles: async (...args: Parameters<typeof actual.saveFiles>) => {
      await hold();
      return actual.saveFiles(...args);
    },
  };
});

const strip = (dictionary: Record<string, string>) =>
  Object.fromEntries(Object.entries(dictionary).map(([key, value]) => [key.replace(/^dashboard\./, ''), value]));

const post = (row: number, day: string) => ({
  row,
  day,
  network: 'instagram',
  title: `Reel ${row}`,
  id: String(row),
  values: { reach: 1500 + row, impressions: 2400, reactions: 90, comments: 6, shares: 3 },
});

const save = {
  version: 1,
  savedAt: '2026-11-30T17:00:00.000Z',
  files: [{ name: 'instagram-novembre.csv', posts: [post(2, '2026-11-03'), post(3, '2026-11-17')], problems: [] }],
  layouts: {},
};

const status = () => document.querySelector('.dash-working');
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  release();
  cleanup();
  localStorage.clear();
});

describe('the dashboard’s working status', () => {
  it('says, after a moment and only then, that it works out the figures, then that it saves; empty when done', async () => {
    localStorage.setItem('smm-dashboard', JSON.stringify(save));
    render(<Dashboard lang="en" strings={strip(en)} kpiStrings={kpi} toolsPath="/en/tools/" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open it' }, { timeout: 10_000 }));

    // One status, polite, there before any work (so that its text is announced), and empty.
    expect(status()?.getAttribute('role')).toBe('status');
    await waitFor(() => expect(held.length).toBe(1));
    // A quick answer says nothing: no text in the first moment.
    await wait(150);
    expect(status()?.textContent).toBe('');
    await waitFor(() => expect(status()?.textContent).toBe('Working out the figures…'));
    release();
    await waitFor(() => expect(document.querySelector('output[data-kpi][data-value]')).not.toBeNull());
    expect(status()?.textContent).toBe('');

    fireEvent.click(screen.getByRole('button', { name: 'Save in this browser' }));
    await waitFor(() => expect(status()?.textContent).toBe('Saving in this browser…'));
    expect(localStorage.getItem('smm-dashboard')).toBe(JSON.stringify(save));
    release();
    expect(await screen.findByText(/^Saved in this browser on/)).toBeTruthy();
    expect(status()?.textContent).toBe('');
  });

  it('speaks French on the French page', async () => {
    localStorage.setItem('smm-dashboard', JSON.stringify(save));
    render(<Dashboard lang="fr" strings={strip(fr)} kpiStrings={kpi} toolsPath="/fr/tools/" />);
    fireEvent.click(await screen.findByRole('button', { name: 'L’ouvrir' }, { timeout: 10_000 }));
    await waitFor(() => expect(status()?.textContent).toBe('Calcul des chiffres en cours…'));
    release();
    await waitFor(() => expect(status()?.textContent).toBe(''));
  });
});
