/**
 * Fixture building blocks for the questions all three utlåtanden share (`common/fk-utlatande.ts`): 1, 1.3,
 * 1.4, 2, 3, 4, 6, 25, 26 and the unit. Each type's fixtures add their own questions; every invalid fixture is
 * the type's minimal answers with one change (see fixture-types.ts).
 */
import type { Answers } from '@intyg/core';
import {
  MOTIVERING_ELEMENT_ID,
  MOTIVERING_FIELD_ID,
  type UnderlagCode,
  UTLATANDE_GRUND_CODES,
} from '../common/fk-utlatande.js';
import {
  changed,
  error,
  fixtureMaker,
  kshDiagnoses,
  textOfLength,
  unitContactAnswer,
} from '../common/fixture-helpers.js';
import {
  dateListInvalidFixtures,
  diagnosisInvalidFixtures,
  textBlankFixture,
  textLimitFixture,
  unitContactEmptyErrors,
  unitContactMissingFixture,
} from '../common/invalid-fixtures.js';
import { UNIT_CONTACT_ELEMENT_ID as UNIT } from '../common/unit-contact.js';
import type { ExpectedError, InvalidFixture } from '../fixture-types.js';

export const today = '2025-10-01';

export const oneDiagnosis = [{ code: 'M545', description: 'Lumbago' }];

export function investigation(code: string, date = '2025-06-01', source = 'Neuropsykiatriska kliniken, Sahlgrenska') {
  return { code, date, source };
}

/** Minimal answers of the shared questions: an examination, kännedom well before it, no other investigations. */
export const minimalShared: Answers = {
  '1': [{ code: 'UNDERSOKNING', date: '2025-09-30' }],
  '2': '2019-03-12',
  '3': false,
  '6': oneDiagnosis,
  [UNIT]: unitContactAnswer,
};

/** The errors of no answers at all to the shared questions. */
export const emptyErrorsShared: ExpectedError[] = [
  error('mandatory', '1', '1'),
  error('mandatory', '2', '2.1'),
  error('mandatory', '3', '3.1'),
  error('mandatory', '6', 'huvuddiagnos.code'),
  ...unitContactEmptyErrors,
];

/**
 * Every shared question answered, without an examination so that 1.4 shows; `underlag` are three types
 * the type offers.
 */
export function maximalShared(underlag: readonly [UnderlagCode, UnderlagCode, UnderlagCode]): Answers {
  return {
    '1': [
      { code: 'JOURNALUPPGIFTER', date: '2025-09-29' },
      { code: 'ANHORIG', date: '2025-09-30' },
      { code: 'ANNAT', date: '2025-09-15' },
    ],
    '1.3': 'Utlåtande från arbetsförmedlingens arbetsterapeut',
    [MOTIVERING_ELEMENT_ID]: 'Patienten vistas utomlands; bedömningen bygger på journal och anhörigs beskrivning.',
    '2': '2012-05-23',
    '3': true,
    '4': underlag.map((code, i) => investigation(code, `2025-0${6 + i}-01`, `Vårdgivare ${i + 1}`)),
    '6': kshDiagnoses,
    '25': 'Patienten har tidigare haft ersättning från Försäkringskassan.',
    '26': true,
    '26.2': 'Vill diskutera rehabiliteringsmöjligheter.',
    [UNIT]: unitContactAnswer,
  };
}

/** Valid variants of `minimal`: what hidden questions and equal dates must not turn into errors. */
export function alsoValidShared(minimal: Answers): { name: string; answers: Answers }[] {
  return [
    { name: 'kännedom on the day of the examination', answers: changed(minimal, { '2': '2025-09-30' }) },
    {
      name: '3 = Nej hides 4: its answer is not validated',
      answers: changed(minimal, { '4': [{ code: '', date: 'igår', source: '' }] }),
    },
    { name: 'without ANNAT, 1.3 is hidden', answers: changed(minimal, { '1.3': ' ' }) },
    {
      name: 'an examination hides the motivering',
      answers: changed(minimal, { [MOTIVERING_ELEMENT_ID]: textOfLength(151) }),
    },
    { name: '26.1 unticked hides 26.2', answers: changed(minimal, { '26.2': '   ' }) },
  ];
}

