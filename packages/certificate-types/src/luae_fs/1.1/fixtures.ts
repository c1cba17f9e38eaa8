/**
 * Answer fixtures for LUAE_FS v1 (texts 1.1), validated on `today`: the questions all utlåtanden share
 * (`../../luse/shared-fixtures.ts`) plus 15, 16 and the supplementary questions 9001 and 9002.
 */
import type { Answers } from '@intyg/core';
import { changed, error, fixtureMaker } from '../../common/fixture-helpers.js';
import { textBlankFixture, textLimitFixture } from '../../common/invalid-fixtures.js';
import type { CertificateFixtures } from '../../fixture-types.js';
import {
  alsoValidShared,
  emptyErrorsShared,
  invalidShared,
  maximalShared,
  minimalShared,
  today,
} from '../../luse/shared-fixtures.js';
import { LUAE_FS_OVRIGT_LIMIT } from './model.js';

const minimal: Answers = {
  ...minimalShared,
  '15': 'Läs- och skrivsvårigheter sedan lågstadiet; dyslexi utredd 2016, kvarstår oförändrat.',
  '16': 'Behöver dubbel tid för läsning och skrivning och klarar därför inte gymnasiet på tre år.',
};

const maximal: Answers = {
  ...maximalShared(['NEUROPSYKIATRISKT', 'SKOLHALSOVARD', 'SPECIALISTKLINIK']),
  '15': minimal['15'] as string,
  '16': minimal['16'] as string,
  '9001': 'Nej, men tröttnar vid långa lektioner.',
  '9002': '3',
};

const fixture = fixtureMaker(minimal);

export const luaeFsV1Fixtures: CertificateFixtures = {
  today,
  empty: {},
  emptyErrors: [...emptyErrorsShared, error('mandatory', '15', '15.1'), error('mandatory', '16', '16.1')],
  minimal,
  maximal,
  alsoValid: [
    ...alsoValidShared(minimal),
    { name: 'the supplementary questions answered', answers: changed(minimal, { '9001': 'Ja', '9002': '40' }) },
  ],
  invalid: [
    ...invalidShared(minimal, LUAE_FS_OVRIGT_LIMIT),
    fixture('15 not answered', { '15': undefined }, error('mandatory', '15', '15.1')),
    fixture('16 not answered', { '16': '' }, error('mandatory', '16', '16.1')),
    textLimitFixture(minimal, '15', '15.1', 3500),
    textBlankFixture(minimal, '16', '16.1', '   '),
    textBlankFixture(minimal, '9001', '9001.1', ' '),
    textLimitFixture(minimal, '9002', '9002.1', 3500),
  ],
};
