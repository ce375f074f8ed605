import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import KpiCalculator from '../../src/islands/KpiCalculator';
import KpiShareOfVoice from '../../src/islands/KpiShareOfVoice';
import KpiAudienceGrowth from '../../src/islands/KpiAudienceGrowth';
import KpiEngagement from '../../src/islands/KpiEngagement';
import { RESULT_EVENT, type ResultDetail } from '../../src/lib/embed/events';
import type { Locale } from '../../src/lib/i18n/locales';
import { kpiIds, kpis, type KpiId } from '../../src/lib/kpi';
import { kpiProps } from '../../src/lib/kpi/strings';
import { countIntlUse } from './intl-use';

function mount(id: KpiId, lang: Locale, search = '') {
  window.history.replaceState(null, '', `/${lang}/tools/${id}/${search}`);
  const props = kpiProps(lang, id);
  const Island =
    id === 'share-of-voice'
      ? KpiShareOfVoice
      : id === 'audience-growth'
        ? KpiAudienceGrowth
        : id === 'engagement-rate'
          ? KpiEngagement
          : KpiCalculator;
  return render(<Island {...props} />);
}

const output = (container: Element, basis?: string) =>
  container.querySelector<HTMLOutputElement>(basis ? `output[data-basis="${basis}"]` : 'output[data-kpi]');

afterEach(cleanup);

describe('KpiCalculator', () => {
  it('renders one input per param, with a visible label', () => {
    mount('roi', 'en');
    expect(screen.getByLabelText(/Gross margin attributed/)).toHaveProperty('name', 'revenue');
    expect(screen.getByLabelText(/Total spend/)).toHaveProperty('name', 'cost');
    expect(screen.getByLabelText('Currency')).toBeTruthy();
  });

  it('computes as the visitor types, in French', async () => {
    const { container } = mount('ctr', 'fr');
    fireEvent.input(screen.getByLabelText('Clics'), { target: { value: '25' } });
    fireEvent.input(screen.getByLabelText('Impressions (nombre d’affichages)'), {
      target: { value: '1\u00a0000' },
    });
    await waitFor(() => expect(output(container)?.dataset['value']).toBe('2.5'));
    expect(output(container)?.textContent).toBe('2,5\u00a0%');
    const live = screen.getAllByRole('status').find((el) => el.getAttribute('aria-live') === 'polite');
    expect(live?.textContent).toContain('ont donné lieu à un clic');
    expect(container.textContent).toContain('25 ÷ 1\u202f000 × 100');
  });

  it('reads URL params like typed text', async () => {
    const { container } = mount('cpc', 'fr', '?cost=1234.5&clicks=1000&currency=USD');
    await waitFor(() => expect(output(container)?.dataset['value']).toBe('1.2345'));
    expect(screen.getByLabelText(/Dépense totale/)).toHaveProperty('value', '1\u202f234,5');
    expect(output(container)?.textContent).toContain('$');
  });

  it('puts the error at the field, with aria-invalid and aria-describedby', async () => {
    const { container } = mount('story-completion', 'en', '?first=10&last=11');
    const last = await screen.findByLabelText('Last-frame reach (unique accounts)');
    await waitFor(() => expect(last.getAttribute('aria-invalid')).toBe('true'));
    const described = document.getElementById(last.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toMatch(/Last-frame reach above first-frame reach/);
    expect(output(container)?.hasAttribute('data-value')).toBe(false);
    expect(output(container)?.textContent).toBe('n/a');
  });

  it('a bad currency param falls back to euros, with a note', async () => {
    mount('cpa', 'en', '?currency=zzz');
    expect(await screen.findByText(/Unknown currency in the link/)).toBeTruthy();
    expect(screen.getByLabelText('Currency')).toHaveProperty('value', 'EUR');
  });

  it('announces every new result', async () => {
    const seen: ResultDetail[] = [];
    const listener = (e: Event) => seen.push((e as CustomEvent<ResultDetail>).detail);
    window.addEventListener(RESULT_EVENT, listener);
    mount('roi', 'en', '?revenue=150&cost=100');
    await waitFor(() =>
      expect(seen.at(-1)).toEqual({
        tool: 'roi',
        value: 50,
        inputs: { revenue: '150', cost: '100', currency: 'EUR' },
      }),
    );
    window.removeEventListener(RESULT_EVENT, listener);
  });

  it('copy link falls back to a field when the clipboard is refused', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: vi.fn().mockRejectedValue(new Error('denied')) },
    });
    mount('ctr', 'en', '?clicks=5&impressions=100&size=large');
    await screen.findByDisplayValue('5');
    fireEvent.click(screen.getByRole('button', { name: 'Copy the link to this calculation' }));
    const field = await screen.findByLabelText(/Copy this link/);
    expect((field as HTMLInputElement).value).toMatch(/\/en\/tools\/ctr\/\?clicks=5&impressions=100&size=large$/);
  });
});

