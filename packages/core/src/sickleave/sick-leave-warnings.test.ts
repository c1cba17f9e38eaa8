import { describe, expect, it } from 'vitest';
import type { CertificateModel } from '../model/certificate-model.js';
import { checkModel } from '../model/check.js';
import { kitchenSinkModel } from '../test-support/kitchen-sink-model.js';
import { sickLeaveWarnings, type SickLeaveRecommendations } from './sick-leave-warnings.js';

const model: CertificateModel = {
  ...kitchenSinkModel,
  sickLeave: { periodsElementId: '7', diagnosesElementId: '6', partOfSickLeaveCase: true, fmbMotivationElementId: '3' },
};

/** FMB as the real data has it for two codes: M54 two weeks, F32 six months (31-day months). */
const fmb: SickLeaveRecommendations = {
  longest(codes) {
    const known = { M545: { days: 14, source: '2 veckor' }, F321: { days: 186, source: '6 månader' } };
    const found = codes.flatMap((code) => (code in known ? [{ ...known[code as keyof typeof known], code }] : []));
    return found.sort((a, b) => b.days - a.days)[0];
  },
};

const draft = (from: string, to: string, code = 'M54.5', system?: string) => ({
  id: 'draft',
  answers: {
    '6': [{ code, description: 'Lumbago', ...(system ? { system } : {}) }],
    '7': [{ code: 'HELT_NEDSATT', from, to }],
  },
});

const warn = (d: ReturnType<typeof draft>, others: { id: string; periods: { from: string; to: string }[] }[] = []) =>
  sickLeaveWarnings({ model, draft: d, others, recommendations: fmb });

describe('sick-leave warnings', () => {
  it('the model declaration is checked at load time', () => {
    expect(checkModel(model)).toEqual([]);
    const wrong = { ...model, sickLeave: { ...model.sickLeave!, periodsElementId: '6', fmbMotivationElementId: '12' } };
    expect(checkModel(wrong).map((problem) => problem.message)).toEqual([
      "sickLeave.periodsElementId '6' is not a sickLeavePeriods element",
      "sickLeave.fmbMotivationElementId '12' is not a text element",
    ]);
  });

  it('warns, pointing to the motivation, when the draft alone is longer than FMB recommends', () => {
    expect(warn(draft('2025-03-01', '2025-03-20'))).toEqual([
      {
        ruleId: 'fmb.sickLeaveLength',
        elementId: '7',
        level: 'warning',
        pointsTo: '3',
        message: {
          sv:
            'Den föreslagna sjukskrivningsperioden är längre än FMBs rekommendation på 14 dagar (2 veckor) för ' +
            'diagnosen M54.5. Ange en motivering för att underlätta Försäkringskassans handläggning.',
          en: expect.stringContaining('longer than FMB'),
        },
      },
    ]);
  });

  it('says nothing when the period is within the recommendation, or FMB has none for the code', () => {
    expect(warn(draft('2025-03-01', '2025-03-14'))).toEqual([]);
    expect(warn(draft('2025-03-01', '2025-03-31', 'J20'))).toEqual([]);
    // FMB supports ICD-10-SE only: a KSH97-P row gets no recommendation.
    expect(warn(draft('2025-03-01', '2025-03-31', 'M545', 'KSH_97_P'))).toEqual([]);
    expect(warn(draft('2025-03-01', ''))).toEqual([]);
  });

  it('counts the earlier certificates of the case at the unit, and says so', () => {
    const earlier = [{ id: 'earlier', periods: [{ from: '2025-02-20', to: '2025-02-26' }] }];
    const [warning] = warn(draft('2025-03-01', '2025-03-10'), earlier);
    expect(warning?.message.sv).toBe(
      'Den totala sjukskrivningsperioden är 17 dagar och därmed längre än FMBs rekommendation på 14 dagar ' +
        '(2 veckor) för diagnosen M54.5. Ange en motivering för att underlätta Försäkringskassans handläggning. ' +
        'Sjukskrivningsperioden är baserad på patientens sammanhängande intyg på denna vårdenhet.',
    );
    // Six days apart is another case.
    expect(warn(draft('2025-03-05', '2025-03-10'), earlier)).toEqual([]);
  });

  it('takes the longest recommendation among the diagnoses', () => {
    const answers = {
      '6': [
        { code: 'M545', description: 'Lumbago' },
        { code: 'F321', description: 'Medelsvår depressiv episod' },
      ],
      '7': [{ code: 'HELT_NEDSATT', from: '2025-03-01', to: '2025-04-30' }],
    };
    expect(sickLeaveWarnings({ model, draft: { id: 'd', answers }, others: [], recommendations: fmb })).toEqual([]);
  });

  it('notes a case longer than six months', () => {
    const earlier = [{ id: 'earlier', periods: [{ from: '2024-09-01', to: '2025-02-28' }] }];
    const warnings = warn(draft('2025-03-01', '2025-03-14', 'F32.1'), earlier);
    // 195 days is also more than FMB's six months (186 days) for F32.1.
    expect(warnings.map((w) => [w.ruleId, w.level])).toEqual([
      ['fmb.sickLeaveLength', 'warning'],
      ['sickLeave.longCase', 'info'],
    ]);
    expect(warnings[1]!.message.sv).toMatch(/^Patientens sjukfall är 195 dagar, längre än sex månader\./);
  });

  it('gives nothing for a model without a sick-leave declaration', () => {
    const answers = draft('2025-01-01', '2025-12-31').answers;
    const none = { model: kitchenSinkModel, draft: { id: 'd', answers }, others: [], recommendations: fmb };
    expect(sickLeaveWarnings(none)).toEqual([]);
  });
});
