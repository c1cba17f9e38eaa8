/** Every version of lisjp and its fixtures; the registry collects these. */
import type { CertificateModel } from '@intyg/core';
import type { CertificateFixtures } from '../fixture-types.js';
import { lisjpV1Fixtures } from './1.2/fixtures.js';
import { lisjpV1 } from './1.2/model.js';
import { lisjpV2Fixtures } from './2.0/fixtures.js';
import { lisjpV2 } from './2.0/model.js';

/** Oldest first. */
export const lisjpModels: readonly CertificateModel[] = [lisjpV1, lisjpV2];

/** Keyed by `type/version`. */
export const lisjpFixtures: Readonly<Record<string, CertificateFixtures>> = {
  'lisjp/1.2': lisjpV1Fixtures,
  'lisjp/2.0': lisjpV2Fixtures,
};
