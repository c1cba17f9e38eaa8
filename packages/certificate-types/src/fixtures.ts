/** Fixtures per model, keyed by `type/version` (`modelKey`). Used by the contract test and by other packages' tests. */
import type { CertificateFixtures } from './fixture-types.js';
import { lisjpV1Fixtures } from './lisjp/1.2/fixtures.js';
import { lisjpV2Fixtures } from './lisjp/2.0/fixtures.js';

export const certificateFixtures: Readonly<Record<string, CertificateFixtures>> = {
  'lisjp/1.2': lisjpV1Fixtures,
  'lisjp/2.0': lisjpV2Fixtures,
};
