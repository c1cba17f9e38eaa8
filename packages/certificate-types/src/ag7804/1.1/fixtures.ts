/**
 * Answer fixtures for AG7804 v1 (texts 1.1), validated on `today`. Every invalid fixture is `minimal`
 * with one change and names the error it must give (see fixture-types.ts).
 */
import type { Answers } from '@intyg/core';
import { ATGARDER_V1_CODES } from '../../common/code-systems.js';
import { changed, textOfLength, unitContactAnswer } from '../../common/fixture-helpers.js';
import type { CertificateFixtures, ExpectedError, InvalidFixture } from '../../fixture-types.js';

const today = '2025-10-01';

const UNIT = 'UNIT_CONTACT_INFORMATION';

const onePeriod = [{ code: 'HELT_NEDSATT', from: '2025-10-01', to: '2025-10-14' }];
const oneDiagnosis = [{ code: 'J069', description: 'Akut övre luftvägsinfektion, ospecificerad' }];
const ATGARDER = ATGARDER_V1_CODES.filter((code) => code !== 'SOKA_NYTT_ARBETE' && code !== 'KONFLIKTHANTERING');
const ATGARDER_BUT_EJ_AKTUELLT = ATGARDER.filter((code) => code !== 'EJ_AKTUELLT');

/** The fewest answers of an ordinary certificate whose patient shares the diagnosis with the employer. */
const minimal: Answers = {
  '1': [{ code: 'UNDERSOKNING', date: '2025-10-01' }],
  '28': ['NUVARANDE_ARBETE'],
  '29': 'Lagerarbetare: truckkörning och plock, tunga lyft.',
  '100': true,
  '6': oneDiagnosis,
  '35': 'Nedsatt rörlighet i ländryggen, smärta vid framåtböjning.',
  '17': 'Kan inte lyfta eller sitta längre än 30 minuter i taget.',
  '32': onePeriod,
  '39': 'STOR_SANNOLIKHET',
  '40': ['EJ_AKTUELLT'],
  [UNIT]: unitContactAnswer,
};

const maximal: Answers = {
  '27': false,
  '1': [
    { code: 'UNDERSOKNING', date: '2025-10-01' },
    { code: 'TELEFONKONTAKT', date: '2025-09-30' },
    { code: 'JOURNALUPPGIFTER', date: '2020-05-12' },
    { code: 'ANNAT', date: '2025-09-01' },
  ],
  '1.3': 'Utlåtande från fysioterapeut',
  '28': ['NUVARANDE_ARBETE', 'ARBETSSOKANDE', 'FORALDRALEDIG', 'STUDIER'],
  '29': 'Undersköterska på vårdavdelning: förflyttningar av patienter, dagliga tunga lyft.',
  '100': true,
  '6': [
    { code: 'M545', description: 'Lumbago', system: 'KSH_97_P' },
    { code: 'F329', description: 'Depressiv episod, ospecificerad', system: 'KSH_97_P' },
    { code: 'G470', description: 'Insomni', system: 'KSH_97_P' },
  ],
  '35': 'Nedsatt rörlighet i ländryggen, smärta vid framåtböjning. Nedstämdhet och koncentrationssvårigheter.',
  '17': 'Kan inte lyfta eller sitta längre än 30 minuter i taget.',
  '19': 'Fysioterapi två gånger i veckan.',
  '20': 'Samtalsbehandling på vårdcentralen.',
  '32': [
    { code: 'HELT_NEDSATT', from: '2025-09-22', to: '2025-10-05' },
    { code: 'TRE_FJARDEDEL', from: '2025-10-06', to: '2025-10-19' },
    { code: 'HALFTEN', from: '2025-10-20', to: '2025-11-02' },
    { code: 'EN_FJARDEDEL', from: '2025-11-03', to: '2025-11-16' },
  ],
  '37': 'Samsjuklighet med depression förlänger förloppet.',
  '33': true,
  '33.2': 'Behöver vila mellan arbetspassen för att återhämta sig.',
  '34': true,
  '39': 'ATER_X_ANTAL_DGR',
  '39.3': 'SEXTIO_DGR',
  '40': ATGARDER_BUT_EJ_AKTUELLT,
  '44': 'Arbetsträning med successiv upptrappning.',
  '25': 'Patienten har tidigare varit sjukskriven för samma besvär.',
  '103': true,
  '103.2': 'Vill diskutera anpassade arbetsuppgifter; kontakta i första hand patientens närmaste chef.',
  [UNIT]: unitContactAnswer,
};

const error = (ruleId: ExpectedError['ruleId'], elementId: string, fieldId: string): ExpectedError => ({
  ruleId,
  elementId,
  fieldId,
});

