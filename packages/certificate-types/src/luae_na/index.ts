/** Every version of luae_na and its fixtures; the registry collects these. */
import type { CertificateModel } from '@intyg/core';
import type { CertificateFixtures } from '../fixture-types.js';

/** Oldest first. */
export const luaeNaModels: readonly CertificateModel[] = [];

/** Keyed by `type/version`. */
export const luaeNaFixtures: Readonly<Record<string, CertificateFixtures>> = {};
