import { expect, test, type Page } from '@playwright/test';
import { actionBar, certificateIdOf, FK, sendWithConsent, signDraft, statusCard } from './certificate-page.js';
import {
  completeLisjp,
  createDraft,
  expectNoSeriousA11yViolations,
  LISJP,
  login,
  openPatient,
  TOLVAN,
} from './helpers.js';
import { RECIPIENTS_URL } from './recipient-page.js';

/** How the certificate page names a signed lisjp it relates to. */
const SIGNED_LISJP = /intyget Läkarintyg för sjukpenning \(signerat \d{4}-\d{2}-\d{2}\)/;

/** A certificate's row in the list of what arrived at the simulated Försäkringskassan. */
const arrivedAtFk = (fk: Page, id: string) =>
  fk
    .getByRole('table', { name: /^Intyg som kommit in till Försäkringskassan/ })
    .getByRole('row')
    .filter({ hasText: id });

test("issue 6: sent, complemented at Försäkringskassan's request, and the first revoked", async ({ page }) => {
  await login(page, 'Ajla Doktor');
  await createDraft(page, TOLVAN, LISJP);
  await completeLisjp(page, 'Lagerarbetare med tunga lyft.', 14);
  await signDraft(page);
  const firstId = certificateIdOf(page);
  await expectNoSeriousA11yViolations(page);

  // Sending: 14 days of sick leave, so the dialog shows FK7804's note on short sick leave with its list.
  await actionBar(page)
    .getByRole('button', { name: `Skicka till ${FK}` })
    .click();
  const note = page.getByRole('dialog').locator('.note').filter({ hasText: 'kortare än 15 dagar' });
  await expect(note.getByRole('listitem').filter({ hasText: 'egenföretagare' })).toBeVisible();
  await page.getByRole('button', { name: 'Avbryt' }).click();
  await sendWithConsent(page, { checkA11y: true });

  // At the simulated Försäkringskassan: the certificate arrived; a handläggare asks for a complement of 1 and 35.
  const fk = await page.context().newPage();
  await fk.goto(`${RECIPIENTS_URL}/`);
  const firstAtFk = arrivedAtFk(fk, firstId);
  await expect(firstAtFk).toContainText('Giltigt');
  await expectNoSeriousA11yViolations(fk);
  await firstAtFk.getByRole('link').click();
  await fk.getByRole('radio', { name: 'Komplettering' }).check();
  await fk.getByRole('textbox', { name: 'Rubrik' }).fill('Begäran om komplettering');
  await fk.getByRole('textbox', { name: 'Meddelande' }).fill('Vi behöver mer underlag för bedömningen.');
  await fk.getByRole('checkbox', { name: /^Fråga 1:/ }).check();
  await fk.getByLabel('Vad ska kompletteras i fråga 1?').fill('Ange om patienten också har haft telefonkontakt.');
  await fk.getByRole('checkbox', { name: /^Fråga 35:/ }).check();
  await fk.getByLabel('Vad ska kompletteras i fråga 35?').fill('Beskriv funktionsnedsättningen närmare.');
  await expectNoSeriousA11yViolations(fk);
  await fk.getByRole('button', { name: 'Skicka till vården' }).click();
  await expect(fk.getByRole('status')).toHaveText('Meddelandet är sparat och skickas till vården.');
  await expect(async () => {
    await fk.reload();
    await expect(fk.getByRole('row').filter({ hasText: 'Komplettering' })).toContainText('Skickat till vården', {
      timeout: 1000,
    });
  }).toPass();

  // Back in care: "Ärenden" lists the request; the certificate's message panel shows it with "Komplettera".
  await page.bringToFront();
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: /^Ärenden/ })
    .click();
  const request = page.getByRole('row').filter({ hasText: 'Komplettering' });
  await expect(request).toContainText('Tolvan Tolvansson');
  await expectNoSeriousA11yViolations(page);
  await request.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/certificates/${firstId}$`));
  const thread = page
    .getByRole('region', { name: 'Ärenden' })
    .getByRole('article', { name: 'Komplettering: Begäran om komplettering' });
  await expect(thread.getByText('Beskriv funktionsnedsättningen närmare.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await thread.getByRole('button', { name: 'Komplettera', exact: true }).click();

  // The complementing draft: its relation, and the two answers the request concerns amended.
  await expect(page).not.toHaveURL(new RegExp(`/certificates/${firstId}$`));
  const secondId = certificateIdOf(page);
  await expect(page.getByRole('list', { name: 'Relaterade intyg' })).toHaveText(
    new RegExp(`^Det här utkastet kompletterar ${SIGNED_LISJP.source}\\.$`),
  );
  await page.getByRole('checkbox', { name: 'min telefonkontakt med patienten' }).check();
  await page
    .getByLabel(/Ange vilken\/vilka funktionsnedsättningar/)
    .fill('Nedsatt lungfunktion: andfåddhet redan vid lätt ansträngning, som trappgång och lyft över 5 kg.');
  await expect(page.getByText('Sparat')).toBeVisible();
  await expectNoSeriousA11yViolations(page, ['.editor__aside', '.relations']);
  await signDraft(page);
  await sendWithConsent(page);
  const relations = page.getByRole('list', { name: 'Relaterade intyg' });
  await expect(relations).toHaveText(new RegExp(`^Det här intyget kompletterar ${SIGNED_LISJP.source}\\.$`));

  // The first shows the relation from its side, and its request answered by the complement.
  await relations.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/certificates/${firstId}$`));
  await expect(relations).toHaveText(new RegExp(`^Det här intyget har kompletterats med ${SIGNED_LISJP.source}\\.$`));
  await expect(thread.getByText('Besvarad med ett kompletterande intyg')).toBeVisible();

  // Revoking the first: a reason and an explanation, both required.
  await actionBar(page).getByRole('button', { name: 'Makulera' }).click();
  const revoke = page.getByRole('dialog', { name: 'Makulera intyget' });
  await expect(revoke).toContainText(`${FK} får besked om att intyget är makulerat.`);
  const confirm = revoke.getByRole('button', { name: 'Makulera' });
  await expect(confirm).toBeDisabled();
  await revoke.getByRole('radio', { name: 'Annat allvarligt fel' }).check();
  await expect(confirm).toBeDisabled();
  await revoke.getByLabel('Förklara vad som är fel').fill('Fel diagnoskod; intyget är ersatt av kompletteringen.');
  await expect(confirm).toBeEnabled();
  await expectNoSeriousA11yViolations(page);
  await confirm.click();
  await expect(revoke).toBeHidden();
  const card = statusCard(page);
  await expect(card).toBeFocused();
  await expect(card.getByText('Makulerat', { exact: true })).toBeVisible();
  await expect(card.getByRole('heading', { name: 'Intyget är makulerat' })).toBeVisible();
  await expect(card).toContainText(
    /Makulerat \d{4}-\d{2}-\d{2} \d{2}:\d{2} av Ajla Doktor\. Anledning: Annat allvarligt fel\./,
  );
  await expect(card).toContainText('Förklaring: Fel diagnoskod; intyget är ersatt av kompletteringen.');
  await expect(card).toContainText(`${FK} får besked om makuleringen.`);
  await expect(actionBar(page).getByRole('button')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // Försäkringskassan has the first as revoked and the complement as received.
  await fk.bringToFront();
  await fk.goto(`${RECIPIENTS_URL}/`);
  await expect(async () => {
    await fk.reload();
    await expect(arrivedAtFk(fk, firstId)).toContainText('Makulerat', { timeout: 1000 });
  }).toPass();
  await expect(arrivedAtFk(fk, secondId)).toContainText('Giltigt');
  await expectNoSeriousA11yViolations(fk);
});

