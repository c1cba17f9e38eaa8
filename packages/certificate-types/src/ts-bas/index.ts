/** Every version of ts-bas and its fixtures; the registry collects these. */
import type { CertificateModel } from '@intyg/core';
import type { CertificateFixtures } from '../fixture-types.js';
import { tsBasV6Fixtures } from './6.8/fixtures.js';
import { tsBasV6 } from './6.8/model.js';
import { tsBasV7Fixtures } from './7.0/fixtures.js';
import { tsBasV7 } from './7.0/model.js';

/** Oldest first. */
export const tsBasModels: readonly CertificateModel[] = [tsBasV6, tsBasV7];

/** Keyed by `type/version`. */
export const tsBasFixtures: Readonly<Record<string, CertificateFixtures>> = {
  'ts-bas/6.8': tsBasV6Fixtures,
  'ts-bas/7.0': tsBasV7Fixtures,
};
