/**
 * Presenter mode itself (src/lib/embed/presenter-state.ts says when it starts), loaded by the tool
 * page the first time it is used: switches the page's look, says it is on and how to leave, and
 * keeps a QR code of the students' address (presenter.ts) up to date with the tool's figures.
 * The QR encoder loads on demand too.
 */
import { RESULT_EVENT, type ResultDetail } from '../lib/embed/events';
import { studentUrl } from '../lib/embed/presenter';
import { PRESENTER_KEY } from '../lib/embed/presenter-state';
import { isToolId } from '../lib/embed/tools';
import { isLocale } from '../lib/i18n/locales';

const root = document.documentElement;

export interface PresenterMode {
  set(on: boolean): void;
  toggle(): void;
}

function store(on: boolean): void {
  try {
    if (on) sessionStorage.setItem(PRESENTER_KEY, '1');
    else sessionStorage.removeItem(PRESENTER_KEY);
  } catch {
    // Storage refused (privacy settings): the mode still works on this page.
  }
}

export function attach(presenter: HTMLElement, latest: () => ResultDetail | undefined): PresenterMode {
  const phone = document.querySelector<HTMLElement>('[data-presenter-phone]');
  const toggle = presenter.querySelector('[data-presenter-toggle]');
  const sign = presenter.querySelector<HTMLElement>('[data-presenter-sign]');
  const { tool, lang, site } = presenter.dataset;
  let detail = latest();

  const drawPhone = () => {
    if (!phone || !site || !isToolId(tool) || !isLocale(lang) || !('presenting' in root.dataset)) return;
    const url = studentUrl(site, lang, tool, detail);
    const text = phone.querySelector('[data-presenter-url]');
    if (text) text.textContent = url.replace(/^https?:\/\//, '');
    const box = phone.querySelector<HTMLElement>('[data-presenter-qr]');
    void import('../lib/embed/qr').then(({ qrSvg }) => {
      box?.replaceChildren(qrSvg(document, url, box.dataset['title'] ?? ''));
      phone.hidden = false;
    });
  };

  const set = (on: boolean) => {
    if (on) {
      root.dataset['size'] = 'large';
      root.dataset['presenting'] = '';
    } else {
      delete root.dataset['size'];
      delete root.dataset['presenting'];
      if (phone) phone.hidden = true;
    }
    toggle?.setAttribute('aria-pressed', String(on));
    if (sign) sign.textContent = on ? (sign.dataset['text'] ?? '') : '';
    store(on);
    drawPhone();
  };

  addEventListener(RESULT_EVENT, (event) => {
    detail = (event as CustomEvent<ResultDetail | undefined>).detail ?? detail;
    drawPhone();
  });
  return { set, toggle: () => set(!('presenting' in root.dataset)) };
}
