/**
 * Answer fixtures for FK7804 v2.0, validated on `today`. Every invalid fixture is `minimal` with one
 * change and names the error it must give (see fixture-types.ts).
 */
import type { Answers } from '@intyg/core';
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
  periodInvalidFixtures,
  textBlankFixture,
  textLimitFixture,
  unitContactEmptyErrors,
  unitContactMissingFixture,
} from '../../common/invalid-fixtures.js';
import {
  DIAGNOSES_V2,
  GRUND_OPTIONS_V2,
  MAXIMAL_V2,
  MINIMAL_V2,
  oneDiagnosis,
  onePeriod,
  partialPeriodFixtures,
  PERIODS_V2,
  today,
} from '../../common/sick-leave-fixtures.js';
import { UNIT_CONTACT_ELEMENT_ID as UNIT } from '../../common/unit-contact.js';
import type { CertificateFixtures, ExpectedError, InvalidFixture } from '../../fixture-types.js';

/** The fewest answers of an ordinary sick-pay certificate (smittbärarpenning not ticked). */
const minimal: Answers = {
  ...MINIMAL_V2,
  '1': [{ code: 'FYSISKUNDERSOKNING', date: '2025-10-01' }],
  '28': ['ARBETSSOKANDE'],
  '6': oneDiagnosis,
};

const maximal: Answers = { ...MAXIMAL_V2, '26': true, '26.2': 'Vill diskutera arbetsträning.' };

const mandatory = mandatoryQuestions(minimal, [
  ['1', '1'],
  ['28', '28'],
  ['6', 'huvuddiagnos.code'],
  ['35', '35.1'],
  ['17', '17.1'],
  ['32', '32'],
  ['39', '39.1'],
]);

const emptyErrors: ExpectedError[] = [...mandatory.errors, ...unitContactEmptyErrors];

const fixture = fixtureMaker(minimal);

const invalid: InvalidFixture[] = [
  // mandatory
  mandatory.notAnswered('1'),
  fixture('1: ANNAT without 1.3', { '1': [{ code: 'ANNAT', date: '2025-10-01' }] }, error('mandatory', '1.3', '1.3')),
  mandatory.notAnswered('28'),
  fixture('28: NUVARANDE_ARBETE without 29', { '28': ['NUVARANDE_ARBETE'] }, error('mandatory', '29', '29.1')),
  mandatory.notAnswered('6'),
  mandatory.notAnswered('35'),
  mandatory.notAnswered('17'),
  mandatory.notAnswered('32'),
  ...partialPeriodFixtures(minimal, 'HALFTEN'),
  mandatory.notAnswered('39'),
  fixture(
    '39: ATER_X_ANTAL_MANADER without 39.4',
    { '39': 'ATER_X_ANTAL_MANADER' },
    error('mandatory', '39.4', '39.4'),
  ),
  fixture('39: PROGNOS_OKLAR without 39.2', { '39': 'PROGNOS_OKLAR' }, error('mandatory', '39.2', '39.2')),
  // text
  textLimitFixture(minimal, '1.3', '1.3', 50, { shown: { '1': [{ code: 'ANNAT', date: '2025-10-01' }] } }),
  textLimitFixture(minimal, '35', '35.1', 4000),
  textLimitFixture(minimal, '25', '25.1', 4000),
  textBlankFixture(minimal, '19', '19.1', '   \n '),
  // dates of 1
  ...dateListInvalidFixtures(minimal, {
    elementId: '1',
    options: GRUND_OPTIONS_V2,
    today,
    notADate: '2025-02-30',
    undated: true,
    allTicked: { '1.3': 'Intyg från fysioterapeut' },
  }),
  // codes of 28
  codeDuplicateFixture(minimal, '28', 'STUDIER'),
  // periods of 32
  ...periodInvalidFixtures(minimal, PERIODS_V2),
  // diagnoses of 6
  ...diagnosisInvalidFixtures(minimal, DIAGNOSES_V2),
  // integer 39.4
  fixture('39.4 above 99', { '39': 'ATER_X_ANTAL_MANADER', '39.4': 100 }, error('integer.range', '39.4', '39.4')),
  fixture('39.4 below 1', { '39': 'ATER_X_ANTAL_MANADER', '39.4': 0 }, error('integer.range', '39.4', '39.4')),
  // unit contact
  unitContactMissingFixture(minimal, 'phone', ' '),
];

export const lisjpV2Fixtures: CertificateFixtures = {
  today,
  empty: {},
  emptyErrors,
  minimal,
  maximal,
  alsoValid: [
    {
      name: 'smittbärarpenning: only what is not hidden',
      answers: { '27': true, '6': oneDiagnosis, '32': onePeriod, [UNIT]: unitContactAnswer },
    },
    {
      name: 'smittbärarpenning: hidden answers are not validated',
      answers: changed(minimal, { '27': true, '35': textOfLength(4001), '28': ['NUVARANDE_ARBETE'] }),
    },
  ],
  invalid,
};
