/** Every version of ag7804 and its fixtures; the registry collects these. */
import type { CertificateModel } from '@intyg/core';
import type { CertificateFixtures } from '../fixture-types.js';

/** Oldest first. */
export const ag7804Models: readonly CertificateModel[] = [];

/** Keyed by `type/version`. */
export const ag7804Fixtures: Readonly<Record<string, CertificateFixtures>> = {};
