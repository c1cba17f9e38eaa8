import { expect, test, type Page } from '@playwright/test';
import { createDraft, LISJP, login, openPatient, TOLVAN } from './helpers.js';

/** The demo draft the doctor Ajla wrote for Frida Kranstege at Alfa Vårdcentral, from Frida's patient page. */
async function openFridasDraft(page: Page): Promise<string> {
  await openPatient(page, 'Frida Kranstege (19401130-6125)');
  // The demo data has a draft of every type for her; this is the lisjp one.
  await page.getByRole('link', { name: `Öppna ${LISJP} för Frida Kranstege`, exact: true }).click();
  await expect(page).toHaveURL(/\/certificates\/[^/]+$/);
  return page.url().split('/').pop()!;
}

test('a nurse can write a lisjp draft but is offered no signing, and is told why', async ({ page }) => {
  await login(page, 'Anna Sjuksköterska');
  await createDraft(page, TOLVAN, LISJP);

  await expect(page.getByRole('button', { name: 'Signera intyget' })).toHaveCount(0);
  await expect(page.getByText('Endast läkare, tandläkare eller privatläkare får signera intyg.')).toBeVisible();
  // What a nurse can do instead.
  await expect(page.getByRole('button', { name: 'Markera klart för signering' })).toBeEnabled();
});

test("a nurse edits a doctor's draft at her unit, and the API refuses her signature", async ({ page }) => {
  await login(page, 'Anna Sjuksköterska');
  const id = await openFridasDraft(page);

  await page.getByRole('textbox', { name: 'Övriga upplysningar' }).fill('Kompletterat av sjuksköterskan.');
  await expect(page.getByText('Sparat')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Signera intyget' })).toHaveCount(0);

  const certificate = (await (await page.request.get(`/api/certificates/${id}`)).json()) as { revision: number };
  const refused = await page.request.post(`/api/certificates/${id}/sign`, {
    data: { revision: certificate.revision },
  });
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { code: string }).code).toBe('ACTION_NOT_ALLOWED');
});

test('a doctor at another unit cannot open the draft: for her it does not exist', async ({ page }) => {
  await login(page, 'Ajla Doktor');
  const id = await openFridasDraft(page);
  await page.getByRole('button', { name: 'Logga ut' }).click();

  await login(page, 'Beata Doktor');
  await page.goto(`/certificates/${id}`);
  await expect(page.getByText('Intyget finns inte på den vårdenhet du är inloggad på.')).toBeVisible();
  const response = await page.request.get(`/api/certificates/${id}`);
  expect(response.status()).toBe(404);
});
