/**
 * Answer fixtures for AG1-14 v1 (texts 1.0), validated on `today`. Every invalid fixture is `minimal`
 * with one change and names the error it must give (see fixture-types.ts).
 */
import type { Answers } from '@intyg/core';
import {
  changed,
  error,
  fixtureMaker,
  kshDiagnoses,
  mandatoryQuestions,
  textOfLength,
  unitContactAnswer,
} from '../../common/fixture-helpers.js';
import {
  dateListInvalidFixtures,
  dateRangeInvalidFixtures,
  diagnosisInvalidFixtures,
  textBlankFixture,
  textLimitFixture,
  unitContactEmptyErrors,
  unitContactMissingFixture,
} from '../../common/invalid-fixtures.js';
import { diagnosisRows, GRUND_OPTIONS_V1, oneDiagnosis, today } from '../../common/sick-leave-fixtures.js';
import { UNIT_CONTACT_ELEMENT_ID as UNIT } from '../../common/unit-contact.js';
import type { CertificateFixtures, ExpectedError, InvalidFixture } from '../../fixture-types.js';

const withDiagnosis = { '3': true, '4': oneDiagnosis } as const;

/** The fewest answers: the patient keeps the diagnosis to themself, no work capacity left. */
const minimal: Answers = {
  '10': [{ code: 'UNDERSOKNING', date: '2025-10-01' }],
  '1': 'NUVARANDE_ARBETE',
  '2': 'Lagerarbetare: truckkörning och plock, tunga lyft.',
  '3': false,
  '5': 'Feber och hosta; orkar inte fysiskt arbete.',
  '6': false,
  '7': 100,
  '7.2': { from: '2025-10-01', to: '2025-10-07' },
  [UNIT]: unitContactAnswer,
};

const maximal: Answers = {
  '10': [
    { code: 'UNDERSOKNING', date: '2025-10-01' },
    { code: 'TELEFONKONTAKT', date: '2025-09-29' },
    { code: 'JOURNALUPPGIFTER', date: '2024-03-12' },
    { code: 'ANNAT', date: '2025-09-30' },
  ],
  '10.3': 'Intyg från företagshälsovården',
  '1': 'NUVARANDE_ARBETE',
  '2': 'Undersköterska på vårdavdelning: förflyttningar av patienter, dagliga tunga lyft.',
  '3': true,
  '4': kshDiagnoses,
  '5': 'Smärta vid framåtböjning; kan inte lyfta patienter.',
  '6': true,
  '6.2': 'Kan utföra administrativa uppgifter sittande med pauser.',
  '7': 50,
  // 14 days or more: the message about AG7804 shows, which is no error.
  '7.2': { from: '2025-09-29', to: '2025-10-13' },
  '8': 'Återbesök om två veckor.',
  '9': true,
  '9.2': 'Vill diskutera anpassade arbetsuppgifter; kontakta i första hand patientens närmaste chef.',
  [UNIT]: unitContactAnswer,
};

const mandatory = mandatoryQuestions(minimal, [
  ['10', '10'],
  ['1', '1.1'],
  ['2', '2.1'],
  ['3', '3.1'],
  ['5', '5.1'],
  ['6', '6.1'],
  ['7', '7.1'],
  ['7.2', '7.2'],
]);

/** 4 is not among them: it is shown only once 3 is Ja. */
const emptyErrors: ExpectedError[] = [...mandatory.errors, ...unitContactEmptyErrors];

const fixture = fixtureMaker(minimal);

const invalid: InvalidFixture[] = [
  // mandatory
  mandatory.notAnswered('10'),
  fixture(
    '10: ANNAT without 10.3',
    { '10': [{ code: 'ANNAT', date: '2025-10-01' }] },
    error('mandatory', '10.3', '10.3'),
  ),
  mandatory.notAnswered('1'),
  mandatory.notAnswered('2'),
  mandatory.notAnswered('3'),
  fixture('3 = Ja without a diagnosis', { '3': true }, error('mandatory', '4', 'huvuddiagnos.code')),
  mandatory.notAnswered('5'),
  mandatory.notAnswered('6'),
  fixture('6 = Ja without 6.2', { '6': true }, error('mandatory', '6.2', '6.2')),
  mandatory.notAnswered('7'),
  mandatory.notAnswered('7.2'),
  fixture('9 ticked without 9.2', { '9': true }, error('mandatory', '9.2', '9.2')),
  // text
  textLimitFixture(minimal, '2', '2.1', 3500),
  textLimitFixture(minimal, '8', '8.1', 3500),
  textBlankFixture(minimal, '5', '5.1', ' \n '),
  // dates of 10
  ...dateListInvalidFixtures(minimal, {
    elementId: '10',
    options: GRUND_OPTIONS_V1,
    today,
    notADate: '2025-09-31',
    lateOption: 'TELEFONKONTAKT',
    allTicked: { '10.3': 'Intyg från företagshälsovården' },
  }),
  // diagnoses of 4 (shown once 3 = Ja)
  ...diagnosisInvalidFixtures(minimal, {
    elementId: '4',
    shown: { '3': true },
    rows: diagnosisRows,
    wrongLength: { code: 'S47999', description: 'Klämskada skuldra' },
    imprecise: { code: 'F43', description: 'Stressreaktion' },
    describedCode: 'S47',
    otherSystem: { code: 'M545', description: 'Lumbago', system: 'KSH_97_P' },
  }),
  // integer 7
  fixture('7 above 100 percent', { '7': 101 }, error('integer.range', '7', '7.1')),
  fixture('7 not a whole number', { '7': 12.5 }, error('integer.range', '7', '7.1')),
  // date range 7.2
  ...dateRangeInvalidFixtures(minimal, {
    elementId: '7.2',
    fieldId: '7.2',
    range: { from: '2025-10-01', to: '2025-10-07' },
    missing: 'to',
    notADate: { from: '2025-02-29' },
    reversed: { from: '2025-10-07', to: '2025-10-01' },
  }),
  // unit contact
  unitContactMissingFixture(minimal, 'address'),
];

export const ag114V1Fixtures: CertificateFixtures = {
  today,
  empty: {},
  emptyErrors,
  minimal,
  maximal,
  alsoValid: [
    { name: '3 = Ja with a diagnosis', answers: changed(minimal, withDiagnosis) },
    {
      name: '3 = Nej hides the diagnoses, 6 = Nej hides 6.2, 9 unticked hides 9.2: none is validated',
      answers: changed(minimal, {
        '4': [{ code: 'F43', description: '' }],
        '6.2': '  ',
        '9': false,
        '9.2': textOfLength(3501),
      }),
    },
    { name: '7: the legacy range starts at 0 percent', answers: changed(minimal, { '7': 0 }) },
  ],
  invalid,
};
