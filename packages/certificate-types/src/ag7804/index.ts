/** Every version of ag7804 and its fixtures; the registry collects these. */
import type { CertificateModel } from '@intyg/core';
import type { CertificateFixtures } from '../fixture-types.js';
import { ag7804V1Fixtures } from './1.1/fixtures.js';
import { ag7804V1 } from './1.1/model.js';
import { ag7804V2Fixtures } from './2.0/fixtures.js';
import { ag7804V2 } from './2.0/model.js';

/** Oldest first. */
export const ag7804Models: readonly CertificateModel[] = [ag7804V1, ag7804V2];

/** Keyed by `type/version`. */
export const ag7804Fixtures: Readonly<Record<string, CertificateFixtures>> = {
  'ag7804/1.1': ag7804V1Fixtures,
  'ag7804/2.0': ag7804V2Fixtures,
};
