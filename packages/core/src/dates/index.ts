export * from './calendar-date.js';
export * from './stockholm-time.js';
