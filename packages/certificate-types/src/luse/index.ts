/** Every version of luse and its fixtures; the registry collects these. */
import type { CertificateModel } from '@intyg/core';
import type { CertificateFixtures } from '../fixture-types.js';
import { luseV1Fixtures } from './1.2/fixtures.js';
import { luseV1 } from './1.2/model.js';

/** Oldest first. */
export const luseModels: readonly CertificateModel[] = [luseV1];

/** Keyed by `type/version`. */
export const luseFixtures: Readonly<Record<string, CertificateFixtures>> = {
  'luse/1.2': luseV1Fixtures,
};
