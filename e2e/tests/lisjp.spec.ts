import { expect, test } from '@playwright/test';
import {
  completeLisjpBasics,
  createDraft,
  day,
  expectNoSeriousA11yViolations,
  LISJP,
  login,
  TOLVAN,
} from './helpers.js';

test('a doctor writes, completes and signs a lisjp; it stays signed after a reload', async ({ page }) => {
  await login(page, 'Ajla Doktor');
  await createDraft(page, TOLVAN, LISJP);

  // Question 29 is shown only while "Nuvarande arbete" is ticked, evaluated in the browser.
  const yrke = page.getByLabel('Ange yrke och arbetsuppgifter');
  await expect(yrke).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Nuvarande arbete' }).check();
  await expect(yrke).toBeVisible();
  await yrke.fill('Undersköterska på ett äldreboende, tunga lyft och nattarbete.');
  await expect(yrke).toHaveAccessibleDescription('61 av 4000 tecken');

  // Two overlapping sick-leave periods: the error shows once the user has left the question.
  const half = page.getByRole('group', { name: '50 procent', exact: true });
  const full = page.getByRole('group', { name: '100 procent', exact: true });
  await half.getByLabel('Från').fill(day(0));
  await half.getByLabel('Till').fill(day(13));
  await expect(half.getByText('14 dagar')).toBeVisible();
  await full.getByLabel('Från').fill(day(10));
  await full.getByLabel('Till').fill(day(20));
  const overlap = page.getByText('Ange perioder som inte överlappar varandra.').first();
  await expect(overlap).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'min undersökning vid fysiskt vårdmöte' }).focus();
  await expect(overlap).toBeVisible();

  // Fix the overlap; a part-time period brings question 33.
  await full.getByLabel('Från').fill(day(14));
  await expect(page.getByText('Ange perioder som inte överlappar varandra.')).toHaveCount(0);
  await page
    .getByRole('radiogroup', { name: /arbetstiden förläggs ojämnt/ })
    .getByRole('radio', { name: 'Nej' })
    .check();

  await completeLisjpBasics(page);

  await expect(page.getByText('Sparat')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Signera intyget' }).click();
  await expect(page.getByText('Signerat', { exact: true })).toBeVisible();
  await expect(page.getByText(/^Signerat .+ av Ajla Doktor$/)).toBeVisible();

  await page.reload();
  await expect(page.getByText('Signerat', { exact: true })).toBeVisible();
  await expect(page.getByText('Undersköterska på ett äldreboende, tunga lyft och nattarbete.')).toBeVisible();
  await expect(page.getByText('Nuvarande arbete', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Signera intyget' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test('signing an incomplete draft moves focus to the list of what is missing, which names the count', async ({
  page,
}) => {
  await login(page, 'Ajla Doktor');
  await createDraft(page, TOLVAN, LISJP);

  await page.getByRole('button', { name: 'Signera intyget' }).click();
  const missing = page.getByRole('region', { name: /^Uppgifter som saknas eller behöver rättas: \d+ uppgifter$/ });
  await expect(missing).toBeVisible();
  await expect(missing.getByRole('heading', { level: 2 })).toBeFocused();

  // Each item links to its field.
  await missing
    .getByRole('link', { name: /Diagnos/ })
    .first()
    .click();
  await expect(page.getByRole('combobox', { name: 'Diagnoskod rad 1' })).toBeFocused();
  await expect(page.getByText('Signerat', { exact: true })).toHaveCount(0);
});
