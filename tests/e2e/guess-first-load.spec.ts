/**
 * "Guess first" (`?reveal=1`) loads its button on demand (docs/performance.md, "Budgets"): the
 * hidden answer and « Voir la réponse » must still appear together, with no figure before the
 * button is pressed and no « ? » waiting for its button (one page visit, the heaviest calculator).
 */
import { expect, expectNoProblems, test } from './fixtures';

test('reveal=1: the « ? » and its button appear in the same frame, then the answer on demand', async ({
  page,
  problems,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    const check = () => {
      const output = document.querySelector('output[data-kpi]');
      const button = document.querySelector('.guess-button');
      if (output?.textContent === '?' && !button) seen.push('« ? » without its button');
      if (output?.hasAttribute('data-value')) seen.push('a figure before the button was pressed');
    };
    // Checked at every frame, not only at each mutation: a gap of one frame is a flash.
    const frame = () => {
      check();
      if (!document.querySelector('.guess-button')) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    new MutationObserver(check).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
  await page.goto('/fr/embed/share-of-voice/?brand=30&competitors=90&reveal=1');
  const button = page.getByRole('button', { name: 'Voir la réponse' });
  await expect(button).toBeVisible();
  await expect(page.getByLabel('Mentions de votre marque')).toHaveValue('30');
  await expect(page.locator('output[data-kpi="share-of-voice"]')).toHaveText('?');
  expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);

  await button.click();
  await expect(page.locator('output[data-kpi="share-of-voice"]')).toHaveAttribute('data-value', '25');
  expectNoProblems(problems);
});
