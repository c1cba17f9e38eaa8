/**
 * Issue 7's working day at Alfa Vårdcentral, end to end in Chromium, with axe on every page visited and the
 * README's screenshots (doc-screenshots.ts) taken on the way: a nurse prepares a lisjp and marks it ready; the
 * doctor finds it on the start page, completes it with FMB and ICF, signs and sends it; answers Försäkringskassan's
 * question about it; creates the employer's AG7804 from it and prints that without the diagnosis; renews an older
 * certificate; reads a guide; switches to English and back; and the browser's console shows no error all day. working-day-keyboard.spec.ts writes, signs and sends
 * a certificate with the keyboard alone; working-day-speed.spec.ts measures the time to an interactive form.
 *
 * Nils Nilsson has no signed certificate before this test (other specs leave him drafts only), so the FMB warning
 * counts this sick leave alone.
 */
import { spawnSync } from 'node:child_process';
import { certificateFixtures, getModel } from '@intyg/certificate-types';
import { expect, test, type Page } from '@playwright/test';
import { actionBar, certificateIdOf, FK, sendWithConsent, signDraft } from './certificate-page.js';
import { docScreenshot } from './doc-screenshots.js';
import { shiftAnswers } from './form-filler.js';
import {
  consoleErrors,
  day,
  expectNoSeriousA11yViolations,
  fmbPanel,
  LISJP,
  login,
  openPatient,
  pickDiagnosis,
} from './helpers.js';
import { askForContactAtFk } from './recipient-page.js';

const NILS = { name: 'Nils Nilsson', number: '19800113-9297' };
const FRIDA = 'Frida Kranstege (19401130-6125)';
const AG7804 = 'Läkarintyg om arbetsförmåga – arbetsgivaren';
const MAIN_MENU = 'Huvudmeny';

/** The text of a PDF, as pdftotext (Debian's poppler-utils) reads it. */
function pdfText(pdf: Buffer): string {
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf });
  if (result.error) throw new Error(`pdftotext could not run (${result.error.message}); install poppler-utils`);
  return result.stdout.toString('utf8');
}

/** The PDF a print link on the page serves, read in the page's session. */
async function printout(page: Page, linkName: string): Promise<string> {
  const href = await actionBar(page).getByRole('link', { name: linkName }).getAttribute('href');
  const response = await page.request.get(href!);
  expect(response.headers()['content-type']).toBe('application/pdf');
  return pdfText(await response.body());
}

/** The nurse finds the patient, creates a lisjp, fills in what she knows and marks it ready for signing. */
async function nursePrepares(page: Page): Promise<string> {
  await login(page, 'Anna Sjuksköterska');
  await page.getByLabel('Personnummer eller samordningsnummer').fill(NILS.number);
  await expect(page.getByText(`Giltigt personnummer: ${NILS.number}`)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await docScreenshot(page, 'patient-search');
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: NILS.name })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await docScreenshot(page, 'patient');

  await page.getByRole('button', { name: `Skapa utkast: ${LISJP}`, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(LISJP) })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Nuvarande arbete' }).check();
  await page.getByLabel('Ange yrke och arbetsuppgifter').fill('Lagerarbetare: truckkörning och tunga lyft.');
  await page
    .getByLabel(/Beskriv pågående och planerade medicinska behandlingar/)
    .fill('Fysioterapeutisk behandling med hemövningar.');
  await expectNoSeriousA11yViolations(page, ['.editor__aside']);
  await page.getByRole('button', { name: 'Markera klart för signering' }).click();
  await expect(page.getByText('Utkastet är markerat klart för signering.')).toBeVisible();
  const id = certificateIdOf(page);
  await page.getByRole('button', { name: 'Logga ut' }).click();
  return id;
}