test('renew, create AG7804, delete a draft, replace; an action someone else made impossible is explained', async ({
  page,
}) => {
  await login(page, 'Ajla Doktor');
  await createDraft(page, TOLVAN, LISJP);
  await completeLisjp(page, 'Snickare.', 30);
  await signDraft(page);
  const originalUrl = page.url();

  // Renewing names what it does not copy; the new draft relates to the original and can be deleted.
  await actionBar(page).getByRole('button', { name: 'Förnya' }).click();
  const renew = page.getByRole('dialog', { name: 'Förnya intyget' });
  for (const label of [
    'Intyget är baserat på',
    'Min bedömning av patientens nedsättning av arbetsförmågan',
    'Prognos för arbetsförmåga utifrån aktuellt undersökningstillfälle',
  ]) {
    await expect(renew.getByRole('listitem').filter({ hasText: label })).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page);
  await renew.getByRole('button', { name: 'Förnya' }).click();
  await expect(page.getByRole('list', { name: 'Relaterade intyg' })).toHaveText(
    new RegExp(`^Det här utkastet förnyar ${SIGNED_LISJP.source}\\.$`),
  );
  await expect(page.getByLabel('Ange yrke och arbetsuppgifter')).toHaveValue('Snickare.');
  await page.getByRole('button', { name: 'Radera utkast' }).click();
  const remove = page.getByRole('dialog', { name: 'Radera utkastet' });
  await expectNoSeriousA11yViolations(page, ['dialog']);
  await remove.getByRole('button', { name: 'Radera' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('status').filter({ hasText: 'Utkastet är raderat.' })).toBeVisible();

  // "Skapa AG7804": a draft of the employer's certificate from this one.
  await page.goto(originalUrl);
  await actionBar(page).getByRole('button', { name: 'Skapa AG7804' }).click();
  await page.getByRole('dialog', { name: 'Skapa AG7804' }).getByRole('button', { name: 'Skapa utkast' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Läkarintyg om arbetsförmåga – arbetsgivaren/ }),
  ).toBeVisible();
  await expect(page.getByRole('list', { name: 'Relaterade intyg' })).toHaveText(
    new RegExp(`^Det här utkastet är skapat från ${SIGNED_LISJP.source}\\.$`),
  );

  // Renewing again while someone else starts replacing it: the server refuses, the page says why and reloads.
  await page.goto(originalUrl);
  await actionBar(page).getByRole('button', { name: 'Förnya' }).click();
  const id = certificateIdOf(page);
  expect((await page.request.post(`/api/certificates/${id}/replace`)).status()).toBe(201);
  await page.getByRole('dialog', { name: 'Förnya intyget' }).getByRole('button', { name: 'Förnya' }).click();
  const refusal = page.getByRole('alert');
  await expect(refusal).toContainText('Åtgärden är inte tillåten:');
  await expect(refusal).toContainText('Det finns redan ett utkast som ersätter intyget. Fortsätt på det utkastet.');
  await expect(refusal).toContainText('Intyget har laddats om och visar nu hur det ser ut.');
  await expect(actionBar(page).getByRole('button', { name: 'Förnya' })).toHaveCount(0);
  const relations = page.getByRole('list', { name: 'Relaterade intyg' });
  await expect(relations.getByRole('listitem').filter({ hasText: 'ersätts av' })).toHaveText(
    /^Det här intyget ersätts av utkastet Läkarintyg för sjukpenning \(skapat \d{4}-\d{2}-\d{2}\) när det signeras\.$/,
  );

  // Replacing: once the replacing draft is signed, the original says prominently that it is replaced, and by which.
  await relations.getByRole('listitem').filter({ hasText: 'ersätts av' }).getByRole('link').click();
  await expect(page.getByRole('list', { name: 'Relaterade intyg' })).toHaveText(
    new RegExp(`^Det här utkastet ersätter ${SIGNED_LISJP.source}\\.$`),
  );
  await signDraft(page);
  await page.getByRole('list', { name: 'Relaterade intyg' }).getByRole('link').click();
  await expect(page).toHaveURL(originalUrl);
  const card = statusCard(page);
  await expect(card.getByText('Ersatt', { exact: true })).toBeVisible();
  await expect(card.getByRole('heading', { name: 'Intyget är ersatt' })).toBeVisible();
  await expect(card.getByRole('link', { name: SIGNED_LISJP })).toBeVisible();
  for (const gone of ['Ersätt', 'Förnya', `Skicka till ${FK}`]) {
    await expect(actionBar(page).getByRole('button', { name: gone, exact: true })).toHaveCount(0);
  }
  await expectNoSeriousA11yViolations(page);

  // The patient's list says so too, and its row offers nothing to start from it.
  await openPatient(page, TOLVAN);
  const row = page
    .getByRole('region', { name: 'Patientens intyg på Alfa Vårdcentral' })
    .getByRole('row')
    .filter({ has: page.locator(`a[href="/certificates/${id}"]`) });
  await expect(row).toContainText('Ersatt');
  await expect(row.getByRole('button')).toHaveCount(0);
  await page.goto(originalUrl);

  // Someone else revokes it while the revoke dialog is open here: the change is explained and the page reloads.
  await actionBar(page).getByRole('button', { name: 'Makulera' }).click();
  const revoke = page.getByRole('dialog', { name: 'Makulera intyget' });
  await revoke.getByRole('radio', { name: 'Intyget har utfärdats på fel patient' }).check();
  await revoke.getByLabel('Förklara vad som är fel').fill('Fel patient.');
  const current = (await (await page.request.get(`/api/certificates/${id}`)).json()) as { revision: number };
  const elsewhere = await page.request.post(`/api/certificates/${id}/revoke`, {
    data: { revision: current.revision, reason: 'FEL_PATIENT', message: 'Makulerat i en annan flik.' },
  });
  expect(elsewhere.status()).toBe(200);
  await revoke.getByRole('button', { name: 'Makulera' }).click();
  await expect(revoke).toBeHidden();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'Någon annan har ändrat intyget medan du hade det öppet, så åtgärden gjordes inte.',
  );
  await expect(card.getByText('Makulerat', { exact: true })).toBeVisible();
  await expect(card).toContainText('Förklaring: Makulerat i en annan flik.');
  await expect(card).toContainText('Intyget hade inte skickats till någon mottagare.');
});
