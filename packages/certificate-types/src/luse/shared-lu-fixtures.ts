/**
 * Answer fixtures of the LUSE/LUAE_NA structure (`shared-lu.ts`), validated on `today`: the shared
 * questions (`shared-fixtures.ts`) plus 5, 7, 45, 8–14, 17–23. The two types differ in what 4 offers and
 * in LUAE_NA's question 24.
 */
import type { Answers } from '@intyg/core';
import type { UnderlagCode } from '../common/fk-utlatande.js';
import { changed, error, fixtureMaker } from '../common/fixture-helpers.js';
import { textBlankFixture, textLimitFixture } from '../common/invalid-fixtures.js';
import type { CertificateFixtures, InvalidFixture } from '../fixture-types.js';
import {
  alsoValidShared,
  emptyErrorsShared,
  invalidShared,
  maximalShared,
  minimalShared,
  today,
} from './shared-fixtures.js';

const FUNKTIONSNEDSATTNING_SAKNAS = error('check:funktionsnedsattningSaknas', 'KAT_5', 'KAT_5');

/** The fewest answers: the shared ones, one functional area and the mandatory texts. */
export const luMinimal: Answers = {
  ...minimalShared,
  '7': 'Vid vårdcentralen Nordstan 2019 efter röntgen och magnetkameraundersökning.',
  '45': false,
  '5': 'Ryggbesvär sedan 2019, gradvis försämring trots behandling.',
  '8': 'Normalbegåvad, inga iakttagelser.',
  '17': 'Kan inte lyfta, bära eller sitta längre än 20 minuter i taget.',
  '22': 'Förutsättningarna bedöms inte förbättras; arbete högst en fjärdedel av heltid.',
};

export interface LuFixtureOptions {
  readonly ovrigtLimit: number;
  /** Three investigation types the type offers, for the maximal answers. */
  readonly underlag: readonly [UnderlagCode, UnderlagCode, UnderlagCode];
  /** Answers only this type has (LUAE_NA's 24). */
  readonly extraMaximal: Answers;
  /** Invalid fixtures only this type has (on `luMinimal`). */
  readonly extraInvalid?: readonly InvalidFixture[];
}

export function luFixtures(options: LuFixtureOptions): CertificateFixtures {
  const minimal = luMinimal;
  const fixture = fixtureMaker(minimal);
  const maximal: Answers = {
    ...maximalShared(options.underlag),
    '7': 'Vid vårdcentralen Nordstan 2019; depression vid psykiatrimottagningen 2021.',
    '45': true,
    '45.2': 'Depressionen bör omprövas; den kliniska bilden avviker.',
    '5': 'Ryggbesvär sedan 2019, tillkommande nedstämdhet sedan 2021.',
    '8': 'Normalbegåvad.',
    '9': 'Drar sig undan socialt.',
    '10': 'Svårt att behålla fokus mer än en kvart.',
    '11': 'Nedstämdhet, låg energi.',
    '12': 'Ständig smärta i ländryggen.',
    '13': 'Ostadig gång.',
    '14': 'Nedsatt rörlighet i ländryggen.',
    '17': 'Kan inte lyfta, bära eller sitta längre än 20 minuter i taget.',
    '18': 'Fysioterapi 2020–2021 utan bestående effekt.',
    '19': 'Antidepressiv behandling sedan 2021.',
    '20': 'Utredning vid smärtklinik under våren.',
    '21': 'Inga missbruksproblem.',
    '22': 'Förutsättningarna bedöms inte förbättras.',
    '23': 'Klarar kortare stillasittande uppgifter.',
    ...options.extraMaximal,
  };
  const invalid: InvalidFixture[] = [
    ...invalidShared(minimal, options.ovrigtLimit),
    fixture('5 not answered', { '5': undefined }, error('mandatory', '5', '5.1')),
    textLimitFixture(minimal, '5', '5.1', 3500),
    fixture('7 not answered', { '7': undefined }, error('mandatory', '7', '7.1')),
    fixture('45 not answered', { '45': undefined }, error('mandatory', '45', '45.1')),
    fixture('45 = Ja without 45.2', { '45': true }, error('mandatory', '45.2', '45.2')),
    fixture('17 not answered', { '17': undefined }, error('mandatory', '17', '17.1')),
    textBlankFixture(minimal, '18', '18.1', ' \t '),
    fixture('22 not answered', { '22': undefined }, error('mandatory', '22', '22.1')),
    // at least one of 8–14
    fixture('no functional area described', { '8': undefined }, FUNKTIONSNEDSATTNING_SAKNAS),
    fixture('the only functional area only whitespace', { '8': '  ' }, FUNKTIONSNEDSATTNING_SAKNAS, [
      error('text.blank', '8', '8.1'),
    ]),
    textLimitFixture(minimal, '14', '14.1', 3500),
    ...(options.extraInvalid ?? []),
  ];
  return {
    today,
    empty: {},
    emptyErrors: [
      ...emptyErrorsShared,
      error('mandatory', '7', '7.1'),
      error('mandatory', '45', '45.1'),
      error('mandatory', '5', '5.1'),
      FUNKTIONSNEDSATTNING_SAKNAS,
      error('mandatory', '17', '17.1'),
      error('mandatory', '22', '22.1'),
    ],
    minimal,
    maximal,
    alsoValid: [
      ...alsoValidShared(minimal),
      { name: '45 = Nej hides 45.2', answers: changed(minimal, { '45.2': '   ' }) },
      { name: 'one functional area other than 8 suffices', answers: changed(minimal, { '8': undefined, '14': 'x' }) },
    ],
    invalid,
  };
}
