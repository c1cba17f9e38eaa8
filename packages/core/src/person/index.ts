export { birthDateOfPersonId } from './birth-date.js';
export { formatPersonId } from './format.js';
