import { expect, test } from '@playwright/test';
import { createDraft, LISJP, login, TOLVAN } from './helpers.js';

test('autosave keeps the answers, and a change made elsewhere is a conflict the user can reload from', async ({
  page,
  context,
}) => {
  await login(page, 'Ajla Doktor');
  await createDraft(page, TOLVAN, LISJP);

  // The same draft in a second tab (same session).
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByRole('checkbox', { name: 'Nuvarande arbete' })).toBeVisible();

  await page.getByRole('checkbox', { name: 'Nuvarande arbete' }).check();
  await expect(page.getByText('Sparat', { exact: true })).toBeVisible();

  // The second tab still has the old revision: its save is refused.
  await other.getByRole('checkbox', { name: 'Studier' }).check();
  const conflict = other.getByRole('alert').filter({ hasText: 'Någon annan har ändrat intyget' });
  await expect(conflict).toBeVisible();
  await conflict.getByRole('button', { name: 'Ladda om' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(other.getByRole('checkbox', { name: 'Nuvarande arbete' })).toBeChecked();
  await expect(other.getByRole('checkbox', { name: 'Studier' })).not.toBeChecked();

  // The first tab's answers survive a reload.
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Nuvarande arbete' })).toBeChecked();
  await expect(page.getByLabel('Ange yrke och arbetsuppgifter')).toBeVisible();
});
