import { expect, test, type ConsoleMessage } from '@playwright/test';
import { signDraft, sendWithConsent } from './certificate-page.js';
import { completeLisjp, createDraft, LISJP, login, TOLVAN } from './helpers.js';

/** The one failure the app expects: asking who is logged in before anyone is (401, the login page follows). */
const expectedBeforeLogin = (message: ConsoleMessage) =>
  /status of 401/.test(message.text()) && new URL(message.location().url).pathname === '/api/me';

test('a doctor’s round, from the login page to a sent certificate, leaves no error in the browser console', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !expectedBeforeLogin(message)) {
      errors.push(`${message.text()} (${message.location().url})`);
    }
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));

  await login(page, 'Ajla Doktor');
  await createDraft(page, TOLVAN, LISJP);
  await completeLisjp(page, 'Snickare', 14);
  await expect(page.getByText('Sparat', { exact: true })).toBeVisible();
  await signDraft(page);
  await sendWithConsent(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: /^Intyg på/ })).toBeVisible();
  expect(errors).toEqual([]);

  // The tab's icon is the app's own (without one, the browser's request for /favicon.ico fails above).
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon.svg');
  const icon = await page.request.get('/favicon.svg');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toMatch(/^image\/svg\+xml/);
});
