import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { checkModel, compileModel, evaluateForm, type Answers, type ValidationError } from '@intyg/core';
import { I18nProvider } from '../../i18n/i18n.js';
import { FormContext, type FormContextValue } from '../form-context.js';
import { FormRenderer } from '../FormRenderer.js';
import { newKindsModel, NEW_KINDS_TODAY } from '../test-support/new-kinds-model.js';

const compiled = compileModel(newKindsModel);

function render(answers: Answers, shown: readonly ValidationError[] = []): string {
  const context: FormContextValue = {
    compiled,
    formState: evaluateForm(compiled, answers, NEW_KINDS_TODAY),
    answers,
    today: NEW_KINDS_TODAY,
    setAnswer: () => undefined,
    markTouched: () => undefined,
    shownErrors: (elementId) => shown.filter((error) => error.elementId === elementId),
  };
  return renderToStaticMarkup(
    <I18nProvider>
      <FormContext.Provider value={context}>
        <FormRenderer elements={compiled.model.elements} />
      </FormContext.Provider>
    </I18nProvider>,
  );
}

/** The markup of one element's wrapper (`el-<id>`), up to the next element or category. */
function question(html: string, elementId: string): string {
  const start = html.indexOf(`id="el-${elementId}"`);
  expect(start, `no element ${elementId}`).toBeGreaterThan(-1);
  const rest = html.slice(start + 1);
  const next = rest.search(/id="el-|<section/);
  return next === -1 ? rest : rest.slice(0, next);
}

/** The opening tag of the input, select or textarea with this id. */
function control(html: string, id: string): string {
  const match = new RegExp(`<(input|select|textarea)\\b[^>]*\\sid="${id}"[^>]*>`).exec(html);
  expect(match, `no control ${id}`).not.toBeNull();
  return match?.[0] ?? '';
}

const labelFor = (html: string, id: string): string | undefined =>
  new RegExp(`<label[^>]*\\sfor="${id}"[^>]*>(.*?)</label>`).exec(html)?.[1]?.replace(/<[^>]+>/g, '');

describe('field components of the new element kinds', () => {
  it('uses a test model without problems', () => {
    expect(checkModel(newKindsModel)).toEqual([]);
  });

  it('ties a label to every input and groups multi-input questions in a fieldset with a legend', () => {
    const html = render({ UTREDNING: [{ code: 'LOGOPED', date: '2025-01-10', source: 'Logopeden' }] });
    const inputs = [...html.matchAll(/<(input|select|textarea)\b([^>]*)>/g)].map(
      (match) => /\sid="([^"]+)"/.exec(match[2] ?? '')?.[1],
    );
    expect(inputs.length).toBeGreaterThan(20);
    for (const id of inputs) {
      expect(id).toBeDefined();
      expect(labelFor(html, id ?? ''), `no label for ${id}`).toBeTruthy();
    }
    for (const id of ['PERIOD', 'ANFALL', 'SYN', 'UTREDNING']) {
      expect(question(html, id)).toMatch(/^[^]*?<fieldset[^>]*>\s*<legend>/);
    }
  });

  it('labels a date range by the model, defaulting to Fr.o.m and T.o.m', () => {
    const html = render({ PERIOD: { from: '2025-06-01', to: '' } });
    expect(labelFor(html, 'f-PERIOD_from')).toBe('Fr.o.m');
    expect(labelFor(html, 'f-PERIOD_to')).toBe('T.o.m');
    expect(labelFor(html, 'f-PERIOD2_from')).toBe('Från och med');
    expect(labelFor(html, 'f-PERIOD2_to')).toBe('Till och med');
    expect(control(html, 'f-PERIOD_from')).toContain('value="2025-06-01"');
    // Dates are text (ÅÅÅÅ-MM-DD or a shorthand), described by the visible format hint; the end date also by how
    // lengths count from the start date.
    expect(control(html, 'f-PERIOD_from')).toContain('type="text"');
    expect(control(html, 'f-PERIOD_from')).toMatch(/aria-describedby="f-PERIOD-date-hint"/);
    expect(control(html, 'f-PERIOD_to')).toMatch(/aria-describedby="f-PERIOD-date-hint f-PERIOD-period-hint"/);
    expect(question(html, 'PERIOD')).toContain('<p class="hint" id="f-PERIOD-date-hint">ÅÅÅÅ-MM-DD');
  });

  it('asks for a year as four digits and shows the stored number', () => {
    const input = control(render({ AR: 2019 }), 'f-AR_1');
    expect(input).toContain('inputMode="numeric"');
    expect(input).toContain('maxLength="4"');
    expect(input).toContain('value="2019"');
    expect(input).toMatch(/aria-describedby="f-AR_1-hint"/);
  });

  it('offers "Okänd" for month and day only where the element allows it', () => {
    const html = render({});
    expect(control(html, 'f-ANFALL_1')).toMatch(/^<select/);
    expect(question(html, 'ANFALL').match(/>Okänd</g)).toHaveLength(2);
    expect(question(html, 'EXAKT')).not.toContain('>Okänd<');
    // Years back to the element's earliest date (ten years), newest first.
    const years = [...question(html, 'EXAKT').matchAll(/<option value="(\d{4})"/g)].map((m) => m[1]);
    expect(years[0]).toBe('2025');
    expect(years.at(-1)).toBe('2015');
    expect(question(html, 'ANFALL')).toContain('>januari<');
  });

  it('shows a stored uncertain date in its three choices; an unknown month locks the day as unknown', () => {
    const full = render({ ANFALL: '2019-05-12' });
    expect(question(full, 'ANFALL')).toMatch(/<option value="2019" selected="">/);
    expect(question(full, 'ANFALL')).toMatch(/<option value="05" selected="">maj/);
    expect(question(full, 'ANFALL')).toMatch(/<option value="12" selected="">12/);
    const yearOnly = render({ ANFALL: '2019-00-00' });
    expect(control(yearOnly, 'f-ANFALL_1_day')).toContain('disabled=""');
    expect(question(yearOnly, 'ANFALL')).toMatch(
      /<select[^>]*id="f-ANFALL_1_day"[^>]*>.*?<option value="00" selected="">Okänd/,
    );
  });

  it('renders the visual acuity table with the model’s headings, Swedish decimals and contact lenses per eye', () => {
    const html = render({
      SYN: { right: { withoutCorrection: 0.5, contactLens: true }, left: { withCorrection: 1 }, binocular: {} },
    });
    const table = question(html, 'SYN');
    for (const heading of ['Utan korrektion', 'Med korrektion', 'Kontaktlinser']) {
      expect(table).toContain(`<th scope="col">${heading}</th>`);
    }
    for (const row of ['Höger öga', 'Vänster öga', 'Binokulärt'])
      expect(table).toContain(`<th scope="row">${row}</th>`);
    expect(control(html, 'f-SYN_right_withoutCorrection')).toContain('value="0,5"');
    expect(control(html, 'f-SYN_right_withoutCorrection')).toContain('inputMode="decimal"');
    expect(labelFor(html, 'f-SYN_right_withoutCorrection')).toBe('Höger öga, Utan korrektion');
    expect(control(html, 'f-SYN_left_withCorrection')).toContain('value="1"');
    expect(control(html, 'f-SYN_right_contactLens')).toContain('checked=""');
    expect(labelFor(html, 'f-SYN_left_contactLens')).toBe('Vänster öga, Kontaktlinser');
    expect(table).not.toContain('f-SYN_binocular_contactLens');
    // Mandatory: the required cells say so.
    expect(control(html, 'f-SYN_binocular_withoutCorrection')).toContain('aria-required="true"');
    expect(control(html, 'f-SYN_binocular_withCorrection')).not.toContain('aria-required');
    expect(table).toContain('mellan 0 och 2');
  });

  it('disables the whole table when a rule disables the element', () => {
    const html = render({ EJ_MATBAR: true });
    const cells = [...question(html, 'SYN').matchAll(/<input\b[^>]*>/g)].map((m) => m[0]);
    expect(cells).toHaveLength(8);
    for (const cell of cells) expect(cell).toContain('disabled=""');
  });

  it('shows one investigation row at first, the stored rows after, and no more rows than allowed', () => {
    const one = question(render({}), 'UTREDNING');
    expect(one.match(/investigations__row/g)).toHaveLength(1);
    expect(one).toContain('<legend class="visually-hidden">Utredning 1</legend>');
    expect(one).toMatch(/<button[^>]*>Lägg till utredning<\/button>/);
    expect(one).not.toContain('Ta bort');

    const row = { code: 'LOGOPED', date: '2025-01-10', source: 'Logopeden' };
    const three = render({ UTREDNING: [row, row, row] });
    expect(question(three, 'UTREDNING').match(/investigations__row/g)).toHaveLength(3);
    expect(question(three, 'UTREDNING')).toMatch(/<button[^>]*disabled=""[^>]*>Lägg till utredning/);
    expect(question(three, 'UTREDNING')).toContain('Du kan ange högst 3 utredningar.');
    expect(question(three, 'UTREDNING')).toContain('Ta bort<span class="visually-hidden"> Utredning 3</span>');
    expect(control(three, 'f-UTREDNING_2__source')).toContain('value="Logopeden"');
    expect(control(three, 'f-UTREDNING_0__date')).toContain('value="2025-01-10"');
    expect(control(three, 'f-UTREDNING_0__date')).toMatch(/aria-describedby="f-UTREDNING-date-hint"/);
    expect(labelFor(three, 'f-UTREDNING_1__code')).toBe('Typ av utredning');
  });

  it("ties each new kind's errors to its group by aria-describedby", () => {
    const errors: ValidationError[] = ['PERIOD', 'ANFALL', 'SYN', 'UTREDNING'].map((elementId) => ({
      ruleId: 'mandatory',
      elementId,
      fieldId: elementId,
      message: { sv: 'Ange ett svar.', en: 'Enter an answer.' },
    }));
    const html = render({}, errors);
    for (const { elementId } of errors) {
      expect(question(html, elementId)).toMatch(new RegExp(`<fieldset[^>]*aria-describedby="err-${elementId}[" ]`));
      expect(html).toContain(`<ul class="field-errors" id="err-${elementId}"><li>Ange ett svar.</li></ul>`);
    }
    const yearError: ValidationError = {
      ruleId: 'year.invalid',
      elementId: 'AR',
      fieldId: 'AR.1',
      message: { sv: 'Ange ett giltigt år.', en: 'Enter a valid year.' },
    };
    expect(control(render({ AR: 19 }, [yearError]), 'f-AR_1')).toMatch(/aria-describedby="err-AR f-AR_1-hint"/);
  });
});
