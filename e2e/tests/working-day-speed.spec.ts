/**
 * The working day's speed (issue 7, point 7): from a navigation to an interactive form, under a second. The web
 * app's mark `intyg:form-interactive` is set when a draft's form is rendered from its model and answers with its
 * first field enabled; each figure is the median of several navigations, written to
 * bench/results/time-to-interactive.json. Three navigations, as a doctor makes them:
 *
 * - in the app: a draft picked from the list of drafts (the working day's usual way into a form), from the click;
 * - a page load with the app in the browser's cache: the draft's address opened in a new tab, as an EHR opens it
 *   in a browser that has used Intyg before (the assets are cached as immutable);
 * - a cold load: a fresh browser context with an empty cache (the first visit ever), reported, and held to a
 *   looser bound: on this 2-core machine it is 0.6–0.9 s on most runs and above a second on some.
 *
 * The mark is read once the page has gone quiet, so that the test's own scripts do not slow what they measure.
 * Typing never waits for the network: with the autosave held back by the test, what is typed is in the field at
 * once, and the save follows when the network answers.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Browser, type Page } from '@playwright/test';

const RESULTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bench/results');
const MARK = 'intyg:form-interactive';
const TARGET_MS = 1000;
const COLD_BOUND_MS = 1500;
const LOADS = 7;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Logs the doctor in on the page's context and creates a lisjp draft for Nils Nilsson; its page's address. */
async function newDraft(page: Page): Promise<string> {
  expect((await page.request.post('/api/dev/login', { data: { userId: 'ajla' } })).status()).toBe(200);
  const created = await page.request.post('/api/certificates', { data: { type: 'lisjp', patientId: '198001139297' } });
  return `/certificates/${((await created.json()) as { id: string }).id}`;
}

/** The start time of the page's latest form-interactive mark, once the page has gone quiet. */
async function lastMark(page: Page): Promise<number> {
  await page.waitForLoadState('networkidle');
  const mark = await page.waitForFunction((name) => performance.getEntriesByName(name).at(-1)?.startTime, MARK);
  await expect(page.getByRole('checkbox', { name: 'Nuvarande arbete' })).toBeEnabled();
  return mark.jsonValue() as Promise<number>;
}

/** `url` opened in a new tab of `context`-like options: a fresh context each time (cold) or one shared (cached). */
async function pageLoads(browser: Browser, page: Page, url: string, cold: boolean): Promise<number[]> {
  const { baseURL, locale, timezoneId, viewport } = test.info().project.use;
  const options = { baseURL, locale, timezoneId, viewport, storageState: await page.context().storageState() };
  const shared = cold ? undefined : await browser.newContext(options);
  if (shared) await (await shared.newPage()).goto(url); // The app's first visit fills the cache.
  const samples: number[] = [];
  for (let load = 0; load < LOADS; load += 1) {
    const context = shared ?? (await browser.newContext(options));
    const tab = await context.newPage();
    await tab.goto(url);
    samples.push(Math.round(await lastMark(tab)));
    await tab.close();
    if (!shared) await context.close();
  }
  await shared?.close();
  return samples;
}

/** The draft picked from the list of drafts, in the app: from the click to the form's mark. */
async function inAppNavigations(page: Page, url: string): Promise<number[]> {
  const samples: number[] = [];
  for (let load = 0; load < LOADS; load += 1) {
    await page.goto('/drafts');
    const link = page.locator(`a[href="${url}"]`).first();
    await expect(link).toBeVisible();
    await page.waitForLoadState('networkidle');
    const clickedAt = await link.evaluate((anchor: HTMLAnchorElement) => {
      const at = performance.now();
      anchor.click();
      return at;
    });
    samples.push(Math.round((await lastMark(page)) - clickedAt));
  }
  return samples;
}

