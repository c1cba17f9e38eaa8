/**
 * Answer fixtures for ts-diabetes v4 (texts 4.0), validated on `today` for a patient born on
 * `patientBirthDate`. Every invalid fixture is `minimal` with one change and names the error it must give
 * (see fixture-types.ts).
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
  textBlankFixture,
  textLimitFixture,
  unitContactEmptyErrors,
  unitContactMissingFixture,
} from '../../common/invalid-fixtures.js';
import { UNIT_CONTACT_ELEMENT_ID as UNIT } from '../../common/unit-contact.js';
import type { CertificateFixtures, ExpectedError, InvalidFixture } from '../../fixture-types.js';

const today = '2025-10-01';
const patientBirthDate = '1970-05-20';

/** A B licence, typ 1 diabetes without medication: no hypoglycaemia questions are asked. */
const minimal: Answers = {
  '1': ['AVSER_VAR16'],
  '2': 'IDK1',
  '205': 'VN1',
  '35': 2000,
  '18': 'TYP1',
  '207': false,
  '206': false,
  '33': ['BEDOMNING_VAR16'],
  [UNIT]: unitContactAnswer,
};

/** Medication with a risk of hypoglycaemia: 209, 210 and the R30 questions become mandatory. */
const withRisk = {
  '207': true,
  '208': true,
  '209': ['INSULIN'],
  '210': '2010-01-01',
  '200': true,
  '201': true,
  '110': true,
  '202': true,
  '106': false,
  '107': false,
} as const;

/** A higher licence (C): 203 and 204 become mandatory (R28). */
const withHigherLicence = { '1': ['AVSER_VAR3'], '33': ['BEDOMNING_VAR3'], '203': false, '204': true } as const;

const LICENCES = ['VAR12', 'VAR13', 'VAR14', 'VAR15', 'VAR16', 'VAR17', 'VAR18'].concat([
  'VAR1',
  'VAR2',
  'VAR3',
  'VAR4',
  'VAR5',
  'VAR6',
  'VAR7',
  'VAR8',
  'VAR9',
]);

const maximal: Answers = {
  '1': LICENCES.map((code) => `AVSER_${code}`),
  '2': 'IDK6',
  '205': 'VN2',
  '35': 1998,
  '18': 'ANNAN',
  '18.2': 'MODY',
  '207': true,
  '208': true,
  '209': ['INSULIN', 'TABLETTER', 'ANNAN_BEHANDLING'],
  '209.4': 'GLP-1-analog',
  '210': '2010-01-01',
  '200': false,
  '200.2': 'Svängande värden senaste halvåret.',
  '201': true,
  '110': true,
  '202': true,
  '106': true,
  '106.2': '2025-06-01',
  '106.3': true,
  '106.5': false,
  '107': true,
  '107.3': true,
  '107.5': '2025-08-15',
  '203': true,
  '203.2': '2025-07-01',
  '204': true,
  '206': true,
  '206.2': 'Retinopati, stabil.',
  '34': 'Endokrinologi',
  '33': LICENCES.map((code) => `BEDOMNING_${code}`),
  '32': 'Kontinuerlig glukosmätare sedan 2022.',
  [UNIT]: unitContactAnswer,
};

const mandatory = mandatoryQuestions(minimal, [
  ['1', '1'],
  ['2', '2.1'],
  ['205', '205.1'],
  ['35', '35.1'],
  ['18', '18.1'],
  ['207', '207.1'],
  ['206', '206.1'],
  ['33', '33'],
]);

const emptyErrors: ExpectedError[] = [...mandatory.errors, ...unitContactEmptyErrors];

const fixture = fixtureMaker(minimal);

