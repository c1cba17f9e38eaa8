import { describe, expect, it } from 'vitest';
import { kitchenSinkModel } from '../test-support/kitchen-sink-model.js';
import { compileModel } from './compile.js';
import { parseAnswers, type ParseAnswersResult } from './parse-answers.js';

const compiled = compileModel(kitchenSinkModel);

const fullAnswers = {
  '1': false,
  '2': ['NUVARANDE_ARBETE', 'NUVARANDE_ARBETE'],
  '3': 'Snickare',
  '4': [{ code: 'ANNAT', date: 'inte ett datum' }],
  '5': '',
  '6': [
    { code: 'J20', description: 'Akut bronkit', system: 'ICD_10_SE' },
    { code: '', description: '' },
  ],
  '23': { text: '', icfCodes: ['b440', 'b440'] },
  '7': [{ code: 'HALFTEN', from: '2025-03-01', to: '' }],
  '8': true,
  '12': 'ATER_X_ANTAL_MANADER',
  '13': 120,
  '14': 'SEXTIO_DGR',
  '15': '2025-03-01',
  '17': { from: '2025-03-01', to: '' },
  '18': 1899,
  '19': '2024-13-00',
  '20': true,
  '21': { right: { withoutCorrection: 2.5, contactLens: true }, left: {}, binocular: { withCorrection: 0.8 } },
  '22': [
    { code: 'NEUROPSYKIATRISKT', date: '2025-01-01', source: 'Habiliteringen' },
    { code: '', date: '', source: '' },
  ],
  UNIT_CONTACT: { address: 'Storgatan 1', zipCode: '111 22', city: 'Stockholm', phone: '' },
};

