/**
 * The form's own tools (issue 7, points 3 and 8): sick-leave dates typed as Swedish doctors do (`idag`, `+13` in a
 * to-field counted from its from-date, `2v`), each period's days and the total; a refused signing puts focus on the
 * list of what is missing, followed with the keyboard into the fields; a question's help text one click away; and
 * the guide to the type, whose question links lead back into the form. Axe on each.
 */
import { expect, test, type Page } from '@playwright/test';
import { createDraft, day, expectNoSeriousA11yViolations, LISJP, login, TOLVAN } from './helpers.js';

async function snapshot(page: Page, name: string, width = 1280): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('sick-leave shorthands, day counts, the missing list by keyboard, a help text and the guide', async ({ page }) => {
  await login(page, 'Ajla Doktor');
  await createDraft(page, TOLVAN, LISJP);

  // 50 %: "idag" in the from-field, "+13" in the to-field (13 days after the from-date): two weeks.
  const periods = page.locator('#el-32');
  const half = page.getByRole('group', { name: '50 procent', exact: true });
  await half.getByLabel('Från').fill('idag');
  await half.getByLabel('Från').press('Tab');
  await expect(half.getByLabel('Från')).toHaveValue(day(0));
  await expect(half.getByLabel('Till')).toBeFocused();
  await page.keyboard.type('+13');
  await page.keyboard.press('Enter');
  await expect(half.getByLabel('Till')).toHaveValue(day(13));
  await expect(half.getByText('14 dagar')).toBeVisible();
  await expect(half.getByLabel('Till')).toHaveAccessibleDescription(/14 dagar/);
  const total = periods.getByRole('status').filter({ hasText: /^Sjukskrivning totalt/ });
  await expect(total).toHaveText(`Sjukskrivning totalt: 14 dagar (${day(0)} – ${day(13)})`);

  // 100 %: ticking proposes the day after; "2v" is a two-week period from there.
  const full = page.getByRole('group', { name: '100 procent', exact: true });
  await full.getByRole('checkbox').check();
  await expect(full.getByLabel('Från')).toHaveValue(day(14));
  await full.getByLabel('Till').fill('2v');
  await full.getByLabel('Till').blur();
  await expect(full.getByLabel('Till')).toHaveValue(day(27));
  await expect(full.getByText('14 dagar')).toBeVisible();
  await expect(total).toHaveText(`Sjukskrivning totalt: 28 dagar (${day(0)} – ${day(27)})`);

  // What cannot be read stays, marked, with what can be typed.
  const quarter = page.getByRole('group', { name: '25 procent', exact: true });
  await quarter.getByLabel('Från').fill('nästa vecka');
  await quarter.getByLabel('Från').blur();
  await expect(quarter.getByLabel('Från')).toHaveAttribute('aria-invalid', 'true');
  await expect(quarter.getByLabel('Från')).toHaveAccessibleDescription(/Datumet kunde inte läsas/);
  await quarter.getByRole('checkbox').uncheck();
  await expect(quarter.getByLabel('Från')).toHaveValue('');

  // The help text of question 32, opened with the keyboard.
  const help = periods.getByRole('button', { name: 'Hjälptext' });
  await expect(help).toHaveAttribute('aria-expanded', 'false');
  await help.focus();
  await page.keyboard.press('Enter');
  await expect(help).toHaveAttribute('aria-expanded', 'true');
  const helpText = periods.getByText(/^Utgångspunkten är att patientens arbetsförmåga ska bedömas/);
  await expect(helpText).toBeVisible();
  await expect(page.getByText('Sparat')).toBeVisible();
  await snapshot(page, 'periods');
  await periods.screenshot({ path: test.info().outputPath('periods-help-1280.png') });
  await page.setViewportSize({ width: 820, height: 1100 });
  await periods.screenshot({ path: test.info().outputPath('periods-help-820.png') });
  await page.setViewportSize({ width: 1280, height: 900 });

  // A refused signing: focus on the list, whose heading names the count; Tab and Enter lead into a field.
  await page.getByRole('button', { name: 'Signera intyget' }).click();
  const missing = page.getByRole('region', { name: /^Uppgifter som saknas eller behöver rättas: \d+ uppgifter$/ });
  const heading = missing.getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  const links = missing.getByRole('link');
  await page.keyboard.press('Tab');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#el-1 input').first()).toBeFocused();
  // The diagnosis item, reached by tabbing along the list.
  await heading.focus();
  const diagnosisIndex = (await links.allInnerTexts()).findIndex((text) => text.startsWith('Diagnos'));
  expect(diagnosisIndex).toBeGreaterThan(0);
  for (let i = 0; i <= diagnosisIndex; i++) await page.keyboard.press('Tab');
  await expect(links.nth(diagnosisIndex)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Diagnoskod rad 1' })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await snapshot(page, 'missing-list');
  await snapshot(page, 'missing-list', 820);

  // The guide, from the certificate page and back into the form at a question.
  await page.getByRole('link', { name: 'Guide för Läkarintyg för sjukpenning' }).click();
  await expect(page).toHaveURL(/\/guides\/lisjp\?certificate=/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Guide för Läkarintyg för sjukpenning (FK 7804)' }),
  ).toBeVisible();
  const needs = page.getByRole('region', { name: 'Vad mottagaren behöver av dig' });
  await expect(needs.getByText(/^Aktivitetsbegränsningen, konkret/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await snapshot(page, 'guide');
  await snapshot(page, 'guide', 820);
  await needs.getByRole('link', { name: 'Aktivitetsbegränsning' }).first().click();
  await expect(page.getByLabel(/Beskriv vad du bedömer att patienten har svårt att göra/)).toBeFocused();
  // The periods were saved before the form was left.
  await expect(page.getByRole('group', { name: '100 procent', exact: true }).getByLabel('Till')).toHaveValue(day(27));
});

test('the guide reads in English, and stands on its own', async ({ page }) => {
  await login(page, 'Ajla Doktor');
  await page.goto('/guides/ts-bas');
  await expect(
    page.getByRole('heading', { level: 1, name: /^Guide för Transportstyrelsens läkarintyg/ }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Vad mottagaren behöver av dig' }).getByRole('link')).toHaveCount(0);
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.getByRole('heading', { level: 2, name: 'What the recipient needs from you' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