describe('extra parts', () => {
  it('engagement rate shows one output per base given', async () => {
    const { container } = mount('engagement-rate', 'en', '?engagements=10&reach=100&impressions=200');
    await waitFor(() => expect(output(container, 'impressions')?.dataset['value']).toBe('5'));
    expect(output(container, 'reach')?.dataset['value']).toBe('10');
    expect(container.querySelectorAll('output[data-kpi]')).toHaveLength(2);
  });

  it('share of voice rows fill the competitors field', async () => {
    const { container } = mount('share-of-voice', 'en', '?brand=50');
    fireEvent.click(await screen.findByRole('button', { name: 'Add a competitor' }));
    // The rows' code loads with the first row.
    const mentions = await screen.findByLabelText('Mentions of competitor 1', {}, { timeout: 10_000 });
    fireEvent.input(mentions, { target: { value: '150' } });
    await waitFor(() => expect(output(container)?.dataset['value']).toBe('25'));
    const total = screen.getByLabelText(/Mentions of competitors \(total\)/) as HTMLInputElement;
    expect(total.value).toBe('150');
    expect(total.readOnly).toBe(true);
    await waitFor(() =>
      expect(container.querySelector('svg[role="img"] desc')?.textContent).toContain('Your brand 25%'),
    );
  });

  it('audience growth takes more periods', async () => {
    const { container } = mount('audience-growth', 'fr', '?start=100&end=200');
    fireEvent.click(await screen.findByRole('button', { name: 'Ajouter une période' }));
    // The periods' code loads with the first added period.
    const point = await screen.findByLabelText('Audience au point 3', {}, { timeout: 10_000 });
    fireEvent.input(point, { target: { value: 'abc' } });
    expect(screen.getByLabelText('Audience au point 3').getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(screen.getByLabelText('Audience au point 3'), { target: { value: '300' } });
    await waitFor(() =>
      expect(container.querySelector('output[data-growth="overall"]')?.getAttribute('data-value')).toBe('200'),
    );
  });
});

describe('hydration cost', () => {
  // The calculators write their numbers without Intl, prefilled or typed (see ./intl-use.ts).
  const sample: Record<string, string> = {
    impressions: '10000',
    reach: '5000',
    followers: '2000',
    engagements: '300',
    clicks: '250',
    conversions: '20',
    cost: '120.5',
    revenue: '900',
    start: '1000',
    end: '1200',
    brand: '40',
    competitors: '160',
    first: '1000',
    last: '400',
    shares: '30',
  };
  it('no calculator uses Intl.NumberFormat, in either language, with or without a currency', async () => {
    const used = await countIntlUse(async () => {
      for (const lang of ['fr', 'en'] as const) {
        for (const id of kpiIds) {
          const query = kpis[id].inputs.map((input) => `${input.param}=${sample[input.param] ?? '1'}`).join('&');
          const { container } = mount(id, lang, `?${query}&currency=USD`);
          await waitFor(() =>
            expect(container.querySelector('output[data-value]'), `${id} (${lang}) shows a result`).toBeTruthy(),
          );
          const first = container.querySelector<HTMLInputElement>('input[name]');
          expect(first).toBeTruthy();
          fireEvent.input(first as HTMLInputElement, { target: { value: lang === 'fr' ? '1 234,5' : '1,234.5' } });
          cleanup();
        }
      }
    });
    expect(used).toBe(0);
  });
});
