/** What other packages' tests use of @intyg/riv's test support (`@intyg/riv/test-support`, sources only). */
export * from './xmllint.js';
export { TEST_ISSUER, TEST_PROFESSIONAL, TEST_UNIT, testCertificate } from './certificates.js';
