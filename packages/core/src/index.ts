export * from './model/index.js';
export * from './rules/index.js';
export * from './validation/index.js';
export * from './lifecycle/index.js';
export * from './dates/index.js';
export type * from './ports.js';
export * from './person/index.js';
export * from './display/index.js';
export * from './sickleave/index.js';
