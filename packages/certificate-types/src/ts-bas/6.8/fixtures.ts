/** Answer fixtures for ts-bas v6: the shared set (v6 has no checkbox 8.1). */
import type { CertificateFixtures } from '../../fixture-types.js';
import { tsBasFixtures } from '../fixtures-shared.js';

export const tsBasV6Fixtures: CertificateFixtures = tsBasFixtures({ skickasSeparat: false });
