/**
 * Compatibility suite, in a browser: the addresses of tests/fixtures/compat/urls.json (from the
 * contract) and a share link made by an earlier version still open and show what they showed.
 * One page, visited in turn: every check of the fixtures themselves is in tests/unit/compat.test.ts.
 */
import { readFileSync } from 'node:fs';
import { expect, expectNoProblems, test } from './fixtures';

const urls = JSON.parse(readFileSync('tests/fixtures/compat/urls.json', 'utf8')) as {
  kpi: {
    url: string;
    kpi: string;
    values: (number | null)[];
    bases?: string[];
    theme?: string;
    size?: string;
    invalid?: string;
  }[];
  smart: { url: string; criteria: number }[];
  pages: string[];
};
const links = JSON.parse(readFileSync('tests/fixtures/compat/audit-links.json', 'utf8')) as {
  links: { name: string; fragment: string; percent: number }[];
};

test('addresses and share links made by earlier versions keep working', async ({ page, problems }) => {
  test.setTimeout(120_000);
  for (const path of urls.pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
  }
  for (const c of urls.kpi) {
    await page.goto(c.url);
    const outputs = page.locator(`output[data-kpi="${c.kpi}"]`);
    await expect(outputs, c.url).toHaveCount(c.values.length);
    for (const [i, value] of c.values.entries()) {
      const output = outputs.nth(i);
      if (value === null) await expect(output).not.toHaveAttribute('data-value');
      else await expect(output, c.url).toHaveAttribute('data-value', String(value));
      if (c.bases) await expect(output).toHaveAttribute('data-basis', c.bases[i] ?? '');
    }
    if (c.invalid) await expect(page.locator(`input[name="${c.invalid}"]`)).toHaveAttribute('aria-invalid', 'true');
    if (c.theme) await expect(page.locator('html')).toHaveAttribute('data-theme', c.theme);
    if (c.size) await expect(page.locator('html')).toHaveAttribute('data-size', c.size);
  }
  for (const c of urls.smart) {
    await page.goto(c.url);
    await expect(page.locator('[data-criterion][data-status]')).toHaveCount(c.criteria);
  }
  const link = links.links[0];
  if (!link) throw new Error('no share link fixture');
  await page.goto(`/fr/tools/audit/${link.fragment}`);
  await expect(page.locator('.audit[data-mode="shared"]')).toBeVisible();
  await expect(page.locator('.audit-overall')).toHaveAttribute('data-percent', String(Math.round(link.percent)));
  expectNoProblems(problems);
});
