export * from './message.js';
export * from './message-events.js';
export * from './threads.js';
export * from './message-actions.js';
