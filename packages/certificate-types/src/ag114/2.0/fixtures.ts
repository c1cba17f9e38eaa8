/**
 * Answer fixtures for AG1-14 v2.0, validated on `today`. Every invalid fixture is `minimal` with one
 * change and names the error it must give (see fixture-types.ts).
 */
import type { Answers } from '@intyg/core';
import { changed, textOfLength, unitContactAnswer } from '../../common/fixture-helpers.js';
import type { CertificateFixtures, ExpectedError, InvalidFixture } from '../../fixture-types.js';

const today = '2025-10-01';

const UNIT = 'UNIT_CONTACT_INFORMATION';

const oneDiagnosis = [{ code: 'J069', description: 'Akut övre luftvägsinfektion, ospecificerad' }];
const withDiagnosis = { '3': true, '4': oneDiagnosis } as const;

/** The fewest answers: the patient keeps the diagnosis to themself, no work capacity left. */
const minimal: Answers = {
  '10': [{ code: 'FYSISKUNDERSOKNING', date: '2025-10-01' }],
  '1': 'Lagerarbetare: truckkörning och plock, tunga lyft.',
  '3': false,
  '5': 'Feber och hosta; orkar inte fysiskt arbete.',
  '6': false,
  '7': 100,
  '7.2': { from: '2025-10-01', to: '2025-10-07' },
  [UNIT]: unitContactAnswer,
};

