/** Answer fixtures for LUAE_NA v1 (texts 1.1); see `../../luse/shared-lu-fixtures.ts`. */
import { textOfLength } from '../../common/fixture-helpers.js';
import type { CertificateFixtures } from '../../fixture-types.js';
import { LU_OVRIGT_LIMIT } from '../../luse/shared-lu.js';
import { error } from '../../luse/shared-fixtures.js';
import { luFixture, luFixtures } from '../../luse/shared-lu-fixtures.js';

export const luaeNaV1Fixtures: CertificateFixtures = luFixtures({
  ovrigtLimit: LU_OVRIGT_LIMIT,
  underlag: ['HABILITERING', 'SKOLHALSOVARD', 'FORETAGSHALSOVARD'],
  extraMaximal: { '24': 'Arbetsförberedande insatser och arbetsträning med stöd.' },
  extraInvalid: [
    luFixture('24.1 longer than 3500 characters', { '24': textOfLength(3501) }, error('text.limit', '24', '24.1')),
  ],
});
