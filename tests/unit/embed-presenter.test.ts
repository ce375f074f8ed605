/** Presenter mode's pure parts and its QR code (decoded by jsQR, a reader independent of uqr). */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { studentUrl } from '../../src/lib/embed/presenter';
import { isPresenterShortcut, presenterOnAtLoad } from '../../src/lib/embed/presenter-state';
import { qrSvg } from '../../src/lib/embed/qr';
import { decodeQrPath } from '../fixtures/qr-decode';

const SITE = 'https://smm.example.org';
const key = { altKey: true, shiftKey: true, ctrlKey: false, metaKey: false };

describe('presenter mode', () => {
  it('is entered and left with Alt+Shift+P (by key position), never with Escape', () => {
    expect(isPresenterShortcut({ ...key, code: 'KeyP' })).toBe(true);
    expect(isPresenterShortcut({ ...key, code: 'Escape' })).toBe(false);
    expect(isPresenterShortcut({ ...key, code: 'KeyP', shiftKey: false })).toBe(false);
    expect(isPresenterShortcut({ ...key, code: 'KeyP', ctrlKey: true })).toBe(false);
  });
  it('starts on with size=large or when kept from another tool', () => {
    expect(presenterOnAtLoad('large', null)).toBe(true);
    expect(presenterOnAtLoad('normal', '1')).toBe(true);
    expect(presenterOnAtLoad('normal', null)).toBe(false);
  });
  it('gives students the tool page on the public address with the figures, without defaults', () => {
    const detail = { tool: 'cpc', value: 0.5, inputs: { cost: '50', clicks: '100', currency: 'EUR' } };
    expect(studentUrl(SITE, 'fr', 'cpc', detail)).toBe(`${SITE}/fr/tools/cpc/?cost=50&clicks=100`);
    expect(studentUrl(SITE, 'en', 'cpc', { ...detail, inputs: { ...detail.inputs, currency: 'GBP' } })).toBe(
      `${SITE}/en/tools/cpc/?cost=50&clicks=100&currency=GBP`,
    );
    expect(studentUrl(SITE, 'en', 'ctr', null)).toBe(`${SITE}/en/tools/ctr/`);
    // The trainer's own audit answers never go to the class.
    expect(studentUrl(SITE, 'fr', 'audit', { tool: 'audit', value: 40, inputs: { r: '1.abc' } })).toBe(
      `${SITE}/fr/tools/audit/`,
    );
    expect(
      studentUrl(SITE, 'en', 'smart', { tool: 'smart', value: 4, inputs: { objective: 'Gain 300 followers' } }),
    ).toBe(`${SITE}/en/tools/smart/?objective=Gain+300+followers`);
  });
});

describe('QR code', () => {
  it('encodes the address so that an independent reader gets it back', () => {
    const document = new Window().document as unknown as Document;
    const url = `${SITE}/fr/tools/smart/?objective=Gagner+300+abonn%C3%A9s+Instagram+d%E2%80%99ici+le+31+mars`;
    const svg = qrSvg(document, url, 'Code QR');
    expect(svg.querySelector('title')?.textContent).toBe('Code QR');
    const d = svg.querySelector('path')?.getAttribute('d') ?? '';
    expect(decodeQrPath(svg.getAttribute('viewBox') ?? '', d)).toBe(url);
  });
});