const maximal: Answers = {
  '10': [
    { code: 'FYSISKUNDERSOKNING', date: '2025-10-01' },
    { code: 'DIGITALUNDERSOKNING', date: '2025-09-30' },
    { code: 'TELEFONKONTAKT', date: '2025-09-29' },
    { code: 'JOURNALUPPGIFTER', date: '2024-03-12' },
    { code: 'ANNAT', date: '2025-09-30' },
  ],
  '10.3': 'Intyg från företagshälsovården',
  '1': 'Undersköterska på vårdavdelning: förflyttningar av patienter, dagliga tunga lyft.',
  '3': true,
  '4': [
    { code: 'M545', description: 'Lumbago' },
    { code: 'F321', description: 'Medelsvår depressiv episod', system: 'ICD_10_SE' },
    { code: 'G470', description: 'Insomni' },
  ],
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

const error = (ruleId: ExpectedError['ruleId'], elementId: string, fieldId: string): ExpectedError => ({
  ruleId,
  elementId,
  fieldId,
});

/** 4 is not among them: while 3 is unanswered the diagnoses are disabled and only 3 is missing. */
const emptyErrors: ExpectedError[] = [
  error('mandatory', '10', '10'),
  error('mandatory', '1', '1.1'),
  error('mandatory', '3', '3.1'),
  error('mandatory', '5', '5.1'),
  error('mandatory', '6', '6.1'),
  error('mandatory', '7', '7.1'),
  error('mandatory', '7.2', '7.2'),
  error('unitContact.missing', UNIT, 'address'),
  error('unitContact.missing', UNIT, 'zipCode'),
  error('unitContact.missing', UNIT, 'city'),
  error('unitContact.missing', UNIT, 'phone'),
];

const fixture = (
  name: string,
  changes: Parameters<typeof changed>[1],
  expect: ExpectedError,
  alsoExpect?: ExpectedError[],
): InvalidFixture => ({
  name,
  answers: changed(minimal, changes),
  expect,
  ...(alsoExpect === undefined ? {} : { alsoExpect }),
});

const invalid: InvalidFixture[] = [
  // mandatory
  fixture('10 not answered', { '10': undefined }, error('mandatory', '10', '10')),
  fixture(
    '10: ANNAT without 10.3',
    { '10': [{ code: 'ANNAT', date: '2025-10-01' }] },
    error('mandatory', '10.3', '10.3'),
  ),
  fixture('1 not answered', { '1': undefined }, error('mandatory', '1', '1.1')),
  fixture('3 not answered', { '3': undefined }, error('mandatory', '3', '3.1')),
  fixture('3 = Ja without a diagnosis', { '3': true }, error('mandatory', '4', 'huvuddiagnos.code')),
  fixture('5 not answered', { '5': undefined }, error('mandatory', '5', '5.1')),
  fixture('6 not answered', { '6': undefined }, error('mandatory', '6', '6.1')),
  fixture('6 = Ja without 6.2', { '6': true }, error('mandatory', '6.2', '6.2')),
  fixture('7 not answered', { '7': undefined }, error('mandatory', '7', '7.1')),
  fixture('7.2 not answered', { '7.2': undefined }, error('mandatory', '7.2', '7.2')),
  fixture('7.2 with neither date', { '7.2': { from: '', to: '' } }, error('mandatory', '7.2', '7.2')),
  fixture('9 ticked without 9.2', { '9': true }, error('mandatory', '9.2', '9.2')),
  // text
  fixture(
    '10.3 longer than 50 characters',
    { '10': [{ code: 'ANNAT', date: '2025-10-01' }], '10.3': textOfLength(51) },
    error('text.limit', '10.3', '10.3'),
  ),
  fixture('8.1 only whitespace', { '8': '   ' }, error('text.blank', '8', '8.1')),
  // dates of 10
  fixture(
    '10: not a calendar date',
    { '10': [{ code: 'FYSISKUNDERSOKNING', date: '2025-09-31' }] },
    error('date.invalid', '10', 'FYSISKUNDERSOKNING'),
  ),
  fixture(
    '10: a date after today',
    { '10': [{ code: 'DIGITALUNDERSOKNING', date: '2025-10-02' }] },
    error('date.max', '10', 'DIGITALUNDERSOKNING'),
  ),
  fixture(
    '10: the same option twice',
    {
      '10': [
        { code: 'FYSISKUNDERSOKNING', date: '2025-10-01' },
        { code: 'FYSISKUNDERSOKNING', date: '2025-09-30' },
      ],
    },
    error('codes.duplicate', '10', 'FYSISKUNDERSOKNING'),
  ),
  fixture(
    '10: six rows for five options',
    {
      '10': [
        { code: 'FYSISKUNDERSOKNING', date: '2025-10-01' },
        { code: 'DIGITALUNDERSOKNING', date: '2025-10-01' },
        { code: 'TELEFONKONTAKT', date: '2025-10-01' },
        { code: 'JOURNALUPPGIFTER', date: '2025-10-01' },
        { code: 'ANNAT', date: '2025-10-01' },
        { code: 'ANNAT', date: '2025-09-30' },
      ],
      '10.3': 'Intyg från företagshälsovården',
    },
    error('codes.max', '10', '10'),
    [error('codes.duplicate', '10', 'ANNAT')],
  ),
  // diagnoses of 4 (shown once 3 = Ja)
  fixture(
    '4: an empty row between two filled ones',
    {
      ...withDiagnosis,
      '4': [...oneDiagnosis, { code: '', description: '' }, { code: 'M545', description: 'Lumbago' }],
    },
    error('diagnoses.order', '4', 'diagnos2.code'),
  ),
  fixture(
    '4: a description without a code',
    { ...withDiagnosis, '4': [{ code: '', description: 'Lumbago' }] },
    error('diagnoses.codeMissing', '4', 'huvuddiagnos.code'),
  ),
  fixture(
    '4: a code of two characters',
    { ...withDiagnosis, '4': [{ code: 'S4', description: 'Skada på skuldra' }] },
    error('diagnoses.codeLength', '4', 'huvuddiagnos.code'),
  ),
  fixture(
    '4: a Z73 code of three characters',
    { ...withDiagnosis, '4': [{ code: 'Z73', description: 'Problem med livsstilen' }] },
    error('diagnoses.codePrecision', '4', 'huvuddiagnos.code'),
  ),
  fixture(
    '4: a code without a description',
    { ...withDiagnosis, '4': [{ code: 'J069', description: ' ' }] },
    error('diagnoses.descriptionMissing', '4', 'huvuddiagnos.description'),
  ),
  fixture(
    '4: a description longer than 81 characters',
    { ...withDiagnosis, '4': [{ code: 'J069', description: textOfLength(82) }] },
    error('diagnoses.descriptionLimit', '4', 'huvuddiagnos.description'),
  ),
  // integer 7
  fixture('7 below 1 percent', { '7': 0 }, error('integer.range', '7', '7.1')),
  fixture('7 above 100 percent', { '7': 101 }, error('integer.range', '7', '7.1')),
  // date range 7.2
  fixture(
    '7.2 without a start date',
    { '7.2': { from: '', to: '2025-10-07' } },
    error('dateRange.incomplete', '7.2', '7.2.from'),
  ),
  fixture(
    '7.2: not a calendar date',
    { '7.2': { from: '2025-10-01', to: '2025-11-31' } },
    error('date.invalid', '7.2', '7.2.to'),
  ),
  fixture(
    '7.2 ending before it starts',
    { '7.2': { from: '2025-10-07', to: '2025-10-06' } },
    error('dateRange.order', '7.2', '7.2'),
  ),
  // unit contact
  fixture(
    'the unit without a phone number',
    { [UNIT]: { ...unitContactAnswer, phone: '' } },
    error('unitContact.missing', UNIT, 'phone'),
  ),
];

export const ag114V2Fixtures: CertificateFixtures = {
  today,
  empty: {},
  emptyErrors,
  minimal,
  maximal,
  alsoValid: [
    { name: '3 = Ja with a diagnosis', answers: changed(minimal, withDiagnosis) },
    {
      name: '3 = Nej hides the diagnoses, 6 = Nej hides 6.2, 9 unticked hides 9.2: none is validated',
      answers: changed(minimal, { '4': [{ code: 'F43', description: '' }], '6.2': '  ', '9': false, '9.2': ' ' }),
    },
    {
      name: 'free texts have no limit but 10.3',
      answers: changed(minimal, { '1': textOfLength(10000), '8': textOfLength(10000) }),
    },
  ],
  invalid,
};
