/**
 * Answer fixtures for ts-bas, validated on `today`; versions 6.8 and 7.0 share them, v7 adding what its
 * checkbox 8.1 "synskärpa skickas separat" brings. Every invalid fixture is `minimal` with one change and
 * names the error it must give (see fixture-types.ts).
 */
import type { Answers, VisualAcuity } from '@intyg/core';
import { changed, error, fixtureMaker, textOfLength, unitContactAnswer } from '../common/fixture-helpers.js';
import {
  codeDuplicateFixture,
  textBlankFixture,
  textLimitFixture,
  unitContactEmptyErrors,
  unitContactMissingFixture,
} from '../common/invalid-fixtures.js';
import { UNIT_CONTACT_ELEMENT_ID as UNIT } from '../common/unit-contact.js';
import type { CertificateFixtures, ExpectedError, InvalidFixture } from '../fixture-types.js';
import { SKICKAS_SEPARAT } from './synskarpa.js';

const today = '2025-10-01';

/** The three acuities without correction every table needs. */
const acuity: VisualAcuity = {
  right: { withoutCorrection: 0.8 },
  left: { withoutCorrection: 0.9 },
  binocular: { withoutCorrection: 1.0 },
};

const fullAcuity: VisualAcuity = {
  right: { withoutCorrection: 0.5, withCorrection: 1.0, contactLens: true },
  left: { withoutCorrection: 0.5, withCorrection: 1.0, contactLens: true },
  binocular: { withoutCorrection: 0.6, withCorrection: 1.2 },
};

/** Every yes/no question asked of a C licence, answered "Nej". */
const NO_TO_ALL = Object.fromEntries(
  ['3', '4', '5', '6', '7', '10', '12', '14', '15', '16', '17', '20', '21', '22', '23', '24']
    .concat(['25.1', '25.2', '26', '27', '28', '29', '30', '31'])
    .map((id) => [id, false]),
);

/** A certificate for a C licence (no passenger transport, so 11 and 13 are not asked), all answers "Nej". */
const minimal: Answers = {
  '1': ['IAV3'],
  '2': 'IDK3',
  ...NO_TO_ALL,
  '8': acuity,
  '33': ['VAR3'],
  [UNIT]: unitContactAnswer,
};

function maximal(skickasSeparat: boolean): Answers {
  return {
    '1': ['IAV1', 'IAV2', 'IAV3', 'IAV4', 'IAV5', 'IAV6', 'IAV7', 'IAV8', 'IAV9', 'IAV10'],
    '2': 'IDK6',
    '3': true,
    '4': true,
    '5': true,
    '6': true,
    '7': true,
    '8': fullAcuity,
    ...(skickasSeparat ? { [SKICKAS_SEPARAT]: false } : {}),
    '9': true,
    '10': true,
    '11': true,
    '12': true,
    '12.2': 'Nedsatt rörlighet i höger knä efter ledprotesoperation.',
    '13': true,
    '14': true,
    '15': true,
    '16': true,
    '16.2': 'Förmaksflimmer, behandlat.',
    '17': true,
    '18': 'DIABETES_TYP_2',
    '19': ['KOST', 'TABLETTER', 'INSULIN'],
    '20': true,
    '21': true,
    '21.2': 'Svimning 2023 i samband med feber.',
    '22': true,
    '23': true,
    '24': true,
    '25.1': true,
    '25.2': true,
    '25.3': true,
    '26': true,
    '26.2': 'Zopiklon 7,5 mg till natten.',
    '27': true,
    '28': true,
    '29': true,
    '30': true,
    '30.2': 'Mars 2024',
    '30.3': 'Södersjukhuset, ortopedkliniken',
    '30.4': 'Knäledsoperation',
    '31': true,
    '31.2': 'Metformin, enalapril.',
    '32': 'Patienten kör yrkesmässigt sedan 20 år.',
    '33': ['VAR1', 'VAR2', 'VAR3', 'VAR4', 'VAR5', 'VAR6', 'VAR7', 'VAR8', 'VAR9', 'VAR10'],
    '34': 'Ortopedi',
    [UNIT]: unitContactAnswer,
  };
}

