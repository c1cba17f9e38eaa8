/** Every version of ag114 and its fixtures; the registry collects these. */
import type { CertificateModel } from '@intyg/core';
import type { CertificateFixtures } from '../fixture-types.js';

/** Oldest first. */
export const ag114Models: readonly CertificateModel[] = [];

/** Keyed by `type/version`. */
export const ag114Fixtures: Readonly<Record<string, CertificateFixtures>> = {};
