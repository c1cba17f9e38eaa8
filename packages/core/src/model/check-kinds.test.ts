import { describe, expect, it } from 'vitest';
import { codes, modelWith, text } from '../test-support/model-with.js';
import { checkModel } from './check.js';
import type { ElementSpec } from './element.js';

describe('checkModel: date attributes, labels, options, check rules and the newer kinds', () => {
  it('accepts .from/.to on date ranges and .days on dates, uncertain dates and checkbox-date options', () => {
    const range: ElementSpec = { id: '7', kind: 'dateRange', fieldId: '7.2', label: 'Period' };
    const date: ElementSpec = { id: '15', kind: 'date', fieldId: '15.1', label: 'Datum' };
    const uncertain: ElementSpec = {
      id: '19',
      kind: 'uncertainDate',
      fieldId: '19.1',
      label: 'När?',
      allowUnknownDay: true,
      allowUnknownMonth: true,
    };
    const dates: ElementSpec = {
      id: '1',
      kind: 'checkboxDateList',
      label: 'Grund',
      options: [{ id: 'UNDERSOKNING', label: 'Undersökning' }],
    };
    const expression = '($7.2.to - $7.2.from) >= 14 || $15.1.days > $UNDERSOKNING.days || $19.1.days < 0';
    expect(
      checkModel(modelWith(range, date, uncertain, dates, text('29', { rules: [{ kind: 'show', expression }] }))),
    ).toEqual([]);
  });

  it('reports .days on a field without a date, and .from on a date', () => {
    const date: ElementSpec = { id: '15', kind: 'date', fieldId: '15.1', label: 'Datum' };
    const problems = checkModel(
      modelWith(
        codes,
        date,
        text('29', { rules: [{ kind: 'show', expression: '$STUDIER.days < 0 || $15.1.from < 0' }] }),
      ),
    );
    expect(problems.map((p) => p.position)).toEqual([0, 21]);
    expect(problems[0]?.message).toContain("uses '.days' on '$STUDIER', which has no such attribute");
    expect(problems[1]?.message).toContain("uses '.from' on '$15.1', which has no such attribute");
  });

  it('does not ask the unit contact element for a label', () => {
    expect(checkModel(modelWith({ id: 'UNIT_CONTACT', kind: 'unitContact' }))).toEqual([]);
  });

  it('reports value elements of the new kinds without a label', () => {
    const year = { id: '35', kind: 'year', fieldId: '35.1' } as ElementSpec;
    const acuity = {
      id: '8',
      kind: 'visualAcuity',
      min: 0,
      max: 2,
      contactLenses: false,
      requiredCells: [],
      labels: { right: 'H', left: 'V', binocular: 'B', withoutCorrection: 'U', withCorrection: 'M' },
    } as ElementSpec;
    expect(checkModel(modelWith(year, acuity)).map((p) => [p.elementId, p.message])).toEqual([
      ['35', 'Element without label'],
      ['8', 'Element without label'],
    ]);
  });

  it('reports an option id listed twice in one element once, as a duplicate option', () => {
    const element = { ...codes, options: [...codes.options, { id: 'STUDIER', label: 'Studier igen' }] } as ElementSpec;
    expect(checkModel(modelWith(element))).toEqual([
      { modelId: 'lisjp/2.0', elementId: '28', message: "Duplicate option id 'STUDIER'" },
    ]);
    const investigations: ElementSpec = {
      id: '4',
      kind: 'medicalInvestigationList',
      label: 'Utredningar',
      options: [
        { id: 'NEUROPSYKIATRISKT', label: 'Neuropsykiatriskt' },
        { id: 'NEUROPSYKIATRISKT', label: 'Neuropsykiatriskt' },
      ],
      maxRows: 3,
      typeLabel: 'Typ',
      dateLabel: 'Datum',
      sourceLabel: 'Källa',
      sourceLimit: 50,
    };
    expect(checkModel(modelWith(investigations)).map((p) => p.message)).toEqual([
      "Duplicate option id 'NEUROPSYKIATRISKT'",
    ]);
  });

  it('accepts the same transport code in two elements, and refuses it twice in one', () => {
    const intygetAvser: ElementSpec = {
      id: '1',
      kind: 'checkboxCodeList',
      label: 'Intyget avser',
      options: [
        { id: 'IAV_C1', label: 'C1', code: 'VAR1' },
        { id: 'IAV_C', label: 'C', code: 'VAR3' },
      ],
    };
    const bedomning: ElementSpec = {
      id: '33',
      kind: 'checkboxCodeList',
      label: 'Bedömning',
      options: [
        { id: 'BED_C1', label: 'C1', code: 'VAR1' },
        { id: 'BED_C', label: 'C', code: 'VAR3' },
      ],
    };
    expect(checkModel(modelWith(intygetAvser, bedomning))).toEqual([]);
    const clash = { ...bedomning, options: [...bedomning.options, { id: 'VAR1', label: 'C1 igen' }] } as ElementSpec;
    expect(checkModel(modelWith(clash)).map((p) => p.message)).toEqual([
      "Options 'BED_C1' and 'VAR1' have the same code 'VAR1'",
    ]);
  });

  it('reports check rules with a duplicate or empty id, no fieldId or no message', () => {
    const check = (id: string, fieldId = '29.1', message = { sv: 'Fel.', en: 'Wrong.' }) => ({
      kind: 'check' as const,
      id,
      expression: '$STUDIER',
      fieldId,
      message,
    });
    const problems = checkModel(
      modelWith(
        codes,
        text('29', { rules: [check('studier'), check('studier')] }),
        text('30', { rules: [check('studier'), check(''), check('x', ' ', { sv: 'Fel.', en: '' })] }),
      ),
    );
    expect(problems.map((p) => [p.elementId, p.message])).toEqual([
      ['29', "Duplicate check rule id 'studier': already used by this element"],
      ['30', "Duplicate check rule id 'studier': already used by element '29'"],
      ['30', 'A check rule without id'],
      ['30', "The check rule 'x' has no fieldId"],
      ['30', "The check rule 'x' needs a message in Swedish and English"],
    ]);
  });

  it('reports check rules whose expression does not parse or names an unknown field', () => {
    const check = (expression: string) => ({
      kind: 'check' as const,
      id: expression,
      expression,
      fieldId: '29.1',
      message: { sv: 'Fel.', en: 'Wrong.' },
    });
    const problems = checkModel(modelWith(codes, text('29', { rules: [check('$STUDIER &&'), check('$NOPE')] })));
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('Syntax error in check rule'),
      "The check rule '$NOPE' names an unknown field '$NOPE'",
    ]);
  });

  it('reports visual-acuity tables with min above max or required cells they do not have', () => {
    const acuity: ElementSpec = {
      id: '8',
      kind: 'visualAcuity',
      label: 'Synskärpa',
      min: 2,
      max: 0,
      contactLenses: false,
      requiredCells: ['right.withoutCorrection', 'left.contactLens'],
      labels: { right: 'H', left: 'V', binocular: 'B', withoutCorrection: 'U', withCorrection: 'M' },
    };
    expect(checkModel(modelWith(acuity)).map((p) => p.message)).toEqual([
      'min (2) is greater than max (0)',
      "Required cell 'left.contactLens' is not a cell of the table",
    ]);
  });

  it('reports investigation lists without rows, source limit or options', () => {
    const investigations: ElementSpec = {
      id: '4',
      kind: 'medicalInvestigationList',
      label: 'Utredningar',
      options: [],
      maxRows: 0,
      typeLabel: 'Typ',
      dateLabel: 'Datum',
      sourceLabel: 'Källa',
      sourceLimit: 0,
    };
    expect(checkModel(modelWith(investigations)).map((p) => p.message)).toEqual([
      'maxRows must be a positive integer, was 0',
      'sourceLimit must be a positive integer, was 0',
      'Medical investigation list without options',
    ]);
  });
});