const emptyErrors: ExpectedError[] = [
  error('mandatory', '1', '1'),
  error('mandatory', '2', '2.1'),
  ...['3', '4', '5', '6', '7'].map((id) => error('mandatory', id, `${id}.1`)),
  error('visualAcuity.missing', '8', '8.right.withoutCorrection'),
  error('visualAcuity.missing', '8', '8.left.withoutCorrection'),
  error('visualAcuity.missing', '8', '8.binocular.withoutCorrection'),
  ...['10', '12', '14', '15', '16', '17', '20', '21', '22', '23', '24'].map((id) => error('mandatory', id, `${id}.1`)),
  error('mandatory', '25.1', '25.1'),
  error('mandatory', '25.2', '25.2'),
  ...['26', '27', '28', '29', '30', '31'].map((id) => error('mandatory', id, `${id}.1`)),
  error('mandatory', '33', '33'),
  ...unitContactEmptyErrors,
];

const fixture = fixtureMaker(minimal);

const invalid: InvalidFixture[] = [
  // mandatory
  fixture('1 not answered', { '1': undefined }, error('mandatory', '1', '1')),
  fixture('2 not answered', { '2': undefined }, error('mandatory', '2', '2.1')),
  fixture('5 not answered', { '5': undefined }, error('mandatory', '5', '5.1')),
  fixture('D1 without 11', { '1': ['IAV5'], '13': false }, error('mandatory', '11', '11.1')),
  fixture('Taxi without 13', { '1': ['IAV9'], '11': false }, error('mandatory', '13', '13.1')),
  fixture('12 = Ja without 12.2', { '12': true }, error('mandatory', '12.2', '12.2')),
  fixture('16 = Ja without 16.2', { '16': true }, error('mandatory', '16.2', '16.2')),
  fixture('17 = Ja without 18', { '17': true }, error('mandatory', '18', '18.1')),
  fixture('typ 2 without 19', { '17': true, '18': 'DIABETES_TYP_2' }, error('mandatory', '19', '19')),
  fixture('25.2 = Ja without 25.3', { '25.2': true }, error('mandatory', '25.3', '25.3')),
  fixture('26 = Ja without 26.2', { '26': true }, error('mandatory', '26.2', '26.2')),
  fixture('30 = Ja without 30.2–30.4', { '30': true }, error('mandatory', '30.2', '30.2'), [
    error('mandatory', '30.3', '30.3'),
    error('mandatory', '30.4', '30.4'),
  ]),
  fixture('31 = Ja without 31.2', { '31': true }, error('mandatory', '31.2', '31.2')),
  fixture('33 not answered', { '33': undefined }, error('mandatory', '33', '33')),
  // text
  textLimitFixture(minimal, '12.2', '12.2', 180, { shown: { '12': true } }),
  textLimitFixture(minimal, '21.2', '21.2', 180, { shown: { '21': true } }),
  fixture(
    '30.3 longer than 40 and 30.4 longer than 50 characters',
    { '30': true, '30.2': 'I våras', '30.3': textOfLength(41), '30.4': textOfLength(51) },
    error('text.limit', '30.3', '30.3'),
    [error('text.limit', '30.4', '30.4')],
  ),
  textLimitFixture(minimal, '32', '32.1', 500, { label: '32' }),
  textLimitFixture(minimal, '34', '34.1', 130, { label: '34' }),
  textBlankFixture(minimal, '32', '32.1', ' \n ', { label: '32' }),
  // codes
  codeDuplicateFixture(minimal, '1', 'IAV3'),
  codeDuplicateFixture(minimal, '19', 'KOST', { noun: 'treatment', shown: { '17': true, '18': 'DIABETES_TYP_2' } }),
  fixture('33: Kan inte ta ställning with C', { '33': ['VAR3', 'VAR11'] }, error('codes.exclusive', '33', 'VAR11')),
  // visual acuity
  fixture(
    '8: an acuity above 2.0',
    { '8': { ...acuity, right: { withoutCorrection: 2.5 } } },
    error('visualAcuity.range', '8', '8.right.withoutCorrection'),
  ),
  fixture(
    '8: a negative acuity with correction',
    { '8': { ...acuity, binocular: { withoutCorrection: 1.0, withCorrection: -0.1 } } },
    error('visualAcuity.range', '8', '8.binocular.withCorrection'),
  ),
  fixture(
    '8: left eye without correction missing',
    { '8': { ...acuity, left: { withCorrection: 1.0 } } },
    error('visualAcuity.missing', '8', '8.left.withoutCorrection'),
  ),
  // R33–R35: acuities with correction required when the uncorrected ones are poor
  fixture(
    '8: both eyes below 0.8 without any acuity with correction (R34)',
    {
      '8': {
        right: { withoutCorrection: 0.5 },
        left: { withoutCorrection: 0.5 },
        binocular: { withoutCorrection: 0.6 },
      },
    },
    error('check:synskarpaMedKorrektionHoger', '8', '8.right.withCorrection'),
    [
      error('check:synskarpaMedKorrektionVanster', '8', '8.left.withCorrection'),
      error('check:synskarpaMedKorrektionBinokulart', '8', '8.binocular.withCorrection'),
    ],
  ),
  fixture(
    '8: right eye below 0.1, left eye without correction missing (R35)',
    {
      '8': {
        right: { withoutCorrection: 0.05, withCorrection: 0.5 },
        left: { withoutCorrection: 1.0 },
        binocular: { withoutCorrection: 1.0, withCorrection: 1.0 },
      },
    },
    error('check:synskarpaMedKorrektionVanster', '8', '8.left.withCorrection'),
  ),
  fixture(
    '8: Annat with binocular below 0.5, binocular with correction missing (R33)',
    {
      '1': ['IAV10'],
      '33': ['VAR10'],
      '8': {
        right: { withoutCorrection: 1.0, withCorrection: 1.0 },
        left: { withoutCorrection: 1.0, withCorrection: 1.0 },
        binocular: { withoutCorrection: 0.4 },
      },
    },
    error('check:synskarpaMedKorrektionBinokulart', '8', '8.binocular.withCorrection'),
  ),
  // unit
  unitContactMissingFixture(minimal, 'phone', '', "the unit's phone number missing"),
];

