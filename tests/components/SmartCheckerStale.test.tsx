import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import SmartChecker from '../../src/islands/SmartChecker';
import en from '../../src/lib/i18n/en/smart';

// The engine chunk of the page's version is gone from the server (a new deploy).
vi.mock('../../src/lib/i18n/en/engine', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

it('online, a missing chunk (a deploy while the page was open) reloads once, then says so without "offline"', async () => {
  const reload = vi.fn();
  const original = Object.getOwnPropertyDescriptor(window.location, 'reload');
  Object.defineProperty(window.location, 'reload', { value: reload, configurable: true });
  try {
    history.replaceState(null, '', '/en/tools/smart/?objective=Get%20500%20leads.');
    render(<SmartChecker lang="en" strings={en as Record<string, string>} />);
    await waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    expect(document.querySelector('.smart-error')).toBeNull();
    cleanup();
    // After the reload the chunk is still missing: a real error, told plainly, no second reload.
    render(<SmartChecker lang="en" strings={en as Record<string, string>} />);
    const error = await screen.findByText(/could not be loaded/, { selector: '.smart-error' });
    expect(error.textContent).not.toMatch(/offline/);
    expect(error.textContent).toMatch(/reload the page/);
    expect(reload).toHaveBeenCalledTimes(1);
  } finally {
    if (original) Object.defineProperty(window.location, 'reload', original);
  }
});
