/**
 * A trainer's case in the URL (`?type=…&networks=…`) replaces the visitor's saved profile
 * (docs/CONTRACT.md): the page says so, and brings the visitor's own profile back on request.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import AuditQuiz from '../../src/islands/AuditQuiz';
import type { DimensionView } from '../../src/islands/audit/view';
import { STORAGE_KEY } from '../../src/lib/audit';
import { pick } from '../../src/lib/i18n';

const question = {
  weight: 2,
  advice: 'Do it.',
  chapter: 'auditing-your-presence',
  chapterTitle: 'Auditing',
  kind: 'basic' as const,
  minutes: 30,
  notApplicable: false,
  action: 'Do it',
  step: 'First step on {networks}.',
  check: 'Look it up.',
};
const dimensions: DimensionView[] = [
  {
    id: 'security',
    title: 'Security',
    description: 'Who can post.',
    objective: 'Turn on 2FA.',
    draft: 'Turn on 2FA on {networks}.',
    questions: [{ ...question, id: 'admin-access', question: 'Is 2FA on?' }],
  },
];

/** A visitor's save: a yoga studio on Instagram, one answer given. */
function savedStudio() {
  const at = '2026-11-30T09:00:00.000Z';
  localStorage.setItem(
    STORAGE_KEY,
    JSON.stringify({
      version: 2,
      current: {
        id: `${at}~abcd1234`,
        answers: { 'admin-access': { v: 'partly', at } },
        step: 0,
        startedAt: at,
        updatedAt: at,
        profile: { type: 'local', networks: ['instagram'], hours: 2, goal: 'loyalty', at },
      },
      history: [],
      removed: [],
      ended: [],
    }),
  );
}

const storedProfile = () =>
  (JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as { current?: { profile?: unknown } }).current?.profile;

beforeEach(() => {
  localStorage.clear();
});
afterEach(cleanup);

describe('a profile given in the URL', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`says it replaced the visitor’s own, and brings it back (${lang})`, async () => {
      savedStudio();
      history.replaceState(null, '', `/${lang}/tools/audit/?type=b2b&networks=linkedin&goal=leads&embed=1`);
      const strings = pick(lang, 'audit.');
      const { container } = render(<AuditQuiz lang={lang} strings={strings} dimensions={dimensions} />);
      await waitFor(() => expect(container.querySelector('[data-ready="true"]')).not.toBeNull());
      const notice = await waitFor(() => {
        const el = container.querySelector('[data-profile-source="link"]');
        expect(el).not.toBeNull();
        return el as HTMLElement;
      });
      const text = notice.textContent ?? '';
      if (lang === 'en') {
        expect(text).toContain('business profile of the link you opened');
        expect(text).toContain('Business selling to businesses (B2B) · LinkedIn · Find customers or leads');
      } else {
        expect(text).toContain('profil d’activité du lien que vous avez ouvert');
        expect(text).toContain('Entreprise qui vend à des entreprises (B2B) · LinkedIn');
      }
      expect(notice.getAttribute('role')).toBe('status');
      // The case is what the audit now uses, and what is saved.
      await waitFor(() =>
        expect(storedProfile()).toMatchObject({ type: 'b2b', networks: ['linkedin'], goal: 'leads' }),
      );
      // The visitor's own answers are untouched.
      expect(localStorage.getItem(STORAGE_KEY)).toContain('"v":"partly"');

      const back = screen.getByRole('button', {
        name:
          lang === 'en' ? /Use my own profile again \(Local shop or service · Instagram · 2/ : /Revenir à mon profil/,
      });
      fireEvent.click(back);
      await waitFor(() => expect(storedProfile()).toMatchObject({ type: 'local', networks: ['instagram'], hours: 2 }));
      expect(container.querySelector('[data-profile-source="link"]')).toBeNull();
      expect(screen.getByRole('status').textContent).toContain(
        lang === 'en' ? 'Your own business profile is back.' : 'Votre propre profil d’activité est rétabli.',
      );
      // The case's params leave the address (a reload keeps the visitor's own), the others stay.
      expect(location.search).toBe('?embed=1');
    });
  }

  it('without a saved profile: says where the profile comes from, with nothing to go back to', async () => {
    history.replaceState(null, '', '/en/tools/audit/?type=local&networks=instagram,facebook');
    const { container } = render(<AuditQuiz lang="en" strings={pick('en', 'audit.')} dimensions={dimensions} />);
    const notice = await waitFor(() => {
      const el = container.querySelector('[data-profile-source="link"]');
      expect(el).not.toBeNull();
      return el as HTMLElement;
    });
    expect(notice.textContent).toContain('Local shop or service · Facebook, Instagram');
    expect(screen.queryByRole('button', { name: /Use my own profile/ })).toBeNull();
    // The questions are shown at once: no profile form to fill in.
    expect(screen.getByRole('group', { name: 'Is 2FA on?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Keep this profile' }));
    expect(container.querySelector('[data-profile-source="link"]')).toBeNull();
    expect(storedProfile()).toMatchObject({ type: 'local', networks: ['facebook', 'instagram'] });
  });

  it('without a profile in the URL: no notice', async () => {
    savedStudio();
    history.replaceState(null, '', '/en/tools/audit/');
    const { container } = render(<AuditQuiz lang="en" strings={pick('en', 'audit.')} dimensions={dimensions} />);
    await waitFor(() => expect(container.querySelector('[data-ready="true"]')).not.toBeNull());
    await screen.findByText(/Your business: Local shop or service · Instagram/);
    expect(container.querySelector('[data-profile-source="link"]')).toBeNull();
  });
});
