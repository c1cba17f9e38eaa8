/** Every version of luse and its fixtures; the registry collects these. */
import type { CertificateModel } from '@intyg/core';
import type { CertificateFixtures } from '../fixture-types.js';

/** Oldest first. */
export const luseModels: readonly CertificateModel[] = [];

/** Keyed by `type/version`. */
export const luseFixtures: Readonly<Record<string, CertificateFixtures>> = {};
