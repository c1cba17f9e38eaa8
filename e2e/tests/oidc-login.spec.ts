import { expect, test, type Page } from '@playwright/test';
import { completeLisjp, createDraft, expectNoSeriousA11yViolations, LISJP, TOLVAN } from './helpers.js';

/** The login through the development identity provider: the real redirects, in the browser. */
async function loginThroughIdp(page: Page, method: 'SITHS-kort' | 'BankID', identity: string): Promise<void> {
  await page.goto('/login');
  await page.getByRole('link', { name: `Logga in med ${method}` }).click();
  // The identity provider's own page, on its own port.
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  await expect(page).toHaveURL(/:\d+\/interaction\//);
  await page.getByRole('button', { name: identity, exact: true }).click();
}

test('a doctor with two units logs in through the identity provider, chooses a unit and signs a lisjp', async ({
  page,
}) => {
  await loginThroughIdp(page, 'SITHS-kort', 'Dag Dubbeldoktor');
  await expect(page.getByRole('heading', { level: 1, name: 'Välj vårdenhet' })).toBeVisible();
  // The commission at Beta Mottagning is for administration only: it is not offered.
  await expect(page.getByRole('button', { name: /Beta Mottagning/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: /Alfa Vårdcentral/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Intyg på Alfa Vårdcentral' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Dag Dubbeldoktor, Alfa Vårdcentral');

  await createDraft(page, TOLVAN, LISJP);
  await completeLisjp(page, 'Lärare i grundskolan.', 14);
  await expect(page.getByText('Sparat')).toBeVisible();
  await page.getByRole('button', { name: 'Signera intyget' }).click();
  await expect(page.getByText(/^Signerat .+ av Dag Dubbeldoktor$/)).toBeVisible();

  // Switch to the other unit: its start page, without the certificate of the first unit.
  await page.getByRole('link', { name: 'Byt vårdenhet' }).click();
  await page.getByRole('button', { name: /Alfa Tandvårdscentral/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Intyg på Alfa Tandvårdscentral' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Dag Dubbeldoktor, Alfa Tandvårdscentral');

  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  expect((await page.request.get('/api/me')).status()).toBe(401);
});

test('a doctor with one unit comes straight to the start page', async ({ page }) => {
  await loginThroughIdp(page, 'SITHS-kort', 'Ajla Doktor');
  await expect(page.getByRole('heading', { level: 1, name: 'Intyg på Alfa Vårdcentral' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Byt vårdenhet' })).toHaveCount(0);
});

test('a person without a commission for care and treatment is refused in plain Swedish', async ({ page }) => {
  await loginThroughIdp(page, 'SITHS-kort', 'Lena Svensson');
  await expect(page.getByRole('alert')).toContainText('Du saknar medarbetaruppdrag med syftet Vård och behandling');
  await expectNoSeriousA11yViolations(page);
  expect((await page.request.get('/api/me')).status()).toBe(401);
});

test('a citizen logged in with BankID reaches no care route', async ({ page }) => {
  await loginThroughIdp(page, 'BankID', 'Tolvan Tolvansson');
  await expect(page.getByRole('alert')).toContainText('Du är inloggad som privatperson');
  for (const url of ['/api/certificates', '/api/patients', '/api/certificate-types']) {
    expect((await page.request.get(url)).status(), url).toBe(403);
  }
  await page.goto('/');
  await expect(page).toHaveURL(/\/access-denied\?reason=citizen$/);
  await page.getByRole('button', { name: 'Logga ut' }).first().click();
  await expect(page.getByRole('link', { name: 'Till inloggningen' })).toBeVisible();
});

test('a licensed private doctor logs in with BankID at the private practice', async ({ page }) => {
  await loginThroughIdp(page, 'BankID', 'Petra Privat');
  await expect(page.getByRole('heading', { level: 1, name: 'Intyg på Petra Privats Läkarpraktik' })).toBeVisible();
});
