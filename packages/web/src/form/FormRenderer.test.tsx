import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { compileModel, evaluateForm, type Answers, type ElementSpec, type ValidationError } from '@intyg/core';
import { kitchenSinkModel, KITCHEN_SINK_TODAY } from '../../../core/src/test-support/kitchen-sink-model.js';
import { I18nProvider } from '../i18n/i18n.js';
import { FormContext, type FormContextValue } from './form-context.js';
import { FormRenderer } from './FormRenderer.js';

const compiled = compileModel(kitchenSinkModel);

function render(answers: Answers, shown: readonly ValidationError[] = []): string {
  const context: FormContextValue = {
    compiled,
    formState: evaluateForm(compiled, answers, KITCHEN_SINK_TODAY),
    answers,
    today: KITCHEN_SINK_TODAY,
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

function parse(html: string): {
  ids: Set<string>;
  labelTargets: string[];
  inputs: { tag: string; id: string | undefined }[];
} {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ''));
  const labelTargets = [...html.matchAll(/<label[^>]*\sfor="([^"]+)"/g)].map((match) => match[1] ?? '');
  const inputs = [...html.matchAll(/<(input|textarea|select)\b([^>]*)>/g)].map((match) => ({
    tag: match[1] ?? '',
    id: /\sid="([^"]+)"/.exec(match[2] ?? '')?.[1],
  }));
  return { ids, labelTargets, inputs };
}

const allKinds = (elements: readonly ElementSpec[]): string[] =>
  elements.flatMap((element) => [element.kind, ...allKinds(element.children ?? [])]);

describe('FormRenderer', () => {
  it('renders every element kind of the model with a label tied to each input', () => {
    const answers: Answers = {
      '2': ['NUVARANDE_ARBETE'],
      '4': [{ code: 'ANNAT', date: KITCHEN_SINK_TODAY }],
      '7': [{ code: 'HALFTEN', from: '2025-03-01', to: '2025-03-14' }],
      '10': false,
      '12': 'ATER_X_ANTAL_MANADER',
    };
    const html = render(answers);
    const { labelTargets, inputs } = parse(html);
    expect(new Set(allKinds(kitchenSinkModel.elements)).size).toBeGreaterThanOrEqual(14);
    // Every input, textarea and select has an id, and a <label for> naming it (radio and checkbox included).
    expect(inputs.length).toBeGreaterThan(30);
    for (const input of inputs) {
      expect(input.id, `${input.tag} without id`).toBeDefined();
      expect(labelTargets, `no label for ${input.id}`).toContain(input.id);
    }
    // Sub-questions shown by their rules.
    expect(html).toContain('Ange yrke och arbetsuppgifter');
    expect(html).toContain('Ange vad annat är');
    expect(html).toContain('Ange antal månader');
    expect(html).toContain('Ange varför inte');
    // A partial period shows question 8; its days are counted.
    expect(html).toContain('Kommer möjligheterna till återgång');
    expect(html).toContain('14 dagar');
    // Two code systems: a choice between them.
    expect(html).toContain('KSH97-P (Primärvård)');
  });

  it('leaves out what the rules hide and marks what they make mandatory', () => {
    const html = render({});
    expect(html).not.toContain('Ange yrke och arbetsuppgifter');
    expect(html).not.toContain('Ange antal månader');
    expect(html).not.toContain('Kommer möjligheterna till återgång');
    expect(html).toContain('mandatory-marker');

    const hidden = render({ '1': true });
    // "smitta" hides KAT_2 and KAT_5 with all their children, and shows its message.
    expect(hidden).not.toContain('I relation till vilken sysselsättning');
    expect(hidden).not.toContain('Prognos för arbetsförmåga');
    expect(hidden).toContain('role="note"');
  });

  it('applies the text limit and disabled options live', () => {
    const html = render({ '2': ['NUVARANDE_ARBETE', 'EJ_AKTUELLT'], '3': 'Snickare' });
    expect(html).toMatch(/<textarea[^>]*id="f-3_1"[^>]*maxLength="100"|<textarea[^>]*maxLength="100"[^>]*id="f-3_1"/);
    expect(html).toContain('8 av 100 tecken');
    // EJ_AKTUELLT disables the other options.
    expect(html).toMatch(/<input[^>]*id="f-ARBETSSOKANDE"[^>]*disabled=""/);
    expect(html).not.toMatch(/<input[^>]*id="f-EJ_AKTUELLT"[^>]*disabled=""/);
  });

  it("shows an element's errors next to it, tied by aria-describedby", () => {
    const error: ValidationError = {
      ruleId: 'periods.overlap',
      elementId: '7',
      fieldId: 'HALFTEN.from',
      message: { sv: 'Ange perioder som inte överlappar varandra.', en: 'Enter periods that do not overlap.' },
    };
    const html = render({}, [error]);
    expect(html).toContain(
      '<ul class="field-errors" id="err-7"><li>Ange perioder som inte överlappar varandra.</li></ul>',
    );
    expect(html).toContain('aria-describedby="err-7"');
  });
});