test('a draft is ready for input within a second of the navigation', async ({ browser, page }) => {
  test.setTimeout(120_000);
  const url = await newDraft(page);
  const inApp = await inAppNavigations(page, url);
  const cached = await pageLoads(browser, page, url, false);
  const cold = await pageLoads(browser, page, url, true);
  const figures = {
    inAppNavigationMedianMs: median(inApp),
    cachedLoadMedianMs: median(cached),
    coldLoadMedianMs: median(cold),
  };
  console.log(
    `Time to interactive form, median of ${LOADS}: in the app ${figures.inAppNavigationMedianMs} ms ` +
      `(${inApp.join(', ')}), page load with the app cached ${figures.cachedLoadMedianMs} ms ` +
      `(${cached.join(', ')}), cold load ${figures.coldLoadMedianMs} ms (${cold.join(', ')})`,
  );
  const met = {
    inAppUnderTarget: figures.inAppNavigationMedianMs < TARGET_MS,
    cachedLoadUnderTarget: figures.cachedLoadMedianMs < TARGET_MS,
    coldLoadUnderTarget: figures.coldLoadMedianMs < TARGET_MS,
    coldLoadUnderBound: figures.coldLoadMedianMs < COLD_BOUND_MS,
  };
  const results = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version },
    method:
      'e2e/tests/working-day-speed.spec.ts: a lisjp draft on the built server on this machine, Chromium; ' +
      `median of ${LOADS} navigations each: picked from the drafts list (click to mark), opened in a new tab with ` +
      'the app cached, and opened in a fresh context (empty cache); navigation start to the mark intyg:form-interactive',
    targets: { timeToInteractiveMs: TARGET_MS, coldLoadBoundMs: COLD_BOUND_MS },
    met,
    ...figures,
    samplesMs: { inApp, cached, cold },
  };
  writeFileSync(path.join(RESULTS, 'time-to-interactive.json'), `${JSON.stringify(results, null, 2)}\n`);
  expect(figures.inAppNavigationMedianMs).toBeLessThan(TARGET_MS);
  expect(figures.cachedLoadMedianMs).toBeLessThan(TARGET_MS);
  expect(figures.coldLoadMedianMs).toBeLessThan(COLD_BOUND_MS);
});

test('typing never waits for the network: the characters are there while the autosave is held back', async ({
  page,
}) => {
  const url = await newDraft(page);
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let saves = 0;
  await page.route(`**/api${url}`, async (route) => {
    if (route.request().method() !== 'PUT') return route.continue();
    saves += 1;
    await held;
    return route.continue();
  });
  await page.goto(url);
  await page.getByRole('checkbox', { name: 'Nuvarande arbete' }).check();
  await expect(page.getByText('Sparar…')).toBeVisible();
  expect(saves).toBe(1);

  const field = page.getByLabel('Ange yrke och arbetsuppgifter');
  await field.focus();
  // The browser's own measure of each keystroke: from the key press to the next frame drawn (Event Timing).
  await page.evaluate(() => {
    const durations: number[] = [];
    (window as unknown as { keystrokes: number[] }).keystrokes = durations;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'keydown') durations.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  });
  const text = 'Undersköterska i hemtjänsten, mycket förflyttningar.';
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text, { timeout: 100 });
  // Still the first save, held: nothing typed waited for it.
  expect(saves).toBe(1);
  await expect(page.getByText('Ändringar ej sparade')).toBeVisible();

  // Keystrokes under 16 ms are not reported; those that are stay well under 100 ms, which feels instant.
  const slow = await page.evaluate(() => (window as unknown as { keystrokes: number[] }).keystrokes);
  console.log(
    `Typed ${text.length} characters with the autosave held back: ${slow.length} keystrokes took 16 ms or more ` +
      `to the next frame (median ${slow.length > 0 ? median(slow) : 0} ms, longest ${Math.max(0, ...slow)} ms)`,
  );
  expect(slow.length > 0 ? median(slow) : 0).toBeLessThan(100);

  release();
  await expect(page.getByText('Sparat')).toBeVisible();
  expect(saves).toBe(2);
});
