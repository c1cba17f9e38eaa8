/** Answer fixtures for LUAE_NA v1 (texts 1.1); see `../../luse/shared-lu-fixtures.ts`. */
import { textLimitFixture } from '../../common/invalid-fixtures.js';
import type { CertificateFixtures } from '../../fixture-types.js';
import { LU_OVRIGT_LIMIT } from '../../luse/shared-lu.js';
import { luFixtures, luMinimal } from '../../luse/shared-lu-fixtures.js';

export const luaeNaV1Fixtures: CertificateFixtures = luFixtures({
  ovrigtLimit: LU_OVRIGT_LIMIT,
  underlag: ['HABILITERING', 'SKOLHALSOVARD', 'FORETAGSHALSOVARD'],
  extraMaximal: { '24': 'Arbetsförberedande insatser och arbetsträning med stöd.' },
  extraInvalid: [textLimitFixture(luMinimal, '24', '24.1', 3500)],
});
