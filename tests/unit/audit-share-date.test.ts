/**
 * The audit's own date on a share link (`&date=YYYY-MM-DD`): a consultant shares a report on
 * 30 November; the client who opens or prints it on 18 December must see "30 November", and a link
 * whose date is missing, impossible, in the future or older than the site must say it has none.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportCsv, fingerprint, readShareHash, scoreAudit, shareFragment } from '../../src/lib/audit';
import { FIRST_DAY, localDay, readShareDate, withShareDate } from '../../src/lib/audit/share-date';
import { dayOf, today } from '../../src/lib/days';
import { formatLongDate } from '../../src/lib/i18n/dates';

const ids = ['accounts-listed', 'admin-access', 'owner-mission', 'consistent-identity', 'bio-links'];
const print = fingerprint(ids);
/** The client opens the link in Paris on 18 December 2026, in the morning. */
const opened = new Date('2026-12-18T08:30:00.000Z');

describe('the date a share link gives', () => {
  it('reads the day of a link written by hand, profile or not, wherever the date param sits', () => {
    const bakery = `#r=2.${print}.yx__u&type=local&networks=facebook,instagram&hours=3&goal=loyalty&date=2026-11-30`;
    expect(readShareDate(bakery, opened)).toBe('2026-11-30');
    expect(readShareDate(`#r=1.${print}.yyppn&date=2026-12-01`, opened)).toBe('2026-12-01');
    expect(readShareDate(`#date=2026-12-01&r=1.${print}.yyppn`, opened)).toBe('2026-12-01');
    expect(readShareDate(`r=1.${print}.yyppn&date=2026-12-01`, opened)).toBe('2026-12-01');
  });

  it('has no date for a link made before links carried one', () => {
    expect(readShareDate(`#r=1.dt75ue.y${'_'.repeat(23)}n__`, opened)).toBeUndefined();
    expect(readShareDate(`#r=2.${print}.yx__u&type=local`, opened)).toBeUndefined();
    expect(readShareDate('', opened)).toBeUndefined();
  });

  it('ignores a day that does not exist or is not written YYYY-MM-DD', () => {
    for (const date of [
      '2027-02-29', // 2027 is not a leap year
      '2026-11-31',
      '2026-13-01',
      '2026-12-00',
      '2026-12-1',
      '01/12/2026',
      '1 décembre 2026',
      '2026-12-01T10:00:00Z',
      '+02026-12-01',
      '',
      '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      'Invalid Date',
    ]) {
      expect(readShareDate(`#r=1.${print}.yyppn&date=${date}`, new Date('2028-06-01T12:00:00Z')), date).toBeUndefined();
    }
    // A real 29 February is a day like any other.
    expect(readShareDate(`#r=1.${print}.yyppn&date=2028-02-29`, new Date('2028-03-01T12:00:00Z'))).toBe('2028-02-29');
  });

  it('ignores a date before the site existed', () => {
    expect(readShareDate(`#r=1.${print}.yyppn&date=2026-03-03`, opened)).toBeUndefined();
    expect(readShareDate(`#r=1.${print}.yyppn&date=2026-11-25`, opened)).toBeUndefined();
    expect(readShareDate(`#r=1.${print}.yyppn&date=1970-01-01`, opened)).toBeUndefined();
    expect(readShareDate(`#r=1.${print}.yyppn&date=${FIRST_DAY}`, opened)).toBe(FIRST_DAY);
  });

  it('ignores a date in the future, but not the day a link sent from the other side of the world was made', () => {
    expect(readShareDate(`#r=1.${print}.yyppn&date=2026-12-25`, opened)).toBeUndefined();
    expect(readShareDate(`#r=1.${print}.yyppn&date=2027-12-18`, opened)).toBeUndefined();
    // Sent from Auckland at 8 a.m. on 3 December (UTC+13), opened in Paris at 8 p.m. on the 2nd.
    expect(readShareDate(`#r=1.${print}.yyppn&date=2026-12-03`, new Date('2026-12-02T19:00:00Z'))).toBe('2026-12-03');
    // Nowhere on earth is it 4 December yet at that moment.
    expect(readShareDate(`#r=1.${print}.yyppn&date=2026-12-04`, new Date('2026-12-02T19:00:00Z'))).toBeUndefined();
  });

  it('never throws and only gives a valid day, whatever the fragment', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, date) => {
        const day = readShareDate(`#${before}&date=${date}`, opened);
        if (day === undefined) return;
        expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(day >= FIRST_DAY && day <= '2026-12-18').toBe(true);
        expect(Number.isNaN(localDay(day).getTime())).toBe(false);
      }),
    );
  });
});

