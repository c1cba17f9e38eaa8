export * from './registry.js';
export * from './fixtures.js';
export type * from './fixture-types.js';
export { lisjpV1 } from './lisjp/1.2/model.js';
export { lisjpV2 } from './lisjp/2.0/model.js';
export * from './common/code-systems.js';
export * from './common/unit-contact.js';
export * from './common/official-texts.js';
