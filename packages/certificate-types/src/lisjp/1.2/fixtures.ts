/**
 * Answer fixtures for LISJP v1 (texts 1.2), validated on `today`. Every invalid fixture is `minimal`
 * with one change and names the error it must give (see fixture-types.ts).
 */
import type { Answers } from '@intyg/core';
import { ATGARDER_V1_CODES } from '../../common/code-systems.js';
import { changed, error, fixtureMaker, mandatoryQuestions, unitContactAnswer } from '../../common/fixture-helpers.js';
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

const MOTIVERING_EJ_UNDERSOKNING = 'motiveringTillInteBaseratPaUndersokning';
const MOTIVERING_TIDIGT_STARTDATUM = 'motiveringTillTidigtStartdatumForSjukskrivning';

const ATGARDER_BUT_EJ_AKTUELLT = ATGARDER_V1_CODES.filter((code) => code !== 'EJ_AKTUELLT');

/** The fewest answers of an ordinary sick-pay certificate (avstängning enligt smittskyddslagen not ticked). */
const minimal: Answers = {
  ...minimalShared,
  '1': [{ code: 'UNDERSOKNING', date: '2025-10-01' }],
  '28': ['ARBETSSOKANDE'],
  '6': oneDiagnosis,
  '40': ['EJ_AKTUELLT'],
};

const maximal: Answers = {
  ...LEGACY_MAXIMAL,
  '1': [
    { code: 'TELEFONKONTAKT', date: '2025-09-30' },
    { code: 'JOURNALUPPGIFTER', date: '2020-05-12' },
    { code: 'ANNAT', date: '2025-09-01' },
  ],
  [MOTIVERING_EJ_UNDERSOKNING]: 'Patienten bor långt från vårdcentralen; bedömningen gjordes per telefon.',
  [MOTIVERING_TIDIGT_STARTDATUM]: 'Patienten sökte vård först efter en vecka.',
  '40': ATGARDER_BUT_EJ_AKTUELLT,
  '26': true,
  '26.2': 'Vill diskutera arbetsträning.',
};

const mandatory = mandatoryQuestions(minimal, [
  ['1', '1'],
  ['28', '28'],
  ['6', 'huvuddiagnos.code'],
  ['35', '35.1'],
  ['17', '17.1'],
  ['32', '32'],
  ['39', '39.1'],
  ['40', '40'],
]);

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
  fixture('28: NUVARANDE_ARBETE without 29', { '28': ['NUVARANDE_ARBETE'] }, error('mandatory', '29', '29.1')),
  mandatory.notAnswered('6'),
  mandatory.notAnswered('35'),
  mandatory.notAnswered('17'),
  mandatory.notAnswered('32'),
  ...partialPeriodFixtures(minimal, 'TRE_FJARDEDEL'),
  mandatory.notAnswered('39'),
  fixture('39: ATER_X_ANTAL_DGR without 39.3', { '39': 'ATER_X_ANTAL_DGR' }, error('mandatory', '39.3', '39.3')),
  mandatory.notAnswered('40'),
  // text
  textLimitFixture(minimal, '35', '35.1', 4000),
  textLimitFixture(minimal, '25', '25.1', 2700),
  textLimitFixture(minimal, MOTIVERING_EJ_UNDERSOKNING, MOTIVERING_EJ_UNDERSOKNING, 150, {
    label: 'motivering (not based on an examination)',
    shown: { '1': [{ code: 'TELEFONKONTAKT', date: '2025-10-01' }] },
  }),
  textLimitFixture(minimal, MOTIVERING_TIDIGT_STARTDATUM, MOTIVERING_TIDIGT_STARTDATUM, 150, {
    label: 'motivering (early start)',
    shown: { '32': [{ code: 'HELT_NEDSATT', from: '2025-09-24', to: '2025-10-14' }] },
  }),
  textBlankFixture(minimal, '20', '20.1', ' \t '),
  // dates of 1
  ...dateListInvalidFixtures(minimal, {
    elementId: '1',
    options: GRUND_OPTIONS_V1,
    today,
    notADate: '2025-13-01',
  }),
  // codes
  codeDuplicateFixture(minimal, '28', 'STUDIER'),
  ...exclusiveCodeListInvalidFixtures(minimal, '40', ATGARDER_V1_CODES, 'measure'),
  // periods of 32
  ...periodInvalidFixtures(minimal, LEGACY_PERIODS),
  // diagnoses of 6
  ...diagnosisInvalidFixtures(minimal, {
    ...LEGACY_DIAGNOSES,
    imprecise: { code: 'Z73', description: 'Problem med livsstilen' },
  }),
  // unit contact
  unitContactMissingFixture(minimal, 'zipCode'),
];

export const lisjpV1Fixtures: CertificateFixtures = {
  today,
  empty: {},
  emptyErrors,
  minimal,
  maximal,
  alsoValid: [
    {
      name: 'avstängning enligt smittskyddslagen: only what is not hidden',
      answers: { '27': true, '6': oneDiagnosis, '32': onePeriod, [UNIT]: unitContactAnswer },
    },
    {
      name: 'EJ_AKTUELLT alone hides 44: its answer is not validated',
      answers: changed(minimal, { '44': '   ' }),
    },
  ],
  invalid,
};
