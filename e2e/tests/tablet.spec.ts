/**
 * Issue 7, point 5: the care app works from a 1280-pixel desktop down to a tablet. On an iPad-sized viewport in
 * portrait (768 × 1024) every main page fits its width (nothing to scroll sideways, nothing cut off at the right
 * edge) and passes axe; the form's controls keep a size a finger can hit.
 */
import { expect, test, type Page } from '@playwright/test';
import { certificateIdOf, signDraft } from './certificate-page.js';
import { completeLisjp, createDraft, expectNoSeriousA11yViolations, LISJP, login, openPatient } from './helpers.js';

const PATIENT = 'Tolvan Tolvansson (19121212-1212)';
const TABLET = { width: 768, height: 1024 };

/** The elements that reach past the viewport's right edge (their selector and right edge), none if it fits. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide: string[] = [];
    if (document.documentElement.scrollWidth > width) wide.push(`document ${document.documentElement.scrollWidth}px`);
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const box = element.getBoundingClientRect();
      // Inside a scrolling table wrapper is by design; hidden helpers for screen readers take no room.
      if (box.width === 0 || element.closest('.table-wrap, .visually-hidden')) continue;
      if (box.right > width + 1) wide.push(`${element.tagName.toLowerCase()}.${element.className} ${box.right}px`);
    }
    return wide.slice(0, 5);
  });
}

async function fitsAndPassesAxe(page: Page, heading: RegExp | string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  expect(await overflowing(page), `on ${page.url()}`).toEqual([]);
  await expectNoSeriousA11yViolations(page);
}

test('on a tablet in portrait every main page fits its width and passes axe', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(TABLET);
  await login(page, 'Ajla Doktor');
  await fitsAndPassesAxe(page, /^Intyg på/);

  await openPatient(page, PATIENT);
  await fitsAndPassesAxe(page, 'Tolvan Tolvansson');

  await createDraft(page, PATIENT, LISJP);
  await fitsAndPassesAxe(page, new RegExp(LISJP));
  // A checkbox with its label, which ticks it too: at least 24 × 24 CSS pixels to hit (WCAG 2.2's target size).
  const target = await page
    .getByRole('checkbox', { name: 'Nuvarande arbete' })
    .evaluate((input: HTMLInputElement) => input.labels?.[0]?.getBoundingClientRect().toJSON() as DOMRect);
  expect(Math.min(target.width, target.height)).toBeGreaterThanOrEqual(24);

  await completeLisjp(page, 'Busschaufför', 10);
  await signDraft(page);
  const id = certificateIdOf(page);
  await fitsAndPassesAxe(page, new RegExp(LISJP));

  for (const [path, heading] of [
    ['/drafts', 'Utkast'],
    ['/signed', 'Signerade intyg'],
    ['/messages', 'Ärenden'],
    ['/guides/lisjp', new RegExp(`^Guide för ${LISJP}`)],
    [`/certificates/${id}`, new RegExp(LISJP)],
  ] as const) {
    await page.goto(path);
    await fitsAndPassesAxe(page, heading);
  }
});
