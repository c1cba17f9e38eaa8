/**
 * Every certificate type, end to end: for each type the API lists, the test doctor creates a draft from the patient
 * page, fills a fixture of the model (the minimal one, see fixtureAnswers) through the form's controls (form-filler.ts), signs and sees it signed.
 * No type is named here: a new type joins when the registry has it and its fixtures.
 *
 * Tests are declared when the file loads, before the server runs, so the list comes from the registry the server
 * is built from; the first test checks that the API lists exactly those types. Axe checks the questions of each
 * element kind added after lisjp on the first form that has it (lisjp.spec.ts checks a whole lisjp form).
 *
 * For speed on a small machine the doctor logs in once per worker and keeps one page (a failed test gets a fresh
 * worker, so the others still run), and traces are off.
 */
import { certificateFixtures, getModel, listTypes } from '@intyg/certificate-types';
import { compileModel, evaluateForm, type Answers, type CertificateModel } from '@intyg/core';
import { expect, test as base, type Page } from '@playwright/test';
import { fillForm, kindsOf, questionOf, questionSelector, shiftAnswers, valueElements } from './form-filler.js';
import { createDraft, day, expectNoSeriousA11yViolations, login, openPatient, TOLVAN } from './helpers.js';

const DOCTOR = 'Ajla Doktor';
const NEW_KINDS = ['dateRange', 'year', 'uncertainDate', 'visualAcuity', 'medicalInvestigationList'];

/** The types a doctor can create a draft of today. */
const types = listTypes(day()).filter((summary) => summary.canCreateDraft);

/** Per type, the new kinds whose questions axe checks there: each kind on the first type that uses it. */
const axeKinds = new Map<string, string[]>();
for (const kind of NEW_KINDS) {
  const first = types.find((summary) => {
    const model = getModel(summary.type, summary.version);
    return model !== undefined && kindsOf(model).has(kind);
  });
  if (first) axeKinds.set(first.type, [...(axeKinds.get(first.type) ?? []), kind]);
}

/**
 * The answers a type's form is filled with: the minimal fixture, unless a new kind axe checks on this type is shown
 * only with more answers (LUSE's investigations), then the maximal one.
 */
function fixtureAnswers(model: CertificateModel): { answers: Answers; today: string; which: 'minimal' | 'maximal' } {
  const fixtures = certificateFixtures[`${model.type}/${model.version}`];
  if (!fixtures) throw new Error(`No fixtures for ${model.type}/${model.version}`);
  const kinds = axeKinds.get(model.type) ?? [];
  const state = evaluateForm(compileModel(model), fixtures.minimal, fixtures.today);
  const minimalShowsKinds = kinds.every((kind) =>
    valueElements(model).some((element) => element.kind === kind && state.element(element.id).visible),
  );
  return minimalShowsKinds
    ? { answers: fixtures.minimal, today: fixtures.today, which: 'minimal' }
    : { answers: fixtures.maximal, today: fixtures.today, which: 'maximal' };
}

/** One logged-in page per worker. */
const test = base.extend<object, { doctorPage: Page }>({
  doctorPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, locale, timezoneId, viewport } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, locale, timezoneId, viewport });
      const page = await context.newPage();
      await login(page, DOCTOR);
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
});
test.use({ trace: 'off' });

test('the API lists every active certificate type, and the patient page offers each with its description', async ({
  doctorPage: page,
}) => {
  await openPatient(page, TOLVAN);
  const listed = (await (await page.request.get('/api/certificate-types')).json()) as {
    type: string;
    canCreateDraft: boolean;
  }[];
  expect(
    listed
      .filter((summary) => summary.canCreateDraft)
      .map((summary) => summary.type)
      .sort(),
  ).toEqual(types.map((summary) => summary.type).sort());
  await expect(page.getByRole('button', { name: /^Skapa utkast: / })).toHaveCount(types.length);
  for (const summary of types) {
    const create = page.getByRole('button', { name: `Skapa utkast: ${summary.name}`, exact: true });
    await expect(create).toHaveAccessibleDescription(summary.description);
  }
});

for (const summary of types) {
  test(`${summary.type} ${summary.version}: a doctor creates, fills and signs "${summary.name}"`, async ({
    doctorPage: page,
  }) => {
    const response = await page.request.get(`/api/certificate-types/${summary.type}/${summary.version}`);
    expect(response.ok()).toBe(true);
    const model = (await response.json()) as CertificateModel;
    const fixture = fixtureAnswers(model);
    const answers = shiftAnswers(model, fixture.answers, fixture.today, day());
    const kinds = axeKinds.get(summary.type) ?? [];
    test.info().annotations.push({ type: 'fixture', description: fixture.which });

    await page.goto('/');
    await createDraft(page, TOLVAN, summary.name);
    const notShown = await fillForm(page, model, answers);
    if (notShown.length > 0) test.info().annotations.push({ type: 'not shown', description: notShown.join(', ') });

    const newKindQuestions = valueElements(model).filter((element) => kinds.includes(element.kind));
    if (kinds.length > 0) {
      const shown = [];
      for (const element of newKindQuestions) {
        if ((await questionOf(page, element.id).count()) > 0) shown.push(element);
      }
      expect(new Set(shown.map((e) => e.kind)), 'a question of each new kind is shown for axe').toEqual(new Set(kinds));
      await expectNoSeriousA11yViolations(
        page,
        shown.map((element) => questionSelector(element.id)),
      );
    }

    await page.getByRole('button', { name: 'Signera intyget' }).click();
    const signed = page.getByText('Signerat', { exact: true });
    const refused = page.getByRole('region', { name: 'Uppgifter som saknas eller behöver rättas' });
    await expect(signed.or(refused)).toBeVisible();
    if (await refused.isVisible()) {
      expect.soft(notShown, 'answered questions that never appeared').toEqual([]);
      expect(await refused.innerText(), 'the draft was not signable').toBe('');
    }
    await expect(page.getByText(new RegExp(`^Signerat .+ av ${DOCTOR}$`))).toBeVisible();
    await expect(page.getByRole('button', { name: 'Signera intyget' })).toHaveCount(0);
    // The signed certificate reads each answered question of a new kind as text.
    for (const element of newKindQuestions.filter((e) => answers[e.id] !== undefined && !notShown.includes(e.id))) {
      const item = page
        .locator('.signed__answer')
        .filter({ has: page.getByText(element.label ?? '', { exact: true }) });
      await expect(item.first().locator('dd'), `signed answer of ${element.id}`).not.toHaveText('Ej angivet');
    }
  });
}
