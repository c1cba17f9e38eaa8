/** Answer fixtures for ts-bas v7: the shared set plus what checkbox 8.1 "skickas separat" brings. */
import type { CertificateFixtures } from '../../fixture-types.js';
import { tsBasFixtures } from '../fixtures-shared.js';

export const tsBasV7Fixtures: CertificateFixtures = tsBasFixtures({ skickasSeparat: true });
