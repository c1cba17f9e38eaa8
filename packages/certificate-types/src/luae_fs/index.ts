/** Every version of luae_fs and its fixtures; the registry collects these. */
import type { CertificateModel } from '@intyg/core';
import type { CertificateFixtures } from '../fixture-types.js';
import { luaeFsV1Fixtures } from './1.1/fixtures.js';
import { luaeFsV1 } from './1.1/model.js';

/** Oldest first. */
export const luaeFsModels: readonly CertificateModel[] = [luaeFsV1];

/** Keyed by `type/version`. */
export const luaeFsFixtures: Readonly<Record<string, CertificateFixtures>> = {
  'luae_fs/1.1': luaeFsV1Fixtures,
};
