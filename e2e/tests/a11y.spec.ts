import { expect, test } from '@playwright/test';
import { createDraft, expectNoSeriousA11yViolations, LISJP, login, TOLVAN } from './helpers.js';

test('the login page has no serious accessibility violations', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('button', { name: /Ajla Doktor/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('the start page has no serious accessibility violations', async ({ page }) => {
  await login(page, 'Ajla Doktor');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /utkast/ })
      .first(),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('the certificate form, with its errors shown, has no serious accessibility violations', async ({ page }) => {
  await login(page, 'Ajla Doktor');
  await createDraft(page, TOLVAN, LISJP);
  await page.getByRole('checkbox', { name: 'Nuvarande arbete' }).check();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Signera intyget' }).click();
  await expect(page.getByRole('region', { name: 'Uppgifter som saknas eller behöver rättas' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('the language switch is remembered', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
