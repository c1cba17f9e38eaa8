/** Every version of ts-diabetes and its fixtures; the registry collects these. */
import type { CertificateModel } from '@intyg/core';
import type { CertificateFixtures } from '../fixture-types.js';
import { tsDiabetesV4Fixtures } from './4.0/fixtures.js';
import { tsDiabetesV4 } from './4.0/model.js';

/** Oldest first. */
export const tsDiabetesModels: readonly CertificateModel[] = [tsDiabetesV4];

/** Keyed by `type/version`. */
export const tsDiabetesFixtures: Readonly<Record<string, CertificateFixtures>> = {
  'ts-diabetes/4.0': tsDiabetesV4Fixtures,
};
