// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileModel, validateCertificate, type Answers, type CompiledModel, type ValidationError } from '@intyg/core';
import { certificateFixtures } from '../../../certificate-types/src/fixtures.js';
import { certificateModels } from '../../../certificate-types/src/registry.js';
import type { ExpectedError } from '../../../certificate-types/src/fixture-types.js';
import { I18nProvider, useI18n } from '../i18n/i18n.js';
import { elementDomId, inputId } from './dom-ids.js';
import { MissingList } from './MissingList.js';
import { stubFetch } from '../test-support/stub-fetch.js';
import { newKindsModel, NEW_KINDS_TODAY } from './test-support/new-kinds-model.js';
import { renderForm } from './test-support/render-form.js';

// The form asks for decision support (FMB, ICF) for the diagnoses it shows: there is none here.
beforeEach(() => stubFetch(() => ({ status: 404, body: { code: 'NOT_FOUND', message: 'none' } })));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

const asError = (expected: ExpectedError): ValidationError => ({
  ...expected,
  message: { sv: `Fel i ${expected.fieldId}`, en: `Error in ${expected.fieldId}` },
});
const keyOf = (error: { ruleId: string; elementId: string; fieldId: string }) =>
  `${error.ruleId}|${error.elementId}|${error.fieldId}`;

/**
 * The errors of `answers` as the editor lists them: the browser's own validation and those the fixture expects
 * (some, such as unknown diagnosis codes, only the server finds).
 */
function errorsOf(compiled: CompiledModel, answers: Answers, today: string, expected: readonly ExpectedError[]) {
  const errors = validateCertificate(compiled, answers, { today });
  const seen = new Set(errors.map(keyOf));
  return [...errors, ...expected.filter((error) => !seen.has(keyOf(error))).map(asError)];
}

/** Every model's empty draft and invalid fixtures, each once per element and field an error names. */
function cases() {
  const seen = new Set<string>();
  return certificateModels.flatMap((model) => {
    const fixtures = certificateFixtures[`${model.type}/${model.version}`];
    if (!fixtures) return [];
    const compiled = compileModel(model);
    const all = [
      { name: 'empty', answers: fixtures.empty, expected: fixtures.emptyErrors },
      ...fixtures.invalid.map((fixture) => ({
        name: fixture.name,
        answers: fixture.answers,
        expected: [fixture.expect, ...(fixture.alsoExpect ?? [])],
      })),
    ];
    return all.flatMap((fixture) => {
      const errors = errorsOf(compiled, fixture.answers, fixtures.today, fixture.expected).filter((error) => {
        const key = `${model.type}|${model.version}|${error.elementId}|${error.fieldId}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      if (errors.length === 0) return [];
      return [
        { label: `${model.type} ${model.version}: ${fixture.name}`, compiled, fixture, today: fixtures.today, errors },
      ];
    });
  });
}

/** The kinds no certificate type has yet (an uncertain date, an impossible one), in the web app's test model. */
function newKindCases() {
  const compiled = compileModel(newKindsModel);
  const answers: Answers = { ANFALL: '2019-13-00', EXAKT: '2019-05-00', AR: 19 };
  const errors = validateCertificate(compiled, answers, { today: NEW_KINDS_TODAY });
  return [{ label: 'new kinds', compiled, fixture: { answers }, today: NEW_KINDS_TODAY, errors }];
}

const CASES = [...cases(), ...newKindCases()];
const FORM_CONTROL = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON']);

describe('MissingList', () => {
  it('is checked with errors at every kind of question', () => {
    const kinds = new Set(
      CASES.flatMap(({ compiled, errors }) => errors.map((error) => compiled.element(error.elementId)?.kind)),
    );
    for (const kind of [
      'sickLeavePeriods',
      'diagnoses',
      'icf',
      'unitContact',
      'visualAcuity',
      'checkboxDateList',
      'checkboxCodeList',
      'radioBoolean',
      'radioCode',
      'textArea',
      'textField',
      'date',
      'dateRange',
      'year',
      'uncertainDate',
      'integer',
      'medicalInvestigationList',
      'category',
    ]) {
      expect(kinds, kind).toContain(kind);
    }
  });

  it.each(CASES)('moves focus into the field each error names: $label', ({ compiled, fixture, today, errors }) => {
    const form = renderForm(compiled, { answers: fixture.answers, today });
    const list = render(
      <I18nProvider>
        <MissingList compiled={compiled} errors={errors} />
      </I18nProvider>,
    );
    const links = within(list.container).getAllByRole('link');
    expect(links).toHaveLength(errors.length);
    errors.forEach((error, index) => {
      fireEvent.click(links[index]!);
      const focused = document.activeElement as HTMLElement;
      const where = `${error.ruleId} at ${error.elementId} / ${error.fieldId}`;
      const wrapper = form.container.querySelector(`#${elementDomId(error.elementId)}`);
      expect(wrapper?.contains(focused), where).toBe(true);
      // A control, unless the rules disabled every control of the question (then the question itself).
      const enabled = wrapper?.querySelector('input:not([disabled]), select:not([disabled]), textarea:not([disabled])');
      if (enabled) expect(FORM_CONTROL.has(focused.tagName), `${where} focused <${focused.tagName}>`).toBe(true);
      else expect(focused, where).toBe(wrapper);
      // Where the form has an input of the error's own field, that input is the one focused.
      const own = document.getElementById(inputId(error.fieldId));
      if (own && !(own as HTMLInputElement).disabled) expect(focused.id, where).toBe(own.id);
    });
  });

  it('names the count in its heading, singular and plural, and reads in English', () => {
    const compiled = compileModel(certificateModels[0]!);
    const error = (fieldId: string): ValidationError => ({
      ruleId: 'mandatory',
      elementId: '28',
      fieldId,
      message: { sv: 'Välj minst ett alternativ.', en: 'Choose at least one option.' },
    });
    function Switch({ errors }: { errors: ValidationError[] }) {
      const { setLanguage } = useI18n();
      return (
        <>
          <button type="button" onClick={() => setLanguage('en')}>
            en
          </button>
          <MissingList compiled={compiled} errors={errors} />
        </>
      );
    }
    const { rerender } = render(
      <I18nProvider>
        <Switch errors={[error('28')]} />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Uppgifter som saknas eller behöver rättas: 1 uppgift',
    );
    // (happy-dom has no layout: the name gets spaces around the heading's spans that a browser leaves out.)
    expect(
      screen.getByRole('region', { name: /^Uppgifter som saknas eller behöver rättas:\s+1 uppgift$/ }),
    ).toBeTruthy();
    rerender(
      <I18nProvider>
        <Switch errors={[error('28'), error('28.1')]} />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Uppgifter som saknas eller behöver rättas: 2 uppgifter',
    );
    fireEvent.click(screen.getByRole('button', { name: 'en' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Information that is missing or needs correcting: 2 items',
    );
    expect(screen.getAllByRole('link')[0]?.textContent).toContain('Choose at least one option.');
  });

  it('says so when nothing is missing', () => {
    render(
      <I18nProvider>
        <MissingList compiled={compileModel(certificateModels[0]!)} errors={[]} />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Uppgifter som saknas eller behöver rättas');
    expect(screen.getByText('Alla obligatoriska uppgifter är ifyllda.')).toBeTruthy();
  });
});
