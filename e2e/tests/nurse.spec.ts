import { expect, test } from '@playwright/test';
import { createDraft, LISJP, login, TOLVAN } from './helpers.js';

test('a nurse can write a lisjp draft but not sign it, and is told why', async ({ page }) => {
  await login(page, 'Anna Sjuksköterska');
  await createDraft(page, TOLVAN, LISJP);

  const sign = page.getByRole('button', { name: 'Signera intyget' });
  await expect(sign).toBeDisabled();
  await expect(sign).toHaveAccessibleDescription(/Endast läkare, tandläkare eller privatläkare får signera intyg/);
  await expect(page.getByText('Endast läkare, tandläkare eller privatläkare får signera intyg.')).toBeVisible();

  // What a nurse can do instead.
  await expect(page.getByRole('button', { name: 'Markera klart för signering' })).toBeEnabled();
});
