export * from './actor.js';
export * from './certificate.js';
export * from './guards.js';
export * from './actions.js';
