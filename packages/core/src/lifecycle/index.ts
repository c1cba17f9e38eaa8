export * from './actor.js';
export * from './certificate.js';
export * from './guards.js';
export * from './privileges.js';
export * from './subject-guards.js';
export * from './actions.js';
export * from './sending.js';
export * from './relations.js';
