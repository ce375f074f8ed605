/**
 * The dashboard island with a save in the browser (no worker needed): a bakery's figures saved
 * before the currency was kept (a Meta export with $101.25 spent for 919 link clicks) reopen with
 * the question of their costs' currency, and the CPC links to its calculator only once answered;
 * and, just after midnight in Paris, the save's date and a downloaded file's name are the new day.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Dashboard from '../../src/islands/Dashboard';
import en from '../../src/lib/i18n/en/dashboard';
import kpi from '../../src/lib/i18n/en/kpi';

const strings = Object.fromEntries(
  Object.entries(en as Record<string, string>).map(([key, value]) => [key.replace(/^dashboard\./, ''), value]),
);
const kpiStrings = kpi as Record<string, string>;

const post = (row: number, day: string, clicks: number, cost: number) => ({
  row,
  day,
  network: 'facebook',
  title: `Post of ${day}`,
  id: String(2000 + row),
  values: { reach: 2000, impressions: 3000, reactions: 120, comments: 10, shares: 5, clicks, cost },
});

/** A version 1 save written before files kept their currency. */
const save = {
  version: 1,
  savedAt: '2026-12-01T09:00:00.000Z',
  files: [
    {
      name: 'meta-en-usd.csv',
      posts: [post(2, '2026-11-02', 400, 50), post(3, '2026-11-19', 519, 51.25)],
      problems: [],
    },
  ],
  layouts: {},
};

const zone = process.env['TZ'];
afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.useRealTimers();
  vi.restoreAllMocks();
  if (zone === undefined) delete process.env['TZ'];
  else process.env['TZ'] = zone;
});

describe('Dashboard', () => {
  it('reopens a save, asks the currency of its costs, then links the CPC in that currency', async () => {
    localStorage.setItem('smm-dashboard', JSON.stringify(save));
    render(<Dashboard lang="en" strings={strings} kpiStrings={kpiStrings} toolsPath="/en/tools/" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open it' }, { timeout: 10_000 }));

    const question = await screen.findByLabelText(/In which currency are the costs of meta-en-usd\.csv\?/, undefined, {
      timeout: 10_000,
    });
    const cpc = () => document.querySelector('output[data-kpi="cpc"][data-method="ratio"]:not([data-network])');
    await waitFor(() => expect(cpc()?.getAttribute('data-value')).toMatch(/^0\.11017/));
    // No currency yet: a plain amount, and no link to the CPC calculator.
    expect(cpc()?.textContent).toBe('0.11');
    expect(screen.queryByRole('link', { name: /^Open Cost per click/ })).toBeNull();
    expect(screen.getAllByText(/Costs without a currency/).length).toBeGreaterThan(0);

    fireEvent.change(question, { target: { value: 'USD' } });
    await waitFor(() => expect(cpc()?.textContent).toBe('$0.11'));
    const links = screen.getAllByRole('link', { name: /^Open Cost per click/ });
    expect(links.map((a) => a.getAttribute('href'))).toContain('/en/tools/cpc/?cost=101.25&clicks=919&currency=USD');
  });

  it('stamps files and save dates with the visitor’s day: at 00:30 in Paris, already the new one', async () => {
    process.env['TZ'] = 'Europe/Paris';
    vi.useFakeTimers({ toFake: ['Date'] });
    // 23:30 UTC on 1 December: 00:30 on 2 December in Paris. Saved at 00:10 Paris time.
    vi.setSystemTime(new Date('2026-12-01T23:30:00.000Z'));
    localStorage.setItem('smm-dashboard', JSON.stringify({ ...save, savedAt: '2026-12-01T23:10:00.000Z' }));
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:dashboard');
    vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    render(<Dashboard lang="en" strings={strings} kpiStrings={kpiStrings} toolsPath="/en/tools/" />);
    expect(
      await screen.findByText(/A dashboard saved on 2026-12-02 is in this browser/, undefined, { timeout: 10_000 }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Open it' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Download the summary (CSV)' }, { timeout: 10_000 }));
    expect(names).toEqual(['dashboard-2026-12-02.csv']);
    fireEvent.click(screen.getByRole('button', { name: 'Save in this browser' }));
    expect(await screen.findByText(/^Saved in this browser on 2026-12-02\./)).toBeTruthy();
    expect(JSON.parse(localStorage.getItem('smm-dashboard') ?? '')).toMatchObject({
      version: 1,
      savedAt: '2026-12-01T23:30:00.000Z',
    });
  });
});
