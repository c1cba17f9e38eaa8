export * from './status-codes.js';
