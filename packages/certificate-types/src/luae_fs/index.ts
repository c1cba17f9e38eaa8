/** Every version of luae_fs and its fixtures; the registry collects these. */
import type { CertificateModel } from '@intyg/core';
import type { CertificateFixtures } from '../fixture-types.js';

/** Oldest first. */
export const luaeFsModels: readonly CertificateModel[] = [];

/** Keyed by `type/version`. */
export const luaeFsFixtures: Readonly<Record<string, CertificateFixtures>> = {};
