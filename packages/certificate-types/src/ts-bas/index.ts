/** Every version of ts-bas and its fixtures; the registry collects these. */
import type { CertificateModel } from '@intyg/core';
import type { CertificateFixtures } from '../fixture-types.js';

/** Oldest first. */
export const tsBasModels: readonly CertificateModel[] = [];

/** Keyed by `type/version`. */
export const tsBasFixtures: Readonly<Record<string, CertificateFixtures>> = {};
