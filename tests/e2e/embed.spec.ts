/* eslint-disable max-lines -- a list of test cases over one feature, read one block at a time */
/**
 * Embedding (docs/CONTRACT.md, "Embedding"): the embed panel of tool pages, a host page on a
 * second origin that embeds two tools with /embed.js, the picture of a result, presenter mode.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deckPage, hostPage, revealDeck } from '../fixtures/host-page';
import { decodeQrPath } from '../fixtures/qr-decode';
import { servePage, type StaticServer } from '../fixtures/static-server';
import { frameHeight } from '../../src/lib/embed/heights';
import { expect, expectAccessible, expectNoProblems, test } from './fixtures';

test.describe('embed panel of a tool page', () => {
  // One browser page for the panel's checks, each step a visit: a fresh browser page for each
  // cost more than the checks themselves. Each step is named in a failure.
  test('builds the code and link, downloads a picture, is on every tool page, opens its preview only when neared', async ({
    page,
    problems,
    context,
  }) => {
    test.setTimeout(180_000);
    await test.step('builds the iframe code and the link from the tool’s values and the chosen settings', async () => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto('/fr/tools/ctr/?clicks=25&impressions=1000');
      const panel = page.locator('[data-embed-panel]');
      // The panel's code loads when the visitor gets there, as a person scrolling down would.
      await panel.scrollIntoViewIfNeeded();
      await expect(panel.getByRole('heading', { level: 2, name: 'Intégrer cet outil' })).toBeVisible();
      const code = panel.getByLabel('Code HTML à coller');
      await expect(code).toHaveValue(
        /src="http:\/\/127\.0\.0\.1:\d+\/fr\/embed\/ctr\/\?clicks=25&amp;impressions=1000"/,
      );
      const value = await code.inputValue();
      expect(value).toContain('title="Taux de clics (CTR)"');
      expect(value).toContain('loading="lazy"');
      expect(value).toContain(
        'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" allow="clipboard-write"',
      );
      expect(value).toMatch(/height="\d+"/);
      expect(value).toMatch(/<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" defer><\/script>$/);

      // Settings: English, dark, presenter mode, no script.
      await panel.getByRole('radio', { name: 'English' }).check();
      await panel.getByRole('radio', { name: 'Sombre' }).check();
      await panel.getByRole('radio', { name: /Mode présentation/ }).check();
      await panel.getByRole('checkbox', { name: /script/ }).uncheck();
      await expect(code).toHaveValue(
        /\/en\/embed\/ctr\/\?clicks=25&amp;impressions=1000&amp;theme=dark&amp;size=large"/,
      );
      await expect(code).not.toHaveValue(/<script/);
      await expect(code).toHaveValue(new RegExp(`height="${frameHeight('ctr', 'large')}"`));
      await expect(panel.getByLabel(/Lien direct/)).toHaveValue(
        /\/en\/tools\/ctr\/\?clicks=25&impressions=1000&theme=dark&size=large$/,
      );

      // The tool's current values follow what the visitor types.
      await page.locator('.tool-app input[name="clicks"]').fill('50');
      await expect(code).toHaveValue(/clicks=50&amp;impressions=1000/);
      await panel.getByRole('checkbox', { name: /valeurs actuelles/ }).uncheck();
      await expect(code).toHaveValue(/\/en\/embed\/ctr\/\?theme=dark&amp;size=large"/);

      // The live preview shows the embed with the chosen settings.
      const preview = panel.locator('iframe');
      await preview.scrollIntoViewIfNeeded();
      await expect(preview).toHaveAttribute('src', '/en/embed/ctr/?theme=dark&size=large');
      await expect(preview).toHaveAttribute('title', /Aperçu/);
      const frame = page.frameLocator('[data-embed-panel] iframe');
      await expect(frame.locator('html')).toHaveAttribute('data-size', 'large');

      // Copy.
      await panel.getByRole('button', { name: 'Copier le lien' }).click();
      await expect(panel.getByRole('status')).toHaveText('Copié dans le presse-papiers.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
        /\/en\/tools\/ctr\/\?theme=dark&size=large$/,
      );
      await expectAccessible(page);
    });

    await test.step('downloads a picture of the result as SVG and as PNG', async () => {
      await page.goto('/en/tools/ctr/?clicks=25&impressions=1000');
      await expect(page.locator('output[data-kpi="ctr"]')).toHaveAttribute('data-value', '2.5');
      const panel = page.locator('[data-embed-panel]');
      const [svgDownload] = await Promise.all([
        page.waitForEvent('download'),
        panel.getByRole('button', { name: /SVG/ }).click(),
      ]);
      expect(svgDownload.suggestedFilename()).toMatch(/^ctr-\d{4}-\d\d-\d\d\.svg$/);
      const svg = readFileSync((await svgDownload.path()) ?? '', 'utf8');
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svg).toContain('<title>Click-through rate (CTR)</title>');
      expect(svg).toMatch(/Clicks[^<]*: 25/);
      // The formula with the visitor's numbers, as the page writes it.
      expect(svg).toMatch(/25 ÷ 1,000 × 100 = 2\.5\s?%/);
      expect(svg).toContain('2.5');
      expect(svg).not.toContain('<script');
      await expect(panel.getByRole('status')).toContainText('ctr-');

      const [pngDownload] = await Promise.all([
        page.waitForEvent('download'),
        panel.getByRole('button', { name: /PNG/ }).click(),
      ]);
      expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
      const png = readFileSync((await pngDownload.path()) ?? '');
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      // A full-HD 16:9 slide.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
    });

    await test.step('every tool page has the panel, with a frame height of its own', async () => {
      for (const [path, tool] of [
        ['/en/tools/smart/?objective=Gain%20100%20followers', 'smart'],
        ['/en/tools/audit/', 'audit'],
        ['/fr/tools/engagement-rate/', 'engagement-rate'],
      ] as const) {
        await page.goto(path);
        await page.locator('[data-embed-panel]').scrollIntoViewIfNeeded();
        const code = page.locator('[data-embed-panel] textarea');
        await expect(code).toHaveValue(new RegExp(`/embed/${tool}/`));
        if (tool === 'smart') await expect(code).toHaveValue(/objective=Gain\+100\+followers/);
      }
    });

    await test.step('the live preview opens only when the visitor nears the panel', async () => {
      // A large screen, where a lazy iframe three screens down would load with the page: the
      // preview is a whole second page, and must not hydrate beside the tool the visitor came for.
      await page.setViewportSize({ width: 1350, height: 940 });
      // Leave the previous step's page (its preview may still be loading) before listening.
      await page.goto('about:blank');
      const embeds: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/embed/')) embeds.push(request.url());
      });
      await page.goto('/fr/tools/smart/');
      await expect(page.getByRole('textbox', { name: /objectif/i })).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(embeds, 'embed pages requested before the visitor scrolled').toEqual([]);
      const preview = page.locator('[data-embed-panel] iframe');
      await expect(preview).not.toHaveAttribute('src', /./);

      await preview.scrollIntoViewIfNeeded();
      await expect(preview).toHaveAttribute('src', '/fr/embed/smart/');
      await expect(page.frameLocator('[data-embed-panel] iframe').getByRole('textbox')).toBeVisible();
    });
    expectNoProblems(problems);
  });
});

test.describe('a host page on another site', () => {
  let host: StaticServer;
  let site = '';
  test.beforeAll(async ({ baseURL }) => {
    // The site answers on 127.0.0.1 and on localhost: the frames use localhost, the host page is
    // on 127.0.0.1, so the two are different sites (a different port alone would be the same site).
    site = (baseURL ?? '').replace('127.0.0.1', 'localhost');
    host = await servePage(null, hostPage(site));
  });
  test.afterAll(async () => host.close());

  test('loads /embed.js and three embeds: frames resize, results arrive, the audit downloads and prints, copy works, the full page opens with the values', async ({
    page,
    context,
    problems,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site });
    const script = page.waitForResponse((r) => r.url().endsWith('/embed.js'));
    await page.goto(`${host.url}/`);
    expect((await script).headers()['cross-origin-resource-policy']).toBe('cross-origin');
    const frames = page.locator('iframe');
    await expect(frames).toHaveCount(3);
    for (const i of [0, 1, 2]) {
      await expect
        .poll(async () => frames.nth(i).evaluate((f) => (f as HTMLIFrameElement).style.height))
        .toMatch(/^\d+px$/);
    }
    // The frames take their content's height (well above the 300 px they start with).
    const heights = await frames.evaluateAll((fs) => fs.slice(0, 2).map((f) => f.getBoundingClientRect().height));
    for (const h of heights) expect(h).toBeGreaterThan(300);
    const ctrFrame = frames.first().contentFrame();
    await expect
      .poll(async () => {
        const inner = await ctrFrame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
        const outer = await frames.first().evaluate((f) => f.getBoundingClientRect().height);
        return Math.abs(outer - inner);
      })
      .toBeLessThanOrEqual(4);

    // The audit in its frame, answered to the end: downloads (allow-downloads) and print
    // (allow-modals) are allowed.
    const audit = frames.nth(2).contentFrame();
    // A fresh audit starts with the business profile, which can be skipped.
    await audit.getByRole('button', { name: 'Skip this step' }).click();
    for (let step = 1; step <= 30; step++) {
      // The step shown first: a click on Next returns before the frame shows the next step, whose
      // button may be "See the results" instead.
      await expect(audit.locator('.audit-stepof')).toHaveText(new RegExp(`^Step ${step} of \\d+$`));
      const yes = audit.getByRole('radio', { name: 'Yes', exact: true });
      for (let i = 0; i < (await yes.count()); i++) await yes.nth(i).check();
      const results = audit.getByRole('button', { name: 'See the results' });
      if (await results.isVisible()) {
        await results.click();
        break;
      }
      await audit.getByRole('button', { name: 'Next' }).click();
    }
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      audit.getByRole('button', { name: /Export as JSON/ }).click(),
    ]);
    expect(json.suggestedFilename()).toMatch(/^audit-.*\.json$/);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      audit.getByRole('button', { name: /Export as CSV|CSV/ }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    await audit.getByRole('button', { name: /print/i }).click();

    // Results, relayed by the embeds and announced by embed.js on the host page.
    await expect(page.locator('#results li[data-tool="ctr"]').first()).toHaveAttribute('data-value', '2.5');
    await expect(page.locator('#results li[data-tool="roi"]').first()).toHaveAttribute('data-value', '50');

    // A new value in a frame reaches the host page, and the frame resizes.
    await ctrFrame.locator('input[name="clicks"]').fill('50');
    await expect(page.locator('#results li[data-tool="ctr"]').last()).toHaveAttribute('data-value', '5');

    // Copying the link works inside the frame (allow="clipboard-write").
    await ctrFrame.getByRole('button', { name: /copy/i }).click();
    await expect(ctrFrame.getByText(/copied/i)).toBeVisible();

    // "Open the full page" opens a normal page (not a sandboxed one) with the values typed.
    const [full] = await Promise.all([
      context.waitForEvent('page'),
      ctrFrame.getByRole('link', { name: /full page/i }).click(),
    ]);
    await full.waitForLoadState();
    expect(new URL(full.url()).pathname + new URL(full.url()).search).toBe('/en/tools/ctr/?clicks=50&impressions=1000');
    await expect(full.locator('output[data-kpi="ctr"]')).toHaveAttribute('data-value', '5');
    expect(await full.evaluate(() => window.origin)).toBe(new URL(site).origin);
    await full.close();

    // A message the host page posts to itself, posing as the site, changes nothing.
    const before = await frames.first().evaluate((f) => (f as HTMLIFrameElement).style.height);
    await page.evaluate(() => window.postMessage({ type: 'smm:resize', height: 4000 }, '*'));
    await page.waitForTimeout(200);
    expect(await frames.first().evaluate((f) => (f as HTMLIFrameElement).style.height)).toBe(before);
    // A sandbox without allow-downloads or allow-modals would have logged an error here.
    expectNoProblems(problems);
  });

  test('a deck opened from disk (file://) shows a working, resized embed', async ({ page, baseURL, problems }) => {
    const dir = mkdtempSync(join(tmpdir(), 'smm-deck-'));
    const deck = join(dir, 'deck.html');
    writeFileSync(deck, deckPage(baseURL ?? ''));
    await page.goto(pathToFileURL(deck).href);
    const frame = page.locator('iframe');
    await expect(frame.contentFrame().locator('output[data-kpi="ctr"]')).toHaveAttribute('data-value', '3');
    await expect.poll(async () => frame.evaluate((f) => (f as HTMLIFrameElement).style.height)).toMatch(/^\d+px$/);
    await expect(page.locator('#results li[data-tool="ctr"]').first()).toHaveAttribute('data-value', '3');
    await frame.contentFrame().locator('input[name="impressions"]').fill('600');
    await expect(page.locator('#results li[data-tool="ctr"]').last()).toHaveAttribute('data-value', '2');
    expectNoProblems(problems);
  });
});

test('a presenter’s clicker keeps moving a reveal.js deck on another site after a click into an embed', async ({
  page,
  baseURL,
  problems,
}) => {
  const site = (baseURL ?? '').replace('127.0.0.1', 'localhost');
  const deck = await servePage('node_modules/reveal.js/dist', revealDeck(site));
  try {
    type Deck = {
      Reveal: { isReady(): boolean; getIndices(): { h: number }; slide(h: number): void; isOverview(): boolean };
    };
    const slideIndex = () => page.evaluate(() => (window as unknown as Deck).Reveal.getIndices().h);
    // Back to the embed's slide, once reveal.js has finished moving it: a click during the
    // transition lands where the field was, not where it is.
    const backToSlide1 = () =>
      page.evaluate(
        () =>
          new Promise<void>((done) => {
            const reveal = (window as unknown as { Reveal: Deck['Reveal'] & { on(e: string, f: () => void): void } })
              .Reveal;
            reveal.on('slidetransitionend', () => done());
            reveal.slide(1);
          }),
      );
    await page.goto(`${deck.url}/#/1`);
    await page.waitForFunction(() => (window as unknown as Deck).Reveal?.isReady());
    const frame = page.locator('iframe').contentFrame();
    const input = frame.locator('input[name="clicks"]');
    await expect(frame.locator('output[data-kpi="ctr"]')).toHaveAttribute('data-value', '3');

    // PageDown and PageUp, pressed while a field of the embed has the focus, move the deck.
    await input.click();
    await page.keyboard.press('PageDown');
    await expect.poll(slideIndex).toBe(2);
    await backToSlide1();
    await input.click();
    await page.keyboard.press('PageUp');
    await expect.poll(slideIndex).toBe(0);

    // Escape belongs to the field being edited; elsewhere in the frame it reaches the deck.
    await backToSlide1();
    // On a busy machine the frame can still move (its height arrives from the embed) while the
    // click is aimed: click until the field really has the focus, as a presenter would.
    await expect(async () => {
      await input.click();
      await expect(input).toBeFocused({ timeout: 500 });
    }).toPass();
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as Deck).Reveal.isOverview())).toBe(false);
    await frame.getByRole('link', { name: /full page/i }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => (window as unknown as Deck).Reveal.isOverview())).toBe(true);
    expectNoProblems(problems);
  } finally {
    await deck.close();
  }
});

test('presenter mode: a toggle, header hidden, a QR code of the public address for phones, kept across tools, Alt+Shift+P', async ({
  page,
  problems,
}) => {
  await page.goto('/fr/tools/ctr/?clicks=25&impressions=1000');
  await expect(page.locator('output[data-kpi="ctr"]')).toHaveAttribute('data-value', '2.5');
  const toggle = page.getByRole('button', { name: 'Mode présentation' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-size', 'large');
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('[data-presenter-sign]')).toContainText('Alt\u00a0+\u00a0Maj\u00a0+\u00a0P');

  // The QR code, read back by an independent decoder: the tool page on the public address.
  const site = (await page.locator('[data-presenter]').getAttribute('data-site')) ?? '';
  expect(site).not.toMatch(/localhost|127\.0\.0\.1/);
  const qr = page.locator('[data-presenter-qr] svg');
  const decode = async () =>
    decodeQrPath((await qr.getAttribute('viewBox')) ?? '', (await qr.locator('path').getAttribute('d')) ?? '');
  await expect.poll(decode).toBe(`${site}/fr/tools/ctr/?clicks=25&impressions=1000`);
  await expect(page.locator('[data-presenter-url]')).toHaveText(
    `${site.replace(/^https?:\/\//, '')}/fr/tools/ctr/?clicks=25&impressions=1000`,
  );
  await expectAccessible(page);
  // New figures, new code.
  await page.locator('.tool-app input[name="clicks"]').fill('50');
  await expect.poll(decode).toBe(`${site}/fr/tools/ctr/?clicks=50&impressions=1000`);

  // Kept while moving to another tool; the shortcut leaves it.
  await page.goto('/fr/tools/cpc/');
  await expect(page.locator('html')).toHaveAttribute('data-presenting', '');
  await expect(page.locator('.site-header')).toBeHidden();
  await page.locator('h1').click();
  await page.keyboard.press('Alt+Shift+KeyP');
  await expect(page.locator('.site-header')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mode présentation' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('html')).not.toHaveAttribute('data-size', 'large');
  expectNoProblems(problems);
});

test('the production server sends the A+ headers on content and tool pages, and none that forbid framing on embeds', async ({
  request,
}) => {
  for (const path of ['/fr/', '/en/guide/roi/', '/fr/tools/ctr/', '/en/search/']) {
    const h = (await request.get(path)).headers();
    expect(h['strict-transport-security'], path).toMatch(/max-age=\d{7,}/);
    expect(h['content-security-policy'], path).toBe("frame-ancestors 'none'");
    expect(h['x-frame-options'], path).toBe('DENY');
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(h['permissions-policy'], path).toContain('camera=()');
    expect(h['cross-origin-opener-policy'], path).toBe('same-origin');
  }
  const embed = (await request.get('/fr/embed/ctr/')).headers();
  expect(embed['content-security-policy']).toBeUndefined();
  expect(embed['x-frame-options']).toBeUndefined();
  expect(embed['cross-origin-resource-policy']).toBe('cross-origin');
});

test.describe('embeds', () => {
  // One browser page: the embed without chrome, then presenter mode at two widths and in both themes.
  test('carry no site chrome; presenter mode at 320 and 1920 px, dark and light: readable, large targets, keyboard, no overflow', async ({
    page,
    problems,
  }) => {
    test.setTimeout(180_000);
    await test.step('carry no site chrome beyond the link to the full page', async () => {
      await page.goto('/fr/embed/ctr/?clicks=25&impressions=1000');
      await expect(page.locator('header, nav, footer, [data-embed-panel]')).toHaveCount(0);
      const links = page.getByRole('link');
      await expect(links).toHaveCount(1);
      // The link to the full page carries the values (and follows what is typed).
      await expect(links.first()).toHaveAttribute('href', '/fr/tools/ctr/?clicks=25&impressions=1000');
      await expect(links.first()).toHaveAttribute('target', '_blank');
    });
    for (const width of [320, 1920]) {
      for (const theme of ['dark', 'light'] as const) {
        await test.step(`presenter mode at ${width} px, ${theme} theme`, async () => {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(`/en/embed/ctr/?clicks=25&impressions=1000&size=large&theme=${theme}`);
          const html = page.locator('html');
          await expect(html).toHaveAttribute('data-size', 'large');
          await expect(html).toHaveAttribute('data-theme', theme);
          await expect(page.locator('output[data-kpi="ctr"]')).toHaveAttribute('data-value', '2.5');
          const fontSize = await html.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
          expect(fontSize).toBeGreaterThanOrEqual(22);
          const bg = await page.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor);
          expect(bg).toBe(theme === 'dark' ? 'rgb(21, 23, 26)' : 'rgb(253, 252, 250)');
          // Touch targets: every input and button at least 44 px high.
          const small = await page
            .locator('input:not([type=checkbox]):not([type=radio]):visible, select:visible, button:visible')
            .evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().height < 44).map((el) => el.outerHTML));
          expect(small).toEqual([]);
          // Nothing wider than the screen.
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow).toBeLessThanOrEqual(0);
          // Keyboard alone: Tab reaches the first input, with a visible focus ring, then the link.
          await page.keyboard.press('Tab');
          const focused = page.locator(':focus');
          await expect(focused).toHaveAttribute('name', 'clicks');
          const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
          expect(outline).not.toBe('none');
          await focused.fill('40');
          await expect(page.locator('output[data-kpi="ctr"]')).toHaveAttribute('data-value', '4');
          let reached = false;
          for (let i = 0; i < 30 && !reached; i++) {
            await page.keyboard.press('Tab');
            reached = await page.evaluate(() => document.activeElement?.matches('.open-full a') ?? false);
          }
          expect(reached).toBe(true);
          await expectAccessible(page);
        });
      }
    }
    expectNoProblems(problems);
  });
});