/** Invalid fixtures of the shared questions, on `minimal` (which must answer them as `minimalShared`). */
export function invalidShared(minimal: Answers, ovrigtLimit: number): InvalidFixture[] {
  const fixture = fixtureMaker(minimal);
  const examination = { code: 'UNDERSOKNING', date: '2025-09-30' };
  return [
    // 1, 1.3, 1.4
    fixture('1 not answered', { '1': undefined }, error('mandatory', '1', '1')),
    fixture(
      '1: ANNAT without 1.3',
      { '1': [examination, { code: 'ANNAT', date: '2025-09-01' }] },
      error('mandatory', '1.3', '1.3'),
    ),
    textLimitFixture(minimal, '1.3', '1.3', 3500, {
      shown: { '1': [examination, { code: 'ANNAT', date: '2025-09-01' }] },
    }),
    textLimitFixture(minimal, MOTIVERING_ELEMENT_ID, MOTIVERING_FIELD_ID, 150, {
      label: 'motivering (not based on an examination)',
      shown: { '1': [{ code: 'JOURNALUPPGIFTER', date: '2025-09-30' }] },
    }),
    ...dateListInvalidFixtures(minimal, {
      elementId: '1',
      options: UTLATANDE_GRUND_CODES,
      today,
      date: examination.date,
      notADate: '2025-02-30',
    }),
    fixture(
      '1: five rows',
      {
        '1': [
          examination,
          { code: 'JOURNALUPPGIFTER', date: '2025-09-30' },
          { code: 'ANHORIG', date: '2025-09-30' },
          { code: 'ANNAT', date: '2025-09-30' },
          { code: 'JOURNALUPPGIFTER', date: '2025-09-29' },
        ],
        '1.3': 'Uppgifter från arbetsgivaren',
      },
      error('codes.max', '1', '1'),
      [error('codes.duplicate', '1', 'JOURNALUPPGIFTER')],
    ),
    // 2 kännedom
    fixture('2 not answered', { '2': undefined }, error('mandatory', '2', '2.1')),
    fixture('2: not a calendar date', { '2': '2019-13-01' }, error('date.invalid', '2', '2.1')),
    fixture('2: a date after today', { '2': '2025-10-02' }, error('date.max', '2', '2.1'), [
      error('check:kannedomAfterUndersokning', '2', '2.1'),
    ]),
    fixture('2: after the examination', { '2': '2025-10-01' }, error('check:kannedomAfterUndersokning', '2', '2.1')),
    fixture(
      '2: after the relative’s description',
      { '1': [examination, { code: 'ANHORIG', date: '2018-06-01' }] },
      error('check:kannedomAfterAnhorig', '2', '2.1'),
    ),
    // 3, 4
    fixture('3 not answered', { '3': undefined }, error('mandatory', '3', '3.1')),
    fixture('3 = Ja without 4', { '3': true }, error('mandatory', '4', '4[0].code')),
    fixture(
      '4: four investigations',
      {
        '3': true,
        '4': ['NEUROPSYKIATRISKT', 'PSYKOLOG', 'LOGOPED', 'OVRIGT_UTLATANDE'].map((code) => investigation(code)),
      },
      error('investigations.max', '4', '4'),
    ),
    fixture(
      '4: a row without source',
      { '3': true, '4': [investigation('PSYKOLOG', '2025-06-01', ' ')] },
      error('investigations.incomplete', '4', '4[0].source'),
    ),
    fixture(
      '4: a source longer than 3500 characters',
      { '3': true, '4': [investigation('PSYKOLOG', '2025-06-01', textOfLength(3501))] },
      error('text.limit', '4', '4[0].source'),
    ),
    fixture(
      '4: an empty first row before a filled one',
      { '3': true, '4': [{ code: '', date: '', source: '' }, investigation('PSYKOLOG')] },
      error('investigations.incomplete', '4', '4[0].code'),
      [error('investigations.incomplete', '4', '4[0].date'), error('investigations.incomplete', '4', '4[0].source')],
    ),
    fixture(
      '4: a date that is not a calendar date',
      { '3': true, '4': [investigation('PSYKOLOG', '2025-06-31')] },
      error('date.invalid', '4', '4[0].date'),
    ),
    fixture(
      '4: a date after today',
      { '3': true, '4': [investigation('PSYKOLOG', '2025-10-02')] },
      error('date.max', '4', '4[0].date'),
    ),
    // 6 diagnoses
    fixture('6 not answered', { '6': undefined }, error('mandatory', '6', 'huvuddiagnos.code')),
    ...diagnosisInvalidFixtures(minimal, {
      elementId: '6',
      rows: [oneDiagnosis[0]!, { code: 'J069', description: 'Övre luftvägsinfektion' }],
      blankCode: ' ',
      wrongLength: { code: 'M5', description: 'Ryggsjukdom' },
      imprecise: { code: 'F32', description: 'Depressiv episod' },
      otherSystem: { code: 'F438A', description: 'Utmattningssyndrom', system: 'KSH_97_P' },
    }),
    // 25, 26
    textLimitFixture(minimal, '25', '25.1', ovrigtLimit),
    textBlankFixture(minimal, '25', '25.1', ' \n '),
    textLimitFixture(minimal, '26.2', '26.2', 3500, { shown: { '26': true } }),
    // unit contact
    unitContactMissingFixture(minimal, 'phone', ' '),
  ];
}
