import { describe, expect, it } from 'vitest';
import type { DiagnosisRow } from '../model/answers.js';
import type { DiagnosesElement } from '../model/element.js';
import type { DiagnosisCodeLookup } from '../ports.js';
import type { ElementValidationContext } from './context.js';
import { normalizeDiagnosisCode, validateDiagnoses } from './validate-diagnoses.js';

const element: DiagnosesElement = {
  kind: 'diagnoses',
  id: '6',
  rows: [{ id: 'huvuddiagnos' }, { id: 'diagnos2' }, { id: 'diagnos3' }],
  codeSystems: [
    { id: 'ICD_10_SE', label: 'ICD-10-SE', oid: '1.2.752.116.1.1.1' },
    { id: 'KSH_97_P', label: 'KSH97-P', oid: '1.2.752.116.1.3.1.4.1' },
  ],
  descriptionLimit: 81,
};
const context: ElementValidationContext = { today: '2025-03-10', categoryId: 'KAT_4' };
const empty: DiagnosisRow = { code: '', description: '' };

function summary(rows: readonly DiagnosisRow[], ctx: ElementValidationContext = context) {
  return validateDiagnoses(element, rows, ctx).map((e) => [e.ruleId, e.fieldId, e.message.sv]);
}

const row = (code: string, description = 'Beskrivning'): DiagnosisRow => ({ code, description });

describe('validateDiagnoses', () => {
  it('accepts filled rows from the top, with or without a dot', () => {
    expect(summary([row('J20'), row('M54.5'), row('F32.1')])).toEqual([]);
    expect(summary([row('J20'), empty, empty])).toEqual([]);
  });

  it('reports an empty row above a filled one, on the empty row', () => {
    expect(summary([empty, row('J20')])).toEqual([
      ['diagnoses.order', 'huvuddiagnos.code', 'Ange diagnos på översta raden först.'],
    ]);
    expect(summary([row('J20'), empty, row('M545')]).map((e) => [e[0], e[1]])).toEqual([
      ['diagnoses.order', 'diagnos2.code'],
    ]);
  });

  it('reports a description without a code', () => {
    expect(summary([row('', 'Akut bronkit')])).toEqual([
      ['diagnoses.codeMissing', 'huvuddiagnos.code', 'Ange diagnoskod.'],
    ]);
  });

  it('reports a code without a description', () => {
    expect(summary([row('J20', ' ')])).toEqual([
      ['diagnoses.descriptionMissing', 'huvuddiagnos.description', 'Ange diagnosbeskrivning.'],
    ]);
  });

  it.each(['J2', 'J20123', 'M5.4512'])('reports %s as the wrong length', (code) => {
    expect(summary([row(code)])).toEqual([
      ['diagnoses.codeLength', 'huvuddiagnos.code', 'Diagnoskoden ska ha mellan 3 och 5 tecken.'],
    ]);
  });

  it('requires at least 4 characters for F-codes: F32 is refused, F321 accepted', () => {
    expect(summary([row('F32')])).toEqual([
      [
        'diagnoses.codePrecision',
        'huvuddiagnos.code',
        'Diagnoskoder som börjar på F eller Z73 ska anges med minst 4 tecken.',
      ],
    ]);
    expect(summary([row('F321')])).toEqual([]);
    expect(summary([row('f32')]).map((e) => e[0])).toEqual(['diagnoses.codePrecision']);
  });

  it('requires at least 4 characters for Z73: Z73 is refused, Z730 accepted, Z72 is not affected', () => {
    expect(summary([row('Z73')]).map((e) => e[0])).toEqual(['diagnoses.codePrecision']);
    expect(summary([row('Z730')])).toEqual([]);
    expect(summary([row('Z72')])).toEqual([]);
  });

  it('reports a description over the limit', () => {
    expect(summary([row('J20', 'x'.repeat(81))])).toEqual([]);
    expect(summary([row('J20', 'x'.repeat(82))])).toEqual([
      ['diagnoses.descriptionLimit', 'huvuddiagnos.description', 'Ange en text som inte är längre än 81.'],
    ]);
  });

  it('reports rows in different code systems, on the first row that differs', () => {
    const rows: DiagnosisRow[] = [
      { code: 'J20', description: 'Akut bronkit' },
      { code: 'M545', description: 'Lumbago', system: 'ICD_10_SE' },
      { code: 'F321', description: 'Depression', system: 'KSH_97_P' },
    ];
    expect(summary(rows)).toEqual([
      ['diagnoses.codeSystemMixed', 'diagnos3.code', 'Ange alla diagnoser med samma kodverk.'],
    ]);
  });

  describe('with a code lookup', () => {
    const known = new Set(['ICD_10_SE:J20', 'ICD_10_SE:F321']);
    const asked: string[] = [];
    const diagnosisCodes: DiagnosisCodeLookup = {
      exists: (system, code) => {
        asked.push(`${system}:${code}`);
        return known.has(`${system}:${code}`);
      },
    };
    const withLookup = { ...context, diagnosisCodes };

    it('reports an unknown code, and asks with the normalized code', () => {
      expect(summary([row('j20'), row('F32.1'), row('X999')], withLookup)).toEqual([
        ['diagnoses.codeUnknown', 'diagnos3.code', 'Diagnoskod är ej giltig.'],
      ]);
      expect(asked).toEqual(['ICD_10_SE:J20', 'ICD_10_SE:F321', 'ICD_10_SE:X999']);
    });

    it('does not look up a code of the wrong form', () => {
      asked.length = 0;
      expect(summary([row('F32')], withLookup).map((e) => e[0])).toEqual(['diagnoses.codePrecision']);
      expect(asked).toEqual([]);
    });
  });

  it('normalizes codes by removing dots and upper-casing', () => {
    expect(normalizeDiagnosisCode(' f32.1 ')).toBe('F321');
  });
});