describe('the date a share link carries', () => {
  it('is the day of the audit’s last change in the sender’s time zone', () => {
    expect(dayOf(new Date(2026, 10, 30, 23, 55))).toBe('2026-11-30');
    expect(dayOf(new Date(2026, 11, 1, 0, 5))).toBe('2026-12-01');
    expect(dayOf(new Date('not a date'))).toBeUndefined();
  });

  it('goes after the code and the profile, and readers that do not know it read the same link', () => {
    const answers = { 'accounts-listed': 'yes', 'admin-access': 'na', 'bio-links': 'unknown' } as const;
    const profile = { type: 'local', networks: ['instagram', 'facebook'], hours: 3, goal: 'loyalty' } as const;
    const undated = shareFragment(ids, answers, { ...profile, networks: [...profile.networks] });
    const dated = withShareDate(undated, '2026-11-30');
    expect(dated).toBe(
      `r=2.${print}.yx__u&type=local&networks=facebook,instagram&hours=3&goal=loyalty&date=2026-11-30`,
    );
    // The answers and profile are read by name (as every version since the first has read `r`):
    // the date changes nothing in what they give.
    expect(readShareHash(ids, `#${dated}`)).toEqual(readShareHash(ids, `#${undated}`));
    const v1 = shareFragment(ids, { 'accounts-listed': 'yes' });
    expect(readShareHash(ids, `#${withShareDate(v1, '2026-11-30')}`)).toEqual(readShareHash(ids, `#${v1}`));
    // The first version's reader, as it was: the `r` param, by name.
    const firstReader = (hash: string) => new URLSearchParams(hash.replace(/^#/, '')).get('r');
    expect(firstReader(`#${withShareDate(v1, '2026-11-30')}`)).toBe(firstReader(`#${v1}`));
    expect(readShareDate(`#${dated}`, opened)).toBe('2026-11-30');
    // No day, or not a real one: the link is written without it.
    expect(withShareDate(undated, undefined)).toBe(undated);
    expect(withShareDate(undated, '2026-02-30')).toBe(undated);
  });
});

describe('the date the report writes', () => {
  const zone = process.env['TZ'];
  afterEach(() => {
    if (zone === undefined) delete process.env['TZ'];
    else process.env['TZ'] = zone;
  });

  it('is the same day in every time zone the link is opened in', () => {
    const offsets = {
      'Europe/Paris': -60,
      'America/Los_Angeles': 480,
      'Pacific/Kiritimati': -840,
      'Pacific/Pago_Pago': 660,
    };
    for (const [tz, offset] of Object.entries(offsets)) {
      process.env['TZ'] = tz;
      // The zone did change (minutes behind UTC in winter), so the days below were written in it.
      expect(new Date('2026-11-30T12:00:00Z').getTimezoneOffset(), tz).toBe(offset);
      expect(formatLongDate(localDay('2026-11-30'), 'fr'), tz).toBe('30 novembre 2026');
      expect(formatLongDate(localDay('2026-11-30'), 'en'), tz).toBe('November 30, 2026');
      expect(dayOf(localDay('2026-12-01')), tz).toBe('2026-12-01');
    }
  });

  it('dates a CSV export with the visitor’s day: at 00:30 in Paris, already the new one', () => {
    process.env['TZ'] = 'Europe/Paris';
    const csv = exportCsv(
      [{ id: 'a', title: 'Présence', questions: [{ id: 'a1', question: 'Comptes listés ?', weight: 1 }] }],
      { a1: 'yes' },
      scoreAudit([{ id: 'a', questions: [{ id: 'a1', weight: 1 }] }], { a1: 'yes' }),
      {
        header: ['date', 'ligne', 'domaine', 'question', 'réponse', 'points', 'poids', 'score'],
        detail: 'détail',
        summary: 'synthèse',
        answers: {
          no: 'non',
          partly: 'en partie',
          yes: 'oui',
          unknown: 'je ne sais pas',
          na: 'sans objet',
          skipped: 'sautée',
        },
        levels: { priority: 'priorité', improve: 'à renforcer', maintain: 'à maintenir' },
        overall: 'Ensemble',
      },
      { lang: 'fr', date: new Date('2026-11-30T23:30:00Z') },
    );
    expect(csv.split('\r\n')[1]?.startsWith('2026-12-01;détail;')).toBe(true);
  });

  it('names downloaded files with the visitor’s day (today(), used by the audit and the dashboard)', () => {
    vi.useFakeTimers({ now: new Date('2026-11-30T23:30:00Z') });
    try {
      process.env['TZ'] = 'Europe/Paris';
      expect(today()).toBe('2026-12-01');
      process.env['TZ'] = 'America/Los_Angeles';
      expect(today()).toBe('2026-11-30');
    } finally {
      vi.useRealTimers();
    }
  });
});