/** 6 is not among them: while 100 is unanswered the diagnoses are disabled and only 100 is missing. */
const emptyErrors: ExpectedError[] = [
  error('mandatory', '1', '1'),
  error('mandatory', '28', '28'),
  error('mandatory', '100', '100.1'),
  error('mandatory', '35', '35.1'),
  error('mandatory', '17', '17.1'),
  error('mandatory', '32', '32'),
  error('mandatory', '39', '39.1'),
  error('mandatory', '40', '40'),
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

/** A partial period also makes 33 mandatory; answering it keeps a period fixture to its one error. */
const partialPeriodAnswered = { '33': false } as const;

const invalid: InvalidFixture[] = [
  // mandatory
  fixture('1 not answered', { '1': undefined }, error('mandatory', '1', '1')),
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
  fixture('28 not answered', { '28': undefined }, error('mandatory', '28', '28')),
  fixture('28: NUVARANDE_ARBETE without 29', { '29': undefined }, error('mandatory', '29', '29.1')),
  fixture('100 not answered', { '100': undefined }, error('mandatory', '100', '100.1')),
  fixture('100 = Ja without a diagnosis', { '6': undefined }, error('mandatory', '6', 'huvuddiagnos.code')),
  fixture('35 not answered', { '35': undefined }, error('mandatory', '35', '35.1')),
  fixture('17 not answered', { '17': undefined }, error('mandatory', '17', '17.1')),
  fixture('32 not answered', { '32': undefined }, error('mandatory', '32', '32')),
  fixture(
    '32: a partial period without 33',
    { '32': [{ code: 'TRE_FJARDEDEL', from: '2025-10-01', to: '2025-10-14' }] },
    error('mandatory', '33', '33.1'),
  ),
  fixture(
    '33 = Ja without 33.2',
    { '32': [{ code: 'HALFTEN', from: '2025-10-01', to: '2025-10-14' }], '33': true },
    error('mandatory', '33.2', '33.2'),
  ),
  fixture('39 not answered', { '39': undefined }, error('mandatory', '39', '39.1')),
  fixture('39: ATER_X_ANTAL_DGR without 39.3', { '39': 'ATER_X_ANTAL_DGR' }, error('mandatory', '39.3', '39.3')),
  fixture('40 not answered', { '40': undefined }, error('mandatory', '40', '40')),
  // text
  fixture('35.1 longer than 4000 characters', { '35': textOfLength(4001) }, error('text.limit', '35', '35.1')),
  fixture('25.1 longer than 4000 characters', { '25': textOfLength(4001) }, error('text.limit', '25', '25.1')),
  fixture(
    '103.2 longer than 4000 characters',
    { '103': true, '103.2': textOfLength(4001) },
    error('text.limit', '103.2', '103.2'),
  ),
  fixture('20.1 only whitespace', { '20': ' \t ' }, error('text.blank', '20', '20.1')),
  // dates of 1
  fixture(
    '1: not a calendar date',
    { '1': [{ code: 'UNDERSOKNING', date: '2025-13-01' }] },
    error('date.invalid', '1', 'UNDERSOKNING'),
  ),
  fixture(
    '1: a date after today',
    { '1': [{ code: 'UNDERSOKNING', date: '2025-10-02' }] },
    error('date.max', '1', 'UNDERSOKNING'),
  ),
  fixture(
    '1: the same option twice',
    {
      '1': [
        { code: 'UNDERSOKNING', date: '2025-10-01' },
        { code: 'UNDERSOKNING', date: '2025-09-30' },
      ],
    },
    error('codes.duplicate', '1', 'UNDERSOKNING'),
  ),
  fixture(
    '1: five rows for four options',
    {
      '1': [
        { code: 'UNDERSOKNING', date: '2025-10-01' },
        { code: 'TELEFONKONTAKT', date: '2025-10-01' },
        { code: 'JOURNALUPPGIFTER', date: '2025-10-01' },
        { code: 'ANNAT', date: '2025-10-01' },
        { code: 'ANNAT', date: '2025-09-30' },
      ],
      '1.3': 'Intyg från fysioterapeut',
    },
    error('codes.max', '1', '1'),
    [error('codes.duplicate', '1', 'ANNAT')],
  ),
  // codes
  fixture('28: the same code twice', { '28': ['STUDIER', 'STUDIER'] }, error('codes.duplicate', '28', 'STUDIER')),
  fixture(
    '40: EJ_AKTUELLT with another measure',
    { '40': ['EJ_AKTUELLT', 'ARBETSTRANING'] },
    error('codes.exclusive', '40', 'EJ_AKTUELLT'),
  ),
  fixture('40: all nine options', { '40': ATGARDER }, error('codes.max', '40', '40'), [
    error('codes.exclusive', '40', 'EJ_AKTUELLT'),
  ]),
  fixture(
    '40: the same measure twice',
    { '40': ['ARBETSTRANING', 'ARBETSTRANING'] },
    error('codes.duplicate', '40', 'ARBETSTRANING'),
  ),
  // periods of 32
  fixture(
    '32: a period without a start date',
    { '32': [{ code: 'HELT_NEDSATT', from: '', to: '2025-10-14' }] },
    error('periods.incomplete', '32', 'HELT_NEDSATT.from'),
  ),
  fixture(
    '32: a period that is not a calendar date',
    { '32': [{ code: 'HELT_NEDSATT', from: '2025-10-01', to: '2025-02-29' }] },
    error('date.invalid', '32', 'HELT_NEDSATT.to'),
  ),
  fixture(
    '32: a period ending before it starts',
    { '32': [{ code: 'HELT_NEDSATT', from: '2025-10-14', to: '2025-10-01' }] },
    error('periods.order', '32', 'HELT_NEDSATT'),
  ),
  fixture(
    '32: two overlapping periods',
    {
      '32': [
        { code: 'HELT_NEDSATT', from: '2025-10-01', to: '2025-10-14' },
        { code: 'EN_FJARDEDEL', from: '2025-10-10', to: '2025-10-28' },
      ],
      ...partialPeriodAnswered,
    },
    error('periods.overlap', '32', 'EN_FJARDEDEL.from'),
  ),
  fixture(
    '32: the same grade twice',
    {
      '32': [
        { code: 'HELT_NEDSATT', from: '2025-10-01', to: '2025-10-14' },
        { code: 'HELT_NEDSATT', from: '2025-10-15', to: '2025-10-28' },
      ],
    },
    error('periods.gradeDuplicate', '32', 'HELT_NEDSATT'),
  ),
  fixture(
    '32: five periods',
    {
      '32': [
        { code: 'HELT_NEDSATT', from: '2025-10-01', to: '2025-10-05' },
        { code: 'TRE_FJARDEDEL', from: '2025-10-06', to: '2025-10-10' },
        { code: 'HALFTEN', from: '2025-10-11', to: '2025-10-15' },
        { code: 'EN_FJARDEDEL', from: '2025-10-16', to: '2025-10-20' },
        { code: 'HELT_NEDSATT', from: '2025-10-21', to: '2025-10-25' },
      ],
      ...partialPeriodAnswered,
    },
    error('periods.count', '32', '32'),
    [error('periods.gradeDuplicate', '32', 'HELT_NEDSATT')],
  ),
  // diagnoses of 6
  fixture(
    '6: an empty row between two filled ones',
    { '6': [...oneDiagnosis, { code: '', description: '' }, { code: 'M545', description: 'Lumbago' }] },
    error('diagnoses.order', '6', 'diagnos2.code'),
  ),
  fixture(
    '6: a description without a code',
    { '6': [{ code: ' ', description: 'Lumbago' }] },
    error('diagnoses.codeMissing', '6', 'huvuddiagnos.code'),
  ),
  fixture(
    '6: a code of two characters',
    { '6': [{ code: 'J0', description: 'Luftvägsinfektion' }] },
    error('diagnoses.codeLength', '6', 'huvuddiagnos.code'),
  ),
  fixture(
    '6: an F code of three characters',
    { '6': [{ code: 'F32', description: 'Depressiv episod' }] },
    error('diagnoses.codePrecision', '6', 'huvuddiagnos.code'),
  ),
  fixture(
    '6: a code without a description',
    { '6': [{ code: 'J069', description: '  ' }] },
    error('diagnoses.descriptionMissing', '6', 'huvuddiagnos.description'),
  ),
  fixture(
    '6: a description longer than 81 characters',
    { '6': [{ code: 'J069', description: textOfLength(82) }] },
    error('diagnoses.descriptionLimit', '6', 'huvuddiagnos.description'),
  ),
  fixture(
    '6: rows in ICD-10-SE and KSH97-P',
    { '6': [...oneDiagnosis, { code: 'M545', description: 'Lumbago', system: 'KSH_97_P' }] },
    error('diagnoses.codeSystemMixed', '6', 'diagnos2.code'),
  ),
  // unit contact
  fixture(
    'the unit without a city',
    { [UNIT]: { ...unitContactAnswer, city: '' } },
    error('unitContact.missing', UNIT, 'city'),
  ),
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
