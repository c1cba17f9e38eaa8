/**
 * Answer fixtures for AG7804 v1 (texts 1.1), validated on `today`. Every invalid fixture is `minimal`
 * with one change and names the error it must give (see fixture-types.ts).
 */
import type { Answers } from '@intyg/core';
import { ATGARDER_V1_CODES } from '../../common/code-systems.js';
import {
  changed,
  error,
  fixtureMaker,
  mandatoryQuestions,
  textOfLength,
  unitContactAnswer,
} from '../../common/fixture-helpers.js';
import {
  codeDuplicateFixture,
  dateListInvalidFixtures,
  diagnosisInvalidFixtures,
  exclusiveCodeListInvalidFixtures,
  periodInvalidFixtures,
  textBlankFixture,
  textLimitFixture,
  unitContactEmptyErrors,
  unitContactMissingFixture,
} from '../../common/invalid-fixtures.js';
import {
  GRUND_OPTIONS_V1,
  LEGACY_DIAGNOSES,
  LEGACY_MAXIMAL,
  LEGACY_PERIODS,
  minimalShared,
  oneDiagnosis,
  onePeriod,
  partialPeriodFixtures,
  today,
} from '../../common/sick-leave-fixtures.js';
import { UNIT_CONTACT_ELEMENT_ID as UNIT } from '../../common/unit-contact.js';
import type { CertificateFixtures, ExpectedError, InvalidFixture } from '../../fixture-types.js';

const ATGARDER = ATGARDER_V1_CODES.filter((code) => code !== 'SOKA_NYTT_ARBETE' && code !== 'KONFLIKTHANTERING');
const ATGARDER_BUT_EJ_AKTUELLT = ATGARDER.filter((code) => code !== 'EJ_AKTUELLT');

/** The fewest answers of an ordinary certificate whose patient shares the diagnosis with the employer. */
const minimal: Answers = {
  ...minimalShared,
  '1': [{ code: 'UNDERSOKNING', date: '2025-10-01' }],
  '28': ['NUVARANDE_ARBETE'],
  '29': 'Lagerarbetare: truckkörning och plock, tunga lyft.',
  '100': true,
  '6': oneDiagnosis,
  '40': ['EJ_AKTUELLT'],
};

const maximal: Answers = {
  ...LEGACY_MAXIMAL,
  '1': [
    { code: 'UNDERSOKNING', date: '2025-10-01' },
    { code: 'TELEFONKONTAKT', date: '2025-09-30' },
    { code: 'JOURNALUPPGIFTER', date: '2020-05-12' },
    { code: 'ANNAT', date: '2025-09-01' },
  ],
  '100': true,
  '40': ATGARDER_BUT_EJ_AKTUELLT,
  '103': true,
  '103.2': 'Vill diskutera anpassade arbetsuppgifter; kontakta i första hand patientens närmaste chef.',
};

const mandatory = mandatoryQuestions(minimal, [
  ['1', '1'],
  ['28', '28'],
  ['100', '100.1'],
  ['35', '35.1'],
  ['17', '17.1'],
  ['32', '32'],
  ['39', '39.1'],
  ['40', '40'],
]);

/** 6 is not among them: while 100 is unanswered the diagnoses are disabled and only 100 is missing. */
const emptyErrors: ExpectedError[] = [...mandatory.errors, ...unitContactEmptyErrors];

const fixture = fixtureMaker(minimal);

const invalid: InvalidFixture[] = [
  // mandatory
  mandatory.notAnswered('1'),
  fixture(
    '1: ANNAT without 1.3',
    {
      '1': [
        { code: 'UNDERSOKNING', date: '2025-10-01' },
        { code: 'ANNAT', date: '2025-10-01' },
      ],
    },
    error('mandatory', '1.3', '1.3'),
  ),
  mandatory.notAnswered('28'),
  fixture('28: NUVARANDE_ARBETE without 29', { '29': undefined }, error('mandatory', '29', '29.1')),
  mandatory.notAnswered('100'),
  fixture('100 = Ja without a diagnosis', { '6': undefined }, error('mandatory', '6', 'huvuddiagnos.code')),
  mandatory.notAnswered('35'),
  mandatory.notAnswered('17'),
  mandatory.notAnswered('32'),
  ...partialPeriodFixtures(minimal, 'TRE_FJARDEDEL'),
  mandatory.notAnswered('39'),
  fixture('39: ATER_X_ANTAL_DGR without 39.3', { '39': 'ATER_X_ANTAL_DGR' }, error('mandatory', '39.3', '39.3')),
  mandatory.notAnswered('40'),
  // text
  textLimitFixture(minimal, '35', '35.1', 4000),
  textLimitFixture(minimal, '25', '25.1', 4000),
  textLimitFixture(minimal, '103.2', '103.2', 4000, { shown: { '103': true } }),
  textBlankFixture(minimal, '20', '20.1', ' \t '),
  // dates of 1
  ...dateListInvalidFixtures(minimal, {
    elementId: '1',
    options: GRUND_OPTIONS_V1,
    today,
    notADate: '2025-13-01',
    allTicked: { '1.3': 'Intyg från fysioterapeut' },
  }),
  // codes
  codeDuplicateFixture(minimal, '28', 'STUDIER'),
  ...exclusiveCodeListInvalidFixtures(minimal, '40', ATGARDER, 'measure'),
  // periods of 32
  ...periodInvalidFixtures(minimal, LEGACY_PERIODS),
  // diagnoses of 6
  ...diagnosisInvalidFixtures(minimal, LEGACY_DIAGNOSES),
  // unit contact
  unitContactMissingFixture(minimal, 'city'),
];

export const ag7804V1Fixtures: CertificateFixtures = {
  today,
  empty: {},
  emptyErrors,
  minimal,
  maximal,
  alsoValid: [
    {
      name: '100 = Nej hides the diagnoses: they are neither required nor validated',
      answers: changed(minimal, { '100': false, '6': [{ code: 'F32', description: '' }] }),
    },
    {
      name: 'avstängning enligt smittskyddslagen: only what is not hidden',
      answers: { '27': true, '100': true, '6': oneDiagnosis, '32': onePeriod, [UNIT]: unitContactAnswer },
    },
    {
      name: 'EJ_AKTUELLT alone hides 44, 103.1 unticked hides 103.2: their answers are not validated',
      answers: changed(minimal, { '44': '   ', '103': false, '103.2': textOfLength(4001) }),
    },
  ],
  invalid,
};
