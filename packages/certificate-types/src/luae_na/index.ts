/** Every version of luae_na and its fixtures; the registry collects these. */
import type { CertificateModel } from '@intyg/core';
import type { CertificateFixtures } from '../fixture-types.js';
import { luaeNaV1Fixtures } from './1.1/fixtures.js';
import { luaeNaV1 } from './1.1/model.js';

/** Oldest first. */
export const luaeNaModels: readonly CertificateModel[] = [luaeNaV1];

/** Keyed by `type/version`. */
export const luaeNaFixtures: Readonly<Record<string, CertificateFixtures>> = {
  'luae_na/1.1': luaeNaV1Fixtures,
};
