/**
 * What a keystroke in the SMART checker may cost, beside SmartCheckerTyping.test.tsx: Chromium
 * traces at 4x CPU slowdown (docs/performance.md, "The SMART checker's worst interactions") showed
 * the first key re-rendering the island for nothing visible, and every change of address
 * (`?objective=`, written once a result was in) making Chromium fetch and decode the page's icon
 * again on the main thread in the middle of the next words typed. Here: the first key renders
 * nothing, the analysis worker is not created in a keystroke's (or the focusing tap's) task, and
 * the URL takes the objective once the visitor stops typing or leaves the field.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { options, type VNode } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import SmartChecker from '../../src/islands/SmartChecker';
import en from '../../src/lib/i18n/en/smart';
import '../../src/lib/smart/analyze';

const created = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/lib/smart/analyser', async (original) => {
  const actual = await original<typeof import('../../src/lib/smart/analyser')>();
  return {
    ...actual,
    createAnalyser: (...args: Parameters<typeof actual.createAnalyser>) => {
      created.count += 1;
      return actual.createAnalyser(...args);
    },
  };
});

// Renders of the checker's own component (Preact calls `diffed` once per component it rendered).
let renders = 0;
const previousDiffed = options.diffed;
beforeEach(() => {
  renders = 0;
  created.count = 0;
  options.diffed = (vnode: VNode) => {
    if (vnode.type === SmartChecker) renders += 1;
    previousDiffed?.(vnode);
  };
  history.replaceState(null, '', '/en/tools/smart/');
});
afterEach(() => {
  if (previousDiffed) options.diffed = previousDiffed;
  else delete options.diffed;
  cleanup();
  vi.useRealTimers();
});

const strings = en as Record<string, string>;
const realTimeout = globalThis.setTimeout;
/** Waits, in real time, until the analysis of `objective` is on screen (the engine loads asynchronously). */
async function shown(container: Element, objective: string) {
  for (let i = 0; i < 500; i++) {
    if (container.querySelector('.smart-highlight')?.textContent === objective) return;
    await act(() => new Promise<void>((resolve) => realTimeout(resolve, 10)));
  }
  throw new Error(`no analysis of “${objective}”`);
}
const objectiveInUrl = () => new URLSearchParams(location.search).get('objective');

describe('SmartChecker, one keystroke', () => {
  it('renders nothing on the first key, and creates the worker after the focusing tap and the key have painted', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] });
    const { container } = render(<SmartChecker lang="en" strings={strings} />);
    const box = screen.getByLabelText('Your objective') as HTMLTextAreaElement;
    const hydrated = renders;

    fireEvent.focus(box);
    fireEvent.input(box, { target: { value: 'G' } });
    // The field shows the letter; nothing else on screen changes, so nothing is rendered.
    expect(box.value).toBe('G');
    expect(renders - hydrated).toBe(0);
    expect(screen.getByText('Type an objective to start the analysis.')).toBeTruthy();
    // Neither the focus nor the key created the worker in its own task.
    expect(created.count).toBe(0);
    act(() => void vi.advanceTimersToNextFrame());
    expect(created.count).toBe(0);
    act(() => void vi.advanceTimersByTime(1));
    expect(created.count).toBe(1);

    // The next keys render nothing either; once typing pauses, one render asks for the analysis.
    for (const value of ['Ge', 'Get', 'Get ', 'Get 5']) fireEvent.input(box, { target: { value } });
    expect(renders - hydrated).toBe(0);
    act(() => void vi.advanceTimersByTime(150));
    expect(renders - hydrated).toBe(1);
    expect(container.querySelector('.smart-analysis[aria-busy="true"]')).toBeTruthy();
    expect(created.count).toBe(1);
  });

  it('writes ?objective= once the visitor stops typing, not between the words', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const { container } = render(<SmartChecker lang="en" strings={strings} />);
    const box = screen.getByLabelText('Your objective') as HTMLTextAreaElement;
    let typed = 'Get 500 leads';
    fireEvent.input(box, { target: { value: typed } });
    act(() => void vi.advanceTimersByTime(150));
    await shown(container, typed);

    // The visitor goes on typing, a key every 100 ms, for 1.3 s: the first result is announced
    // meanwhile, but the address does not change under the keys.
    for (const key of ' by June 2027') {
      typed += key;
      fireEvent.input(box, { target: { value: typed } });
      act(() => void vi.advanceTimersByTime(100));
      expect(objectiveInUrl()).toBeNull();
    }
    expect(container.querySelector('[role="status"]')?.textContent).toMatch(/^Analysis updated/);

    // Typing stops: the new analysis, then the address, within a second and a half of the last key.
    act(() => void vi.advanceTimersByTime(50));
    await shown(container, typed);
    expect(objectiveInUrl()).toBeNull();
    act(() => void vi.advanceTimersByTime(1400));
    expect(objectiveInUrl()).toBe('Get 500 leads by June 2027');
  });

  it('writes ?objective= at once when the visitor leaves the field', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const { container } = render(<SmartChecker lang="en" strings={strings} />);
    const box = screen.getByLabelText('Your objective') as HTMLTextAreaElement;
    box.focus();
    fireEvent.input(box, { target: { value: 'Get 500 leads by June.' } });
    act(() => void vi.advanceTimersByTime(150));
    await shown(container, 'Get 500 leads by June.');
    act(() => void vi.advanceTimersByTime(400));
    expect(container.querySelector('[role="status"]')?.textContent).toMatch(/^Analysis updated/);
    expect(objectiveInUrl()).toBeNull();
    fireEvent.blur(box);
    expect(objectiveInUrl()).toBe('Get 500 leads by June.');
  });
});
