/** Every version of ts-diabetes and its fixtures; the registry collects these. */
import type { CertificateModel } from '@intyg/core';
import type { CertificateFixtures } from '../fixture-types.js';

/** Oldest first. */
export const tsDiabetesModels: readonly CertificateModel[] = [];

/** Keyed by `type/version`. */
export const tsDiabetesFixtures: Readonly<Record<string, CertificateFixtures>> = {};