/** ICF help on question `questionId`: the codes picked in the dialog become chips, then the text. */
async function describeWithIcf(page: Page, questionId: string, codes: readonly string[], text: string, shot?: string) {
  const question = page.locator(`#el-${questionId}`);
  await question.getByRole('button', { name: 'Ta hjälp av ICF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Välj ICF-kategorier' });
  for (const code of codes) await dialog.getByRole('checkbox', { name: new RegExp(`^${code} `) }).check();
  if (shot) {
    await expectNoSeriousA11yViolations(page, ['dialog']);
    await docScreenshot(page, shot);
  }
  await dialog.getByRole('button', { name: 'Lägg till' }).click();
  await expect(dialog).toBeHidden();
  await expect(question.getByRole('listitem')).toHaveText(codes.map((code) => new RegExp(`^${code} `)));
  await question.getByRole('textbox').fill(text);
}

/** The doctor completes the nurse's draft with FMB beside the form and ICF in 35 and 17, signs and sends it. */
async function doctorCompletes(page: Page): Promise<void> {
  await page.getByRole('checkbox', { name: 'min undersökning vid fysiskt vårdmöte' }).check();
  await pickDiagnosis(page, 'Diagnoskod', 1, 'M545', 'M54.5 Lumbago');
  const panel = fmbPanel(page);
  await expect(panel.getByRole('heading', { name: 'Akut lumbago' })).toBeVisible();
  await expect(panel.getByText('Längsta rekommenderade sjukskrivning: 2 veckor (14 dagar).')).toBeVisible();

  // Three weeks at 100 %, typed as doctors do: longer than FMB recommends, so the warning points to question 37.
  const full = page.getByRole('group', { name: '100 procent', exact: true });
  await full.getByRole('checkbox').check();
  await full.getByLabel('Till').fill('3v');
  await full.getByLabel('Till').press('Tab');
  await expect(full.getByText('21 dagar')).toBeVisible();
  const warning = page.locator('#el-32').getByRole('note').filter({ hasText: 'längre än FMBs rekommendation' });
  await expect(warning).toContainText('på 14 dagar (2 veckor) för diagnosen M54.5');
  await warning.getByRole('link', { name: /^Gå till frågan ”Patientens arbetsförmåga bedöms nedsatt/ }).click();
  const motivation = page.getByLabel(/Patientens arbetsförmåga bedöms nedsatt längre tid/);
  await expect(motivation).toBeFocused();
  await motivation.fill('Arbetet kräver tunga lyft hela dagarna; ingen anpassning är möjlig förrän smärtan släppt.');

  await describeWithIcf(
    page,
    '35',
    ['b280', 'b710'],
    'Smärta i ländryggen vid framåtböjning, nedsatt rörlighet.',
    'icf',
  );
  await describeWithIcf(page, '17', ['d430', 'd415'], 'Kan inte lyfta mer än 5 kg eller stå böjd.');
  await page
    .getByRole('radio', {
      name: 'Patienten förväntas kunna återgå helt i nuvarande sysselsättning efter detta intygs slutdatum',
    })
    .check();
  await expect(page.getByText('Sparat')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // The periods with their days, the total and FMB's warning, and FMB beside them.
  await page.locator('#el-32').evaluate((question) => question.scrollIntoView({ block: 'start' }));
  await docScreenshot(page, 'form-fmb');

  await signDraft(page);
  // A lisjp has no print options: only the ordinary printout.
  await expect(actionBar(page).getByRole('link', { name: /^Skriv ut/ })).toHaveCount(1);
  await sendWithConsent(page, { checkA11y: true });
  await expectNoSeriousA11yViolations(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await docScreenshot(page, 'signed');
}

/** Försäkringskassan asks for contact; the doctor finds it under Ärenden and answers on the certificate. */
async function doctorAnswersMessage(page: Page, id: string): Promise<void> {
  await askForContactAtFk(page, id, {
    heading: 'Kontakt om arbetsgivaren',
    text: 'Vi vill stämma av om arbetsgivaren kan erbjuda lättare arbetsuppgifter.',
  });
  await page.goto('/');
  await page
    .getByRole('navigation', { name: MAIN_MENU })
    .getByRole('link', { name: /^Ärenden/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ärenden' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: NILS.name });
  await expect(row).toContainText('Kontakt');
  await expectNoSeriousA11yViolations(page);
  await docScreenshot(page, 'messages');

  await row.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/certificates/${id}$`));
  const panel = page.getByRole('region', { name: 'Ärenden' });
  const thread = panel.getByRole('article', { name: 'Kontakt: Kontakt om arbetsgivaren' });
  await thread.getByRole('button', { name: 'Svara' }).click();
  await thread
    .getByLabel(`Ditt svar till ${FK}`)
    .fill('Arbetsgivaren kan erbjuda kontorsuppgifter från vecka två; patienten är informerad.');
  await panel.scrollIntoViewIfNeeded();
  await expectNoSeriousA11yViolations(page, ['.messages']);
  await docScreenshot(page, 'message-panel');
  await thread.getByRole('button', { name: 'Skicka svar' }).click();
  await expect(panel.getByRole('status')).toHaveText('Svaret har sparats och skickas till mottagaren.');
  await expect(thread.getByText('Hanterad', { exact: true })).toBeVisible();
}

/** The employer's AG7804 from the signed lisjp: the patient shares the diagnosis, but not on this printout. */
async function printsAg7804WithoutDiagnosis(page: Page): Promise<void> {
  await actionBar(page).getByRole('button', { name: 'Skapa AG7804' }).click();
  await page.getByRole('dialog', { name: 'Skapa AG7804' }).getByRole('button', { name: 'Skapa utkast' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(AG7804) })).toBeVisible();
  await page.locator('#el-100').getByRole('radio', { name: 'Ja' }).check();
  await expect(page.getByText('Sparat')).toBeVisible();
  await expectNoSeriousA11yViolations(page, ['.editor__aside', '#el-100']);
  await signDraft(page);
  await expectNoSeriousA11yViolations(page);

  const withDiagnosis = await printout(page, 'Skriv ut (öppnas i en ny flik)');
  expect(withDiagnosis).toMatch(/M54\.?5 Lumbago/);
  const withoutDiagnosis = await printout(page, 'Skriv ut utan diagnos (öppnas i en ny flik)');
  expect(withoutDiagnosis).toContain('På patientens begäran uppges inte diagnos.');
  expect(withoutDiagnosis).not.toMatch(/M54\.?5|Lumbago/);
}

/** An older lisjp of Frida's, written and signed through the API: its period runs from 13 days ago to today. */
async function signedOlderCertificate(page: Page): Promise<void> {
  const fixtures = certificateFixtures['lisjp/2.0']!;
  const answers = shiftAnswers(getModel('lisjp', '2.0')!, fixtures.minimal, fixtures.today, day(-13));
  const draft = (await (
    await page.request.post('/api/certificates', { data: { type: 'lisjp', patientId: '194011306125' } })
  ).json()) as { id: string; revision: number; answers: object };
  const saved = await page.request.put(`/api/certificates/${draft.id}`, {
    data: { revision: draft.revision, answers: { ...answers, ...draft.answers } },
  });
  const { revision } = (await saved.json()) as { revision: number };
  expect((await page.request.post(`/api/certificates/${draft.id}/sign`, { data: { revision } })).status()).toBe(200);
}

/** The doctor renews it from the patient's page and completes what renewing does not copy. */
async function renewsOlderCertificate(page: Page): Promise<void> {
  await signedOlderCertificate(page);
  await openPatient(page, FRIDA);
  await page.getByRole('row').filter({ hasText: LISJP }).filter({ hasText: 'Signerat' }).getByRole('link').click();
  await actionBar(page).getByRole('button', { name: 'Förnya' }).click();
  const renew = page.getByRole('dialog', { name: 'Förnya intyget' });
  await expectNoSeriousA11yViolations(page, ['dialog']);
  await renew.getByRole('button', { name: 'Förnya' }).click();
  await expect(page.getByRole('list', { name: 'Relaterade intyg' })).toContainText('Det här utkastet förnyar');

  await page.getByRole('checkbox', { name: 'min undersökning vid fysiskt vårdmöte' }).check();
  const half = page.getByRole('group', { name: '50 procent', exact: true });
  await half.getByRole('checkbox').check();
  await half.getByLabel('Från').fill('+1');
  await half.getByLabel('Till').fill('2v');
  await half.getByLabel('Till').press('Tab');
  await expect(half.getByText('14 dagar')).toBeVisible();
  // Part-time sick leave asks whether working hours may be placed unevenly.
  await page.locator('#el-33').getByRole('radio', { name: 'Nej' }).check();
  await page.getByRole('radio', { name: /efter detta intygs slutdatum$/ }).check();
  await expectNoSeriousA11yViolations(page, ['.editor__aside', '#el-32']);
  await signDraft(page);
  await expect(page.getByRole('list', { name: 'Relaterade intyg' })).toContainText('Det här intyget förnyar');
}

test('a working day: prepared, completed with FMB and ICF, signed, sent, answered, printed, renewed; in English', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = consoleErrors(page);
  await page.goto('/login');
  await expectNoSeriousA11yViolations(page);
  const id = await nursePrepares(page);

  // The doctor's start page: the nurse's draft first, among those ready for signing, highlighted.
  await login(page, 'Ajla Doktor');
  const ready = page.getByRole('region', { name: 'Klara för signering' });
  const row = ready.getByRole('row').nth(1);
  await expect(row.locator(`a[href="/certificates/${id}"]`)).toHaveCount(1);
  await expect(row).toHaveClass(/cert-table__row--ready/);
  await expect(row).toContainText('Anna Sjuksköterska');
  await expectNoSeriousA11yViolations(page);
  await docScreenshot(page, 'start');
  await page
    .getByRole('navigation', { name: MAIN_MENU })
    .getByRole('link', { name: /^Utkast/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Utkast' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await docScreenshot(page, 'drafts');
  await page.locator(`a[href="/certificates/${id}"]`).first().click();
  await expect(page.getByLabel('Ange yrke och arbetsuppgifter')).toHaveValue(/^Lagerarbetare/);

  await doctorCompletes(page);
  await doctorAnswersMessage(page, id);
  await printsAg7804WithoutDiagnosis(page);

  // The guide of the lisjp, from the certificate's page.
  await page.goto(`/certificates/${id}`);
  await page.getByRole('link', { name: `Guide för ${LISJP}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^Guide för ${LISJP}`) })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await docScreenshot(page, 'guide');

  await renewsOlderCertificate(page);

  // English, remembered across a reload; and back to Swedish, remembered too.
  await page.getByLabel('Språk').selectOption('en');
  await page
    .getByRole('navigation', { name: 'Main menu' })
    .getByRole('link', { name: 'Search / write certificate' })
    .click();
  const englishStart = page.getByRole('heading', { level: 1, name: 'Certificates at Alfa Vårdcentral' });
  await expect(englishStart).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await docScreenshot(page, 'start-en');
  await page.reload();
  await expect(englishStart).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel('Language').selectOption('sv');
  const swedishStart = page.getByRole('heading', { level: 1, name: 'Intyg på Alfa Vårdcentral' });
  await expect(swedishStart).toBeVisible();
  await page.reload();
  await expect(swedishStart).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');

  // The whole day left no error in the browser console, a failed request included.
  expect(errors).toEqual([]);
  // The tab's icon is the app's own (without one, the browser's request for /favicon.ico fails above).
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon.svg');
  const icon = await page.request.get('/favicon.svg');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toMatch(/^image\/svg\+xml/);
});
