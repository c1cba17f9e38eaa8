export { birthDateOfPersonId } from './birth-date.js';
export { formatPersonId } from './format.js';
export { luhnCheckDigit, parsePersonId, type ParsedPersonId, type PersonIdProblem } from './parse.js';