const invalid: InvalidFixture[] = [
  // mandatory
  mandatory.notAnswered('1'),
  mandatory.notAnswered('2'),
  mandatory.notAnswered('205'),
  mandatory.notAnswered('35'),
  mandatory.notAnswered('18'),
  fixture('18 = Annan without 18.2', { '18': 'ANNAN' }, error('mandatory', '18.2', '18.2')),
  fixture('207 = Ja without 208', { '207': true }, error('mandatory', '208', '208.1')),
  fixture('208 = Ja without 209', { ...withRisk, '209': undefined }, error('mandatory', '209', '209')),
  fixture(
    '209 = Annan without 209.4',
    { ...withRisk, '209': ['ANNAN_BEHANDLING'] },
    error('mandatory', '209.4', '209.4'),
  ),
  fixture('208 = Ja without 210', { ...withRisk, '210': undefined }, error('mandatory', '210', '210.1')),
  fixture(
    '208 = Ja without the hypoglycaemia questions',
    { '207': true, '208': true, '209': ['TABLETTER'], '210': '2015-03-01' },
    error('mandatory', '200', '200.1'),
    [
      error('mandatory', '201', '201.1'),
      error('mandatory', '110', '110.1'),
      error('mandatory', '202', '202.1'),
      error('mandatory', '106', '106.1'),
      error('mandatory', '107', '107.1'),
    ],
  ),
  fixture('200 = Nej without 200.2', { ...withRisk, '200': false }, error('mandatory', '200.2', '200.2')),
  fixture('106 = Ja without 106.2, 106.3, 106.5', { ...withRisk, '106': true }, error('mandatory', '106.2', '106.2'), [
    error('mandatory', '106.3', '106.3'),
    error('mandatory', '106.5', '106.5'),
  ]),
  fixture('107 = Ja without 107.3', { ...withRisk, '107': true }, error('mandatory', '107.3', '107.3')),
  fixture(
    '107.3 = Ja without 107.5',
    { ...withRisk, '107': true, '107.3': true },
    error('mandatory', '107.5', '107.5'),
  ),
  fixture('a C licence without 203', { ...withHigherLicence, '203': undefined }, error('mandatory', '203', '203.1')),
  fixture('a C licence without 204', { ...withHigherLicence, '204': undefined }, error('mandatory', '204', '204.1')),
  fixture('203 = Ja without 203.2', { ...withHigherLicence, '203': true }, error('mandatory', '203.2', '203.2')),
  fixture('206 = Ja without 206.2', { '206': true }, error('mandatory', '206.2', '206.2')),
  mandatory.notAnswered('33'),
  // text
  textLimitFixture(minimal, '18.2', '18.2', 53, { shown: { '18': 'ANNAN' } }),
  textLimitFixture(minimal, '209.4', '209.4', 53, { shown: { ...withRisk, '209': ['ANNAN_BEHANDLING'] } }),
  textLimitFixture(minimal, '200.2', '200.2', 53, { shown: { ...withRisk, '200': false } }),
  textLimitFixture(minimal, '206.2', '206.2', 189, { shown: { '206': true } }),
  textLimitFixture(minimal, '34', '34.1', 71, { label: '34' }),
  textLimitFixture(minimal, '32', '32.1', 189, { label: '32' }),
  textBlankFixture(minimal, '32', '32.1', '   ', { label: '32' }),
  // year
  fixture('35 not a four-digit year', { '35': 99 }, error('year.invalid', '35', '35.1')),
  fixture('35 after this year', { '35': 2026 }, error('year.range', '35', '35.1')),
  fixture('35 before the birth year', { '35': 1969 }, error('year.range', '35', '35.1')),
  // dates
  fixture('210 not a calendar date', { ...withRisk, '210': '2010-02-30' }, error('date.invalid', '210', '210.1')),
  fixture('210 after today', { ...withRisk, '210': '2025-10-02' }, error('date.max', '210', '210.1')),
  fixture('210 before birth', { ...withRisk, '210': '1970-05-19' }, error('date.beforeBirth', '210', '210.1')),
  fixture(
    '106.2 after today',
    { ...withRisk, '106': true, '106.2': '2025-12-24', '106.3': true, '106.5': false },
    error('date.max', '106.2', '106.2'),
  ),
  fixture(
    '203.2 before birth',
    { ...withHigherLicence, '203': true, '203.2': '1950-01-01' },
    error('date.beforeBirth', '203.2', '203.2'),
  ),
  // codes
  codeDuplicateFixture(minimal, '1', 'AVSER_VAR16', { noun: 'licence' }),
  codeDuplicateFixture(minimal, '209', 'INSULIN', { noun: 'treatment', shown: withRisk }),
  fixture(
    '33: Kan inte ta ställning with B',
    { '33': ['BEDOMNING_VAR16', 'BEDOMNING_VAR11'] },
    error('codes.exclusive', '33', 'BEDOMNING_VAR11'),
  ),
  // R35 / d-12
  fixture(
    '33: a C licence judged although the certificate is for B only',
    { '33': ['BEDOMNING_VAR16', 'BEDOMNING_VAR3'] },
    error('check:hogreBehorighetUtanforIntygetAvser', '33', '33'),
  ),
  // unit
  unitContactMissingFixture(minimal, 'address', ' ', "the unit's address missing"),
];

export const tsDiabetesV4Fixtures: CertificateFixtures = {
  today,
  patientBirthDate,
  empty: {},
  emptyErrors,
  minimal,
  maximal,
  alsoValid: [
    { name: 'medication with a risk of hypoglycaemia', answers: changed(minimal, withRisk) },
    { name: 'a higher licence (C) with 203 and 204', answers: changed(minimal, withHigherLicence) },
    {
      name: 'a higher licence in Bedömning that the certificate is for, with lower ones only judged',
      answers: changed(minimal, {
        ...withHigherLicence,
        '1': ['AVSER_VAR3', 'AVSER_VAR16'],
        '33': ['BEDOMNING_VAR16'],
      }),
    },
    { name: 'Kan inte ta ställning alone', answers: changed(minimal, { '33': ['BEDOMNING_VAR11'] }) },
    { name: 'diagnosed in the birth year', answers: changed(minimal, { '35': 1970 }) },
    { name: 'diagnosed this year', answers: changed(minimal, { '35': 2025 }) },
    {
      name: 'hidden answers are not validated: 208 and 210 while 207 = Nej',
      answers: changed(minimal, { '208': true, '210': '1900-01-01', '18.2': textOfLength(60) }),
    },
  ],
  invalid,
};
