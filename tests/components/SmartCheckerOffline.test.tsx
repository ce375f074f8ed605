import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import SmartChecker from '../../src/islands/SmartChecker';
import en from '../../src/lib/i18n/en/smart';

// The engine chunk cannot be fetched (offline, nothing cached) until `network.up` is set.
const network = vi.hoisted(() => ({ up: false }));
vi.mock('../../src/lib/i18n/en/engine', async (importOriginal) => {
  if (!network.up) throw new Error('Failed to fetch dynamically imported module');
  return importOriginal();
});

afterEach(() => {
  cleanup();
  sessionStorage.clear();
  Object.defineProperty(navigator, 'onLine', { value: true, configurable: true });
});

const offline = (value: boolean) => Object.defineProperty(navigator, 'onLine', { value: !value, configurable: true });

it('says so at the field when the engine cannot be fetched, keeps the text and tries again', async () => {
  offline(true);
  history.replaceState(null, '', '/en/tools/smart/?objective=Get%20500%20leads.');
  const { container } = render(<SmartChecker lang="en" strings={en as Record<string, string>} />);
  const box = screen.getByLabelText('Your objective') as HTMLTextAreaElement;
  const error = await screen.findByText(/The analysis could not be loaded/, { selector: '.smart-error' });
  expect(box.value).toBe('Get 500 leads.');
  expect(box.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
  expect(container.querySelector('[data-criterion]')).toBeNull();
  expect(container.querySelector('[role="status"]')?.textContent).toMatch(/could not be loaded/);
  // The URL keeps the objective.
  expect(location.search).toBe('?objective=Get%20500%20leads.');

  network.up = true;
  offline(false);
  fireEvent.input(box, { target: { value: 'Get 500 leads by June.' } });
  await waitFor(
    () => expect(container.querySelector('[data-criterion="time-bound"]')?.getAttribute('data-status')).toBe('met'),
    {
      timeout: 5000,
    },
  );
  expect(container.querySelector('.smart-error')).toBeNull();
  expect(box.getAttribute('aria-describedby')).toBe('smart-hint');
});
