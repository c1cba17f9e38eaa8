export { birthDateOfPersonId } from './birth-date.js';
