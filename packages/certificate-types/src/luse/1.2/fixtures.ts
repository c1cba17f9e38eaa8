/** Answer fixtures for LUSE v1 (texts 1.2); see `../shared-lu-fixtures.ts`. */
import type { CertificateFixtures } from '../../fixture-types.js';
import { LU_OVRIGT_LIMIT } from '../shared-lu.js';
import { luFixtures } from '../shared-lu-fixtures.js';

export const luseV1Fixtures: CertificateFixtures = luFixtures({
  ovrigtLimit: LU_OVRIGT_LIMIT,
  underlag: ['NEUROPSYKIATRISKT', 'FORETAGSHALSOVARD', 'VARD_UTOMLANDS'],
  extraMaximal: {},
});
