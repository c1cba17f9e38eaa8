import { describe, expect, it } from 'vitest';
import { evaluateForm } from '../rules/form-state.js';
import { isHideableOnPrint, mayHideOnPrint } from '../rules/print-hiding.js';
import { codes, modelWith, text } from '../test-support/model-with.js';
import type { CertificateModel } from './certificate-model.js';
import { checkModel } from './check.js';
import { compileModel } from './compile.js';
import { ModelError } from './model-problem.js';
import type { PrintOptions } from './print-options.js';

const withPrintOptions = (printOptions: PrintOptions): CertificateModel => ({
  ...modelWith(codes, text('6'), text('25')),
  printOptions,
});
const notice = 'På patientens begäran uppges inte diagnos.';

describe('printOptions in the model check', () => {
  it('accepts hideable elements that exist and a condition over known fields', () => {
    expect(
      checkModel(
        withPrintOptions({ hideableElements: ['6'], allowedWhen: '$STUDIER && !$25.1', hiddenNotice: notice }),
      ),
    ).toEqual([]);
  });

  it('reports unknown, category and repeated element ids, nothing hideable, and an empty notice', () => {
    const problems = checkModel(withPrintOptions({ hideableElements: ['6', '99', 'KAT_1', '6'], hiddenNotice: ' ' }));
    expect(problems.map((problem) => problem.message)).toEqual([
      "printOptions.hideableElements names an unknown element '99'",
      "printOptions.hideableElements names a category 'KAT_1'",
      "printOptions.hideableElements names '6' twice",
      'printOptions.hiddenNotice is empty',
    ]);
    expect(checkModel(withPrintOptions({ hideableElements: [], hiddenNotice: notice }))[0]?.message).toBe(
      'printOptions.hideableElements is empty',
    );
  });

  it('reports a condition that does not parse or names an unknown field, with its position, and compileModel refuses', () => {
    const syntax = withPrintOptions({ hideableElements: ['6'], allowedWhen: '$STUDIER &&', hiddenNotice: notice });
    expect(checkModel(syntax)).toEqual([
      expect.objectContaining({
        modelId: 'lisjp/2.0',
        position: 11,
        message: expect.stringContaining('Syntax error in printOptions.allowedWhen'),
      }),
    ]);
    expect(() => compileModel(syntax)).toThrow(ModelError);
    const unknown = withPrintOptions({ hideableElements: ['6'], allowedWhen: '!$100.1', hiddenNotice: notice });
    expect(checkModel(unknown)).toEqual([
      {
        modelId: 'lisjp/2.0',
        position: 1,
        message: "printOptions.allowedWhen '!$100.1' names an unknown field '$100.1'",
      },
    ]);
  });
});

describe('mayHideOnPrint', () => {
  const compiled = compileModel(
    withPrintOptions({ hideableElements: ['6'], allowedWhen: '$STUDIER', hiddenNotice: notice }),
  );

  it('follows the condition over the answers', () => {
    expect(mayHideOnPrint(compiled, { '28': ['STUDIER'] }, '2025-01-01')).toBe(true);
    expect(mayHideOnPrint(compiled, { '28': ['NUVARANDE_ARBETE'] }, '2025-01-01')).toBe(false);
    expect(isHideableOnPrint(compiled, '6')).toBe(true);
    expect(isHideableOnPrint(compiled, '25')).toBe(false);
    // Declaring an element hideable changes nothing about when it is shown.
    expect(evaluateForm(compiled, {}, '2025-01-01').element('6').visible).toBe(true);
  });

  it('allows always without a condition, and never for a model without print options', () => {
    const always = compileModel(withPrintOptions({ hideableElements: ['6'], hiddenNotice: notice }));
    expect(mayHideOnPrint(always, {}, '2025-01-01')).toBe(true);
    expect(mayHideOnPrint(compileModel(modelWith(text('6'))), {}, '2025-01-01')).toBe(false);
  });
});
