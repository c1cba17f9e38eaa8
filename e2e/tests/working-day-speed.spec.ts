/**
 * The working day's speed (issue 7, point 7). Time to interactive: a draft's address opened in a fresh browser
 * context each time (empty cache, nothing of the app in memory: a cold start of the route), from the start of the
 * navigation to the web app's mark `intyg:form-interactive` (set once the editor has the model and the answers and
 * its first field is enabled); the median of several loads must be under a second, and is written to
 * bench/results/time-to-interactive.json. Typing never waits for the network: with the autosave held back by the
 * test, what is typed is in the field at once, and the save follows when the network answers.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';

const RESULTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bench/results');
const TARGET_MS = 1000;
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

test('a draft opened afresh is ready for input within a second of the navigation', async ({ browser, page }) => {
  const url = await newDraft(page);
  const { baseURL, locale, timezoneId, viewport } = test.info().project.use;
  const storageState = await page.context().storageState();
  const samples: number[] = [];
  for (let load = 0; load < LOADS; load += 1) {
    const context = await browser.newContext({ baseURL, locale, timezoneId, viewport, storageState });
    const fresh = await context.newPage();
    await fresh.goto(url);
    const mark = await fresh.waitForFunction(
      () => performance.getEntriesByName('intyg:form-interactive')[0]?.startTime,
    );
    samples.push(Math.round((await mark.jsonValue()) as number));
    await expect(fresh.getByRole('checkbox', { name: 'Nuvarande arbete' })).toBeEnabled();
    await context.close();
  }
  const medianMs = median(samples);
  console.log(`Time to interactive form: median ${medianMs} ms of ${LOADS} cold loads (${samples.join(', ')} ms)`);
  const results = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version },
    method:
      'e2e/tests/working-day-speed.spec.ts: a lisjp draft opened in a fresh Chromium context per load (empty cache) ' +
      'from the built server on this machine; navigation start to the mark intyg:form-interactive',
    targets: { timeToInteractiveMs: TARGET_MS },
    met: { timeToInteractiveUnderTarget: medianMs < TARGET_MS },
    timeToInteractiveMedianMs: medianMs,
    samplesMs: samples,
  };
  writeFileSync(path.join(RESULTS, 'time-to-interactive.json'), `${JSON.stringify(results, null, 2)}\n`);
  expect(medianMs).toBeLessThan(TARGET_MS);
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
