/**
 * The Share button of tool pages (src/scripts/share.ts) as a visitor meets it: the system share
 * sheet with the tool's current values, else the link copied, else the link shown to copy.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { announceResult } from '../../src/lib/embed/events';
import { setUpShare, type ShareEnv } from '../../src/scripts/share';

const here = { origin: 'https://smm.example.org', pathname: '/fr/tools/ctr/', search: '?theme=dark' };

function markup(values = true): HTMLElement {
  const root = document.createElement('div');
  root.dataset['share'] = '';
  root.dataset['shareTitle'] = 'Taux de clics (CTR)';
  root.dataset['shareValues'] = String(values);
  root.dataset['copied'] = 'Lien copié dans le presse-papiers.';
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset['shareButton'] = '';
  button.textContent = 'Partager';
  const manual = document.createElement('p');
  manual.dataset['shareManual'] = '';
  manual.hidden = true;
  const label = document.createElement('label');
  label.htmlFor = 'share-link';
  label.textContent = 'Copiez ce lien :';
  const input = document.createElement('input');
  input.id = 'share-link';
  input.readOnly = true;
  manual.append(label, input);
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.dataset['shareStatus'] = '';
  root.append(button, manual, status);
  document.body.append(root);
  return root;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const click = (root: HTMLElement) => root.querySelector('button')?.click();
const status = (root: HTMLElement) => root.querySelector('[role=status]')?.textContent;

afterEach(() => {
  document.body.replaceChildren();
});

describe('Share button', () => {
  it('opens the share sheet with the values the visitor typed', async () => {
    const events = new EventTarget();
    const share = vi.fn(() => Promise.resolve());
    const root = markup();
    setUpShare(root, { navigator: { share }, location: here, events } as ShareEnv);
    announceResult({ tool: 'ctr', value: 2.5, inputs: { clicks: '25', impressions: '1000' } }, events);
    click(root);
    await flush();
    expect(share).toHaveBeenCalledWith({
      title: 'Taux de clics (CTR)',
      url: 'https://smm.example.org/fr/tools/ctr/?theme=dark&clicks=25&impressions=1000',
    });
    expect(status(root)).toBe('');
  });

  it('copies the link where the browser has no share sheet, and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    const root = markup();
    setUpShare(root, {
      navigator: { clipboard: { writeText } },
      location: here,
      events: new EventTarget(),
    } as unknown as ShareEnv);
    click(root);
    await flush();
    expect(writeText).toHaveBeenCalledWith('https://smm.example.org/fr/tools/ctr/?theme=dark');
    expect(status(root)).toBe('Lien copié dans le presse-papiers.');
  });

  it('does nothing more when the visitor closes the share sheet', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    const share = vi.fn(() => Promise.reject(new DOMException('Share canceled', 'AbortError')));
    const root = markup();
    setUpShare(root, {
      navigator: { share, clipboard: { writeText } },
      location: here,
      events: new EventTarget(),
    } as unknown as ShareEnv);
    click(root);
    await flush();
    expect(writeText).not.toHaveBeenCalled();
    expect(root.querySelector<HTMLElement>('[data-share-manual]')?.hidden).toBe(true);
  });

  it('shows the link, selected, when both sharing and copying are refused', async () => {
    const share = vi.fn(() => Promise.reject(new DOMException('No gesture', 'NotAllowedError')));
    const writeText = vi.fn(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    const root = markup();
    setUpShare(root, {
      navigator: { share, clipboard: { writeText } },
      location: here,
      events: new EventTarget(),
    } as unknown as ShareEnv);
    click(root);
    await flush();
    await flush();
    const manual = root.querySelector<HTMLElement>('[data-share-manual]');
    expect(manual?.hidden).toBe(false);
    expect(root.querySelector('input')?.value).toBe('https://smm.example.org/fr/tools/ctr/?theme=dark');
    expect(document.activeElement).toBe(root.querySelector('input'));
  });

  it('never shares the self-audit’s answers', async () => {
    const events = new EventTarget();
    const share = vi.fn(() => Promise.resolve());
    const root = markup(false);
    setUpShare(root, {
      navigator: { share },
      location: { ...here, pathname: '/fr/tools/audit/', search: '?r=abc' },
      events,
    } as ShareEnv);
    announceResult({ tool: 'audit', value: 40, inputs: { r: 'secret-answers' } }, events);
    click(root);
    await flush();
    expect(share).toHaveBeenCalledWith({
      title: 'Taux de clics (CTR)',
      url: 'https://smm.example.org/fr/tools/audit/',
    });
  });
});
