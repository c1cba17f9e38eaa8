/**
 * Patient search and the patient page (issue 7, point 2): a number is checked as it is typed, the population
 * registry's answer is shown with what sets the patient apart (protected identity, deceased), the types the rules
 * allow are offered with their descriptions and the others say why, and renew and create-from start from the
 * patient's list of certificates.
 */
import { expect, test } from '@playwright/test';
import {
  completeLisjp,
  createDraft,
  expectNoSeriousA11yViolations,
  LISJP,
  login,
  openPatient,
  reviewScreenshot,
} from './helpers.js';

const INGRID = 'Ingrid Lindqvist (19640215-7827)';
const NUMBER = 'Personnummer eller samordningsnummer';

test('the search checks the number as it is typed and says when the registry does not know the person', async ({
  page,
}) => {
  await login(page, 'Ajla Doktor');
  const input = page.getByLabel(NUMBER);
  await reviewScreenshot(page, 'search-empty', 820);

  await input.fill('19121212-1213');
  await expect(page.getByText('Kontrollsiffran stämmer inte. Kontrollera att numret är rätt skrivet.')).toBeVisible();
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(input).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await reviewScreenshot(page, 'search-invalid');
  await reviewScreenshot(page, 'search-invalid', 820);

  await input.fill('19121292-1212');
  await expect(page.getByText(/^Datumet i numret finns inte/)).toBeVisible();
  // A coordination number: the day plus 60.
  await input.fill('7010632391');
  await input.blur();
  await expect(page.getByText('Giltigt samordningsnummer: 19701063-2391')).toBeVisible();
  await expect(input).toHaveAttribute('aria-invalid', 'false');

  // Valid, but no one the registry knows.
  await input.fill('19800101-0019');
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('Personen finns inte i folkbokföringen. Kontrollera numret.');
  await expectNoSeriousA11yViolations(page);
});

test('a patient with protected identity: a nurse sees no name and is told beforehand she cannot write', async ({
  page,
}) => {
  await login(page, 'Anna Sjuksköterska');
  await openPatient(page, '19540123-2540');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Skyddade personuppgifter');
  await expect(page.getByText('Sekretessmarkering', { exact: true })).toBeVisible();
  await expect(page.getByText(/Namn och adress visas inte för dig/)).toBeVisible();
  await expect(page.getByText('Pärsson')).toHaveCount(0);
  const refusal = page.getByRole('note').filter({ hasText: 'Du kan inte skriva intyg för patienten:' });
  await expect(refusal).toContainText('skyddade personuppgifter');
  await expect(page.getByRole('button', { name: /^Skapa utkast/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await reviewScreenshot(page, 'patient-protected-nurse');
  await reviewScreenshot(page, 'patient-protected-nurse', 820);

  // A doctor may: the name shows, and every type is offered.
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await login(page, 'Ajla Doktor');
  await openPatient(page, 'Maj Pärsson (19540123-2540)');
  await expect(page.getByText(/Namn och adress får inte lämnas ut/)).toBeVisible();
  await expect(page.getByRole('button', { name: `Skapa utkast: ${LISJP}` })).toBeVisible();
});

test('a deceased patient: shown clearly, and no certificate offered, with the reason', async ({ page }) => {
  await login(page, 'Ajla Doktor');
  await openPatient(page, 'Harald Hedlund (19350311-8238)');
  await expect(page.getByText('Avliden', { exact: true })).toBeVisible();
  await expect(page.getByText(/Patienten är avliden enligt folkbokföringen/)).toBeVisible();
  await expect(page.getByRole('note')).toContainText(
    'Du kan ej utföra den begärda åtgärden eftersom patienten är avliden.',
  );
  await expect(page.getByRole('button', { name: /^Skapa utkast/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test('from the patient page: create a draft, then renew and create an AG7804 from a signed one', async ({ page }) => {
  await login(page, 'Ajla Doktor');
  await createDraft(page, INGRID, LISJP);
  await completeLisjp(page, 'Bibliotekarie.', 14);
  await expect(page.getByText('Sparat')).toBeVisible();
  await page.getByRole('button', { name: 'Signera intyget' }).click();
  await expect(page.getByText(/^Signerat .+ av Ajla Doktor$/)).toBeVisible();
  const signedId = page.url().split('/').pop()!;

  await openPatient(page, INGRID);
  await expectNoSeriousA11yViolations(page);
  await reviewScreenshot(page, 'patient-doctor');
  await reviewScreenshot(page, 'patient-doctor', 820);
  const list = page.getByRole('region', { name: 'Patientens intyg på Alfa Vårdcentral' });
  const row = list.getByRole('row').filter({ has: page.locator(`a[href="/certificates/${signedId}"]`) });
  await expect(row).toContainText('Signerat');

  // Renew: the same confirmation as on the certificate, naming what is not copied; the new draft relates to it.
  await row.getByRole('button', { name: new RegExp(`^Förnya – ${LISJP} från `) }).click();
  const renew = page.getByRole('dialog', { name: 'Förnya intyget' });
  await expect(renew.getByRole('listitem').filter({ hasText: 'Intyget är baserat på' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, ['dialog']);
  await renew.getByRole('button', { name: 'Förnya' }).click();
  await expect(page.getByRole('list', { name: 'Relaterade intyg' })).toContainText('Det här utkastet förnyar');
  await expect(page.getByLabel('Ange yrke och arbetsuppgifter')).toHaveValue('Bibliotekarie.');

  // Create an AG7804 from the same row.
  await openPatient(page, INGRID);
  await row.getByRole('button', { name: new RegExp(`^Skapa AG7804 – ${LISJP} från `) }).click();
  await page.getByRole('dialog', { name: 'Skapa AG7804' }).getByRole('button', { name: 'Skapa utkast' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Läkarintyg om arbetsförmåga – arbetsgivaren/ }),
  ).toBeVisible();
  await expect(page.getByRole('list', { name: 'Relaterade intyg' })).toContainText('Det här utkastet är skapat från');

  // Both drafts are in the patient's list now, each opening the draft.
  await openPatient(page, INGRID);
  await expect(list.getByRole('link', { name: `Öppna ${LISJP} för Ingrid Lindqvist` })).toHaveCount(2);
  await expect(list.getByRole('link', { name: /^Öppna Läkarintyg om arbetsförmåga – arbetsgivaren/ })).toHaveCount(1);
});