function problems(result: ParseAnswersResult) {
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('parseAnswers', () => {
  it('accepts every kind in its JSON shape, content problems included (they are validation’s job)', () => {
    const result = parseAnswers(compiled, fullAnswers);
    expect(result).toEqual({ ok: true, answers: fullAnswers });
    expect(parseAnswers(compiled, {})).toEqual({ ok: true, answers: {} });
  });

  it('returns fresh copies, not the client’s objects', () => {
    const result = parseAnswers(compiled, fullAnswers);
    if (!result.ok) throw new Error('expected ok');
    expect(result.answers['7']).not.toBe(fullAnswers['7']);
  });

  it('rejects anything but a plain object', () => {
    for (const input of [null, [], 'x', 1, new Date()]) {
      expect(problems(parseAnswers(compiled, input))).toEqual([
        { path: '', message: 'Answers must be a JSON object keyed by element id' },
      ]);
    }
  });

  it('rejects unknown element ids and elements that hold no answer', () => {
    const input = JSON.parse('{"nope": 1, "__proto__": {"x": 1}, "KAT_1": true, "smitta": "x"}') as unknown;
    expect(problems(parseAnswers(compiled, input))).toEqual([
      { path: 'nope', message: "Unknown element id 'nope'" },
      { path: '__proto__', message: "Unknown element id '__proto__'" },
      { elementId: 'KAT_1', path: 'KAT_1', message: "Element 'KAT_1' (category) holds no answer" },
      { elementId: 'smitta', path: 'smitta', message: "Element 'smitta' (message) holds no answer" },
    ]);
  });

  it('rejects scalars of the wrong type or size', () => {
    const result = parseAnswers(compiled, {
      '1': 'true',
      '3': 'x'.repeat(20_001),
      '13': 1.5,
      '15': '2025-03-01T00:00:00.000Z',
      '12': 'OKAND',
      '14': 3,
    });
    expect(problems(result).map((p) => [p.path, p.message])).toEqual([
      // Integer-like keys iterate in numeric order.
      ['1', 'Expected true or false'],
      ['3', 'Text is longer than 20000 characters'],
      ['12', "Unknown option 'OKAND'; expected one of STOR_SANNOLIKHET, ATER_X_ANTAL_MANADER, PROGNOS_OKLAR"],
      ['13', 'Expected an integer'],
      ['14', 'Expected an option id (string)'],
      ['15', 'Text is longer than 20 characters'],
    ]);
    expect(problems(parseAnswers(compiled, { '13': Number.POSITIVE_INFINITY }))[0]?.message).toBe(
      'Expected an integer',
    );
  });

  it('rejects code lists with unknown codes or too many entries', () => {
    expect(problems(parseAnswers(compiled, { '2': ['STUDIER', 'OKAND'] }))).toEqual([
      {
        elementId: '2',
        path: '2[1]',
        message: "Unknown option 'OKAND'; expected one of NUVARANDE_ARBETE, ARBETSSOKANDE, STUDIER, EJ_AKTUELLT",
      },
    ]);
    expect(problems(parseAnswers(compiled, { '2': Array(9).fill('STUDIER') }))[0]).toMatchObject({
      path: '2',
      message: 'At most 8 entries are allowed, got 9',
    });
    expect(parseAnswers(compiled, { '2': Array(8).fill('STUDIER') }).ok).toBe(true);
    expect(problems(parseAnswers(compiled, { '2': 'STUDIER' }))[0]?.message).toBe('Expected an array');
  });

  it('rejects rows with missing, unknown or mistyped properties', () => {
    const result = parseAnswers(compiled, {
      '4': [{ code: 'ANNAT' }],
      '7': [
        { code: 'HALFTEN', from: '2025-03-01', to: '2025-03-02', extra: 1 },
        { code: 'OKAND', from: 1, to: '' },
      ],
      '6': [{ code: 'J20', description: 'x', system: 'ICD_9' }],
      UNIT_CONTACT: { address: 'a', zipCode: 'b', city: 'c' },
    });
    expect(problems(result).map((p) => [p.elementId, p.path, p.message])).toEqual([
      ['4', '4[0].date', "Missing property 'date'"],
      ['6', '6[0].system', "Unknown code system 'ICD_9'; expected one of ICD_10_SE, KSH_97_P"],
      ['7', '7[0].extra', "Unknown property 'extra'"],
      ['7', '7[1].code', "Unknown option 'OKAND'; expected one of EN_FJARDEDEL, HALFTEN, TRE_FJARDEDEL, HELT_NEDSATT"],
      ['7', '7[1].from', 'Expected a string'],
      ['UNIT_CONTACT', 'UNIT_CONTACT.phone', "Missing property 'phone'"],
    ]);
  });

  it('bounds diagnosis rows by the model and their strings by size', () => {
    const row = { code: 'J20', description: 'x' };
    expect(problems(parseAnswers(compiled, { '6': [row, row, row, row] }))[0]?.message).toBe(
      'At most 3 entries are allowed, got 4',
    );
    const result = parseAnswers(compiled, { '6': [{ code: 'J'.repeat(21), description: 'd'.repeat(1001) }] });
    expect(problems(result).map((p) => p.path)).toEqual(['6[0].code', '6[0].description']);
    expect(
      problems(
        parseAnswers(compiled, { UNIT_CONTACT: { address: 'a'.repeat(201), zipCode: '', city: '', phone: '' } }),
      )[0]?.path,
    ).toBe('UNIT_CONTACT.address');
    expect(problems(parseAnswers(compiled, { '7': [null] }))[0]).toMatchObject({ path: '7[0]' });
  });

  it('reads an ICF answer as { text, icfCodes }, a bare string as text without codes', () => {
    expect(parseAnswers(compiled, { '23': 'Andfådd.' })).toEqual({
      ok: true,
      answers: { '23': { text: 'Andfådd.', icfCodes: [] } },
    });
    const result = parseAnswers(compiled, {
      '23': { text: 'Andfådd.', icfCodes: ['b440', 'B440', 'icf', 7] },
    });
    expect(problems(result).map((p) => p.path)).toEqual(['23.icfCodes[1]', '23.icfCodes[2]', '23.icfCodes[3]']);
    expect(problems(parseAnswers(compiled, { '23': { text: 'x' } }))[0]).toMatchObject({ path: '23.icfCodes' });
    expect(problems(parseAnswers(compiled, { '23': { text: 'x', icfCodes: Array(7).fill('b440') } }))[0]).toMatchObject(
      { path: '23.icfCodes', message: 'At most 6 entries are allowed, got 7' },
    );
  });

  it('rejects date ranges, years and uncertain dates of the wrong shape', () => {
    const result = parseAnswers(compiled, {
      '17': { from: '2025-03-01', to: '2025-03-02', extra: '' },
      '18': 2020.5,
      '19': 20240301,
    });
    expect(problems(result).map((p) => [p.path, p.message])).toEqual([
      ['17.extra', "Unknown property 'extra'"],
      ['18', 'Expected an integer year'],
      ['19', 'Expected a string'],
    ]);
    expect(problems(parseAnswers(compiled, { '17': { from: '2025-03-01' } }))[0]).toMatchObject({
      path: '17.to',
      message: "Missing property 'to'",
    });
    expect(problems(parseAnswers(compiled, { '17': ['2025-03-01', '2025-03-02'] }))[0]?.message).toBe(
      'Expected an object with from, to',
    );
  });

  it('rejects visual-acuity tables with missing eyes, unknown cells or values of the wrong type', () => {
    const result = parseAnswers(compiled, {
      '21': {
        right: { withoutCorrection: '0,8' },
        left: { withCorrection: Number.NaN, sharpness: 1 },
        binocular: { withoutCorrection: 1, contactLens: true },
      },
    });
    expect(problems(result).map((p) => [p.path, p.message])).toEqual([
      ['21.right.withoutCorrection', 'Expected a number'],
      ['21.left.sharpness', "Unknown property 'sharpness'"],
      ['21.binocular.contactLens', "Unknown property 'contactLens'"],
    ]);
    expect(problems(parseAnswers(compiled, { '21': { right: {}, left: {} } }))).toEqual([
      { elementId: '21', path: '21.binocular', message: "Missing property 'binocular'" },
    ]);
    expect(
      problems(parseAnswers(compiled, { '21': { right: {}, left: { contactLens: 'ja' }, binocular: 1 } })),
    ).toEqual([
      { elementId: '21', path: '21.left.contactLens', message: 'Expected true or false' },
      { elementId: '21', path: '21.binocular', message: 'Expected an object' },
    ]);
  });

  it('refuses contact lenses on a table that has none', () => {
    const model = {
      ...kitchenSinkModel,
      elements: kitchenSinkModel.elements.map((category) => ({
        ...category,
        children: category.children?.map((e) => (e.id === '21' ? { ...e, contactLenses: false } : e)),
      })),
    } as typeof kitchenSinkModel;
    const answer = { right: { contactLens: true }, left: {}, binocular: {} };
    expect(problems(parseAnswers(compileModel(model), { '21': answer }))[0]?.path).toBe('21.right.contactLens');
  });

  it('rejects investigation rows with unknown codes, missing properties or too many rows', () => {
    const row = { code: 'NEUROPSYKIATRISKT', date: '2025-01-01', source: 'x' };
    const result = parseAnswers(compiled, {
      '22': [
        { ...row, code: 'OKAND' },
        { code: 'OVRIGT_UTLATANDE', date: '2025-01-01' },
        { ...row, source: 's'.repeat(20_001) },
      ],
    });
    expect(problems(result).map((p) => [p.path, p.message])).toEqual([
      [
        '22[0].code',
        "Unknown option 'OKAND'; expected one of NEUROPSYKIATRISKT, UTREDNING_SPECIALIST, OVRIGT_UTLATANDE",
      ],
      ['22[1].source', "Missing property 'source'"],
      ['22[2].source', 'Text is longer than 20000 characters'],
    ]);
    // Twice maxRows (3) reach validation, which reports investigations.max; more are refused here.
    expect(parseAnswers(compiled, { '22': Array(6).fill(row) }).ok).toBe(true);
    expect(problems(parseAnswers(compiled, { '22': Array(7).fill(row) }))[0]?.message).toBe(
      'At most 6 entries are allowed, got 7',
    );
  });
});