/** v7: the table may give way to "skickas separat", but not both at once (legacy rule R37). */
const skickasSeparatInvalid: InvalidFixture[] = [
  fixture(
    '8.1 ticked while the table is filled in',
    { [SKICKAS_SEPARAT]: true },
    error('check:synskarpaSkickasSeparat', '8', '8'),
  ),
];

export function tsBasFixtures(options: { readonly skickasSeparat: boolean }): CertificateFixtures {
  return {
    today,
    empty: {},
    emptyErrors,
    minimal,
    maximal: maximal(options.skickasSeparat),
    alsoValid: [
      {
        name: 'passenger transport: D and Taxi with 11 and 13',
        answers: changed(minimal, { '1': ['IAV7', 'IAV9'], '11': false, '13': false }),
      },
      { name: 'Annat only', answers: changed(minimal, { '1': ['IAV10'], '33': ['VAR10'] }) },
      { name: 'Kan inte ta ställning alone', answers: changed(minimal, { '33': ['VAR11'] }) },
      {
        name: 'Annat with binocular 0.5 and good eyes: no acuity with correction required',
        answers: changed(minimal, {
          '1': ['IAV10'],
          '33': ['VAR10'],
          '8': { ...acuity, binocular: { withoutCorrection: 0.5 } },
        }),
      },
      {
        name: 'diabetes typ 1 (no treatment asked)',
        answers: changed(minimal, { '17': true, '18': 'DIABETES_TYP_1' }),
      },
      {
        name: 'hidden answers are not validated: 12.2 over the limit while 12 = Nej',
        answers: changed(minimal, { '12.2': textOfLength(181), '30.3': textOfLength(41) }),
      },
      ...(options.skickasSeparat
        ? [
            {
              name: 'acuity sent separately instead of the table',
              answers: changed(minimal, { '8': undefined, [SKICKAS_SEPARAT]: true }),
            },
          ]
        : []),
    ],
    invalid: options.skickasSeparat ? [...invalid, ...skickasSeparatInvalid] : invalid,
  };
}
