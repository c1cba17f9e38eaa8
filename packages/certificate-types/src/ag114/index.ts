/** Every version of ag114 and its fixtures; the registry collects these. */
import type { CertificateModel } from '@intyg/core';
import type { CertificateFixtures } from '../fixture-types.js';
import { ag114V1Fixtures } from './1.0/fixtures.js';
import { ag114V1 } from './1.0/model.js';
import { ag114V2Fixtures } from './2.0/fixtures.js';
import { ag114V2 } from './2.0/model.js';

/** Oldest first. */
export const ag114Models: readonly CertificateModel[] = [ag114V1, ag114V2];

/** Keyed by `type/version`. */
export const ag114Fixtures: Readonly<Record<string, CertificateFixtures>> = {
  'ag114/1.0': ag114V1Fixtures,
  'ag114/2.0': ag114V2Fixtures,
};
