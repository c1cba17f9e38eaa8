/** Fixtures per model, keyed by `type/version` (`modelKey`). Used by the contract test and by other packages' tests. */
import type { CertificateFixtures } from './fixture-types.js';
import { lisjpFixtures } from './lisjp/index.js';
import { ag7804Fixtures } from './ag7804/index.js';
import { ag114Fixtures } from './ag114/index.js';
import { luseFixtures } from './luse/index.js';
import { luaeNaFixtures } from './luae_na/index.js';
import { luaeFsFixtures } from './luae_fs/index.js';
import { tsBasFixtures } from './ts-bas/index.js';
import { tsDiabetesFixtures } from './ts-diabetes/index.js';

export const certificateFixtures: Readonly<Record<string, CertificateFixtures>> = {
  ...lisjpFixtures,
  ...ag7804Fixtures,
  ...ag114Fixtures,
  ...luseFixtures,
  ...luaeNaFixtures,
  ...luaeFsFixtures,
  ...tsBasFixtures,
  ...tsDiabetesFixtures,
};
